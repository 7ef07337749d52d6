package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.HouseholdPosition;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Household composition as of a date: the memberships valid on the day, reference person first, then by
 * position code and start. A household has at most one reference person on any day.
 */
public final class HouseholdRules {
    private HouseholdRules() {
    }

    public static List<HouseholdMembership> membersOn(List<HouseholdMembership> memberships, LocalDate day) {
        return memberships.stream()
                .filter(m -> ValidPeriod.covers(m.validFrom(), m.validTo(), day))
                .sorted(Comparator.comparing(HouseholdMembership::position)
                        .thenComparing(HouseholdMembership::validFrom)
                        .thenComparing(m -> m.personId().toString()))
                .toList();
    }

    /** True when someone other than the newcomer is reference person on a day of [from, open). */
    public static boolean referencePersonTaken(List<HouseholdMembership> memberships, LocalDate from) {
        return memberships.stream().anyMatch(m -> m.position().equals(HouseholdPosition.REFERENCE_PERSON.code())
                && ValidPeriod.overlaps(m.validFrom(), m.validTo(), from, null));
    }
}
