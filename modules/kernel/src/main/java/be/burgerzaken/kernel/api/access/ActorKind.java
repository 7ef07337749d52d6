package be.burgerzaken.kernel.api.access;

/** Who acts: a staff member, an integrator's system, or the application itself (batch, start-up). */
public enum ActorKind {
    STAFF, INTEGRATOR, SYSTEM
}
