package be.burgerzaken.kernel.api.access;

import be.burgerzaken.kernel.api.problem.AccessDeniedException;

/**
 * The kernel's access check (toegangscontrole / contrôle d'accès): who is calling, and may they do this.
 * Every facade calls it before it reads or changes personal data.
 */
public interface AccessControl {

    /** The authenticated caller of the current request (or {@link Actor#SYSTEM} outside a request). */
    Actor currentActor();

    /**
     * Throws {@link AccessDeniedException} naming what is missing when the current actor may not use the
     * capability; validates the stated purpose for personal-data capabilities.
     */
    Actor require(Capability capability, AccessContext context);

    /** Same as {@link #require} but answers instead of throwing. */
    boolean allows(Capability capability);

    /**
     * Runs work as the application itself (batch jobs, start-up, scheduled tasks), never on behalf of a
     * request. Everything it reads or changes is protocol-logged with actor {@code system}.
     */
    <T> T asSystem(java.util.function.Supplier<T> work);
}
