package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.HouseholdPosition;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who becomes reference person (referentiepersoon / personne de référence) of the household that stays behind
 * when its reference person moves out with a change of address.
 *
 * <p>The rule we apply (Belgian practice, IT 140: every household has exactly one reference person, normally an
 * adult who deals with the administration; the details of the instructions are UNVERIFIED):
 * <ul>
 *     <li>the reference person stays, or nobody stays: nothing to decide, and naming a new reference person is
 *     refused ({@code not-needed});</li>
 *     <li>the reference person moves and adults stay: the declaration must name one of the adults who stay
 *     ({@code required}, {@code not-staying}, {@code minor});</li>
 *     <li>the reference person moves and only minors stay: refused ({@code minors-alone}); minors cannot form a
 *     household on their own, so they move too or an adult stays. Nobody is made reference person silently.</li>
 * </ul>
 * Age: a person is a minor on the declaration date only when even the earliest possible birth date gives an age
 * under {@value #ADULT}; an unknown or partial birth date that could be an adult counts as adult.
 */
public final class ReferencePersonSuccession {
    public static final int ADULT = 18;
    public static final String FIELD = "newReferencePersonId";

    /** A current member of the household being left: position code and birth date (YYYY-MM-DD, 00 = unknown). */
    public record Member(UUID personId, String positionCode, String birthDate) {
    }

    private ReferencePersonSuccession() {
    }

    /**
     * Checks the declaration's {@code newReferencePersonId} against the household being left; problems are added
     * under {@link #FIELD}.
     *
     * @return the new reference person, empty when none is needed (or when refused)
     */
    public static Optional<UUID> decide(List<Member> household, Collection<UUID> movers, UUID newReferencePersonId,
                                        LocalDate on, List<FieldProblem> problems) {
        boolean referenceMoves = household.stream().anyMatch(m -> movers.contains(m.personId())
                && HouseholdPosition.REFERENCE_PERSON.code().equals(m.positionCode()));
        List<Member> staying = household.stream().filter(m -> !movers.contains(m.personId())).toList();
        if (!referenceMoves || staying.isEmpty()) {
            if (newReferencePersonId != null) {
                problems.add(new FieldProblem(FIELD, "not-needed", referenceMoves
                        ? "everybody moves: no reference person stays behind to be replaced"
                        : "the reference person of the household stays: no new reference person is needed"));
            }
            return Optional.empty();
        }
        List<Member> adults = staying.stream().filter(m -> !minor(m.birthDate(), on)).toList();
        if (adults.isEmpty()) {
            problems.add(new FieldProblem(FIELD, "minors-alone", "the reference person moves and only minors stay "
                    + "behind (" + staying.size() + "); minors cannot form a household without an adult reference "
                    + "person: let them move too, or declare only for members so that an adult stays"));
            return Optional.empty();
        }
        if (newReferencePersonId == null) {
            problems.add(new FieldProblem(FIELD, "required", "the reference person moves out while "
                    + staying.size() + " member(s) stay: name the new reference person among the adults who stay"));
            return Optional.empty();
        }
        Member named = staying.stream().filter(m -> m.personId().equals(newReferencePersonId)).findFirst().orElse(null);
        if (named == null) {
            problems.add(new FieldProblem(FIELD, "not-staying", "person " + newReferencePersonId
                    + " does not stay behind in the household: name one of the adults who stay"));
            return Optional.empty();
        }
        if (minor(named.birthDate(), on)) {
            problems.add(new FieldProblem(FIELD, "minor", "the new reference person must be an adult ("
                    + ADULT + " or older on " + on + ")"));
            return Optional.empty();
        }
        return Optional.of(newReferencePersonId);
    }

    // --- registers (issue 3): the reference person dies ---
    /**
     * When the reference person died (no declaration names a successor): the one adult among {@code staying}
     * becomes reference person; with no adult or several adults nobody is chosen silently (empty: the household
     * goes on the officer's work list of households without a reference person).
     */
    public static Optional<UUID> automatic(List<Member> staying, LocalDate on) {
        List<Member> adults = staying.stream().filter(m -> !minor(m.birthDate(), on)).toList();
        return adults.size() == 1 ? Optional.of(adults.get(0).personId()) : Optional.empty();
    }

    /** True only when the person is certainly under {@value #ADULT} on the day. */
    public static boolean minor(String birthDate, LocalDate on) {
        if (birthDate == null || birthDate.isBlank()) {
            return false;
        }
        PartialDate born;
        try {
            born = PartialDate.parse(birthDate);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (born.isUnknown()) {
            return false;
        }
        LocalDate earliest = born.earliestPossible();
        return earliest.isAfter(on) || Period.between(earliest, on).getYears() < ADULT;
    }
}
