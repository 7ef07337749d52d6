package be.burgerzaken.kernel.api.access;

import java.util.Set;

/** The authenticated caller: a staff user, an API client, or the system. */
public record Actor(String name, ActorKind kind, Set<String> roles) {
    public static final Actor SYSTEM = new Actor("system", ActorKind.SYSTEM, Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(java.util.Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
