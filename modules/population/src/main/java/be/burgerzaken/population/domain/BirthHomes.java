package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.HouseholdPosition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules for entering a newborn (inschrijving na geboorte / inscription suite à une naissance): which parent
 * the child follows and in what position it joins that parent's household.
 */
public final class BirthHomes {
    private BirthHomes() {
    }

    /**
     * A parent as the registers know them on the day of the registration.
     *
     * @param status         the resident's status (REGISTERED, DECEASED, ...), null when not in the registers
     * @param residenceFrom  start of the open main residence, null when none is open
     * @param membershipFrom start of the open household membership, null when none is open
     * @param position       the parent's position code in that household (IT 140)
     */
    public record Parent(UUID personId, String status, LocalDate residenceFrom, LocalDate membershipFrom,
                         String position) {
    }

    /**
     * The first parent, in the order given (mother first), who is registered and has lived at their current main
     * residence and in their current household since the birth date at the latest; empty when none has.
     */
    public static Optional<Parent> choose(List<Parent> parents, LocalDate birthDate) {
        return parents.stream().filter(p -> livesHereSince(p, birthDate)).findFirst();
    }

    /** Whether the parent is registered and has lived at their current residence and in their household since the day. */
    public static boolean livesHereSince(Parent p, LocalDate birthDate) {
        return "REGISTERED".equals(p.status()) && p.residenceFrom() != null && p.membershipFrom() != null
                && !p.residenceFrom().isAfter(birthDate) && !p.membershipFrom().isAfter(birthDate);
    }

    /**
     * The newborn's position relative to the household's reference person, from the parent's (UNVERIFIED, like the
     * codes themselves, see {@link HouseholdPosition}): the child of the reference person or of their spouse or
     * partner is a CHILD; of a child or child-in-law a GRANDCHILD; of a parent of the reference person a SIBLING;
     * of someone not related (a shared flat, a collective household) NOT_RELATED; of any other relative an
     * OTHER_RELATIVE.
     */
    public static HouseholdPosition childPosition(HouseholdPosition parent) {
        return switch (parent) {
            case REFERENCE_PERSON, SPOUSE_OR_PARTNER -> HouseholdPosition.CHILD;
            case CHILD, CHILD_IN_LAW -> HouseholdPosition.GRANDCHILD;
            case PARENT -> HouseholdPosition.SIBLING;
            case NOT_RELATED -> HouseholdPosition.NOT_RELATED;
            default -> HouseholdPosition.OTHER_RELATIVE;
        };
    }
}
