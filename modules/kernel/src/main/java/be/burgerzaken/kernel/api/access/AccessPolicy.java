package be.burgerzaken.kernel.api.access;

import java.util.Optional;

/**
 * An extra condition on access, contributed by a module as a CDI bean (e.g. training: a role only works
 * while the courses and declarations it requires are valid). Consulted by {@link AccessControl} for every
 * protected action after the role check.
 */
public interface AccessPolicy {

    // --- training (issue 5) ---
    /**
     * Empty when this policy has no objection, otherwise why not and what is missing. {@code grantingRoles} are
     * the actor's roles that grant the capability (never empty: the role check has passed), so a policy can refuse
     * only when none of them is effective (a person with two roles keeps what the effective one allows).
     */
    Optional<Denial> evaluate(Actor actor, Capability capability, java.util.Set<String> grantingRoles);
    // --- end training ---

    /** A refusal: the message and the missing things (course, declaration, authorisation) by name. */
    record Denial(String message, java.util.List<String> missing) {
    }
}
