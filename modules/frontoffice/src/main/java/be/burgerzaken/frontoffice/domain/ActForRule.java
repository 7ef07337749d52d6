package be.burgerzaken.frontoffice.domain;

import be.burgerzaken.frontoffice.api.ActFor;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * "May act for" (mag handelen voor / peut agir pour): the citizen an e-counter authenticated may ask a product for
 * themself, and for a member of their own household (on the day of the request) when the product's rule is
 * {@link ActFor#HOUSEHOLD}.
 */
public final class ActForRule {
    public static final String SELF = "SELF";
    public static final String HOUSEHOLD_MEMBER = "HOUSEHOLD_MEMBER";

    private ActForRule() {
    }

    /**
     * The requester's relation to the person, or empty when the citizen may not act for them.
     *
     * @param householdOfCitizen the members of the citizen's current household (empty when none)
     */
    public static Optional<String> relation(UUID citizen, UUID person, ActFor rule, Collection<UUID> householdOfCitizen) {
        if (citizen.equals(person)) {
            return Optional.of(SELF);
        }
        if (rule == ActFor.HOUSEHOLD && householdOfCitizen.contains(person) && householdOfCitizen.contains(citizen)) {
            return Optional.of(HOUSEHOLD_MEMBER);
        }
        return Optional.empty();
    }
}
