package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.HouseholdPosition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Household maintenance without a move (issue 3): the household's reference person (referentiepersoon / personne
 * de référence, IT 140) changes, or a member's position (positie / position, IT 141) is corrected. The change takes
 * effect on a date: the member's open membership ends that day and a new one with the new position begins, so the
 * composition history keeps both.
 */
public final class HouseholdMaintenanceRules {
    private HouseholdMaintenanceRules() {
    }

    /**
     * A new reference person: a current member who is not the reference person already and is an adult on the date
     * ({@code birthDate} YYYY-MM-DD, 00 unknown); the current reference person (null: the household has none, e.g.
     * after a death) takes {@code previousPosition}, which is required then and must not be 01.
     *
     * @param open the household's open memberships
     */
    public static void checkReferencePersonChange(List<HouseholdMembership> open, UUID newReferencePersonId,
                                                  String birthDate, HouseholdPosition previousPosition,
                                                  LocalDate date, LocalDate today, List<FieldProblem> problems) {
        HouseholdMembership current = open.stream()
                .filter(m -> HouseholdPosition.REFERENCE_PERSON.code().equals(m.position())).findFirst().orElse(null);
        HouseholdMembership named = newReferencePersonId == null ? null : open.stream()
                .filter(m -> m.personId().equals(newReferencePersonId)).findFirst().orElse(null);
        if (newReferencePersonId == null) {
            problems.add(new FieldProblem("newReferencePersonId", "required", "name the member who becomes reference "
                    + "person"));
        } else if (named == null) {
            problems.add(new FieldProblem("newReferencePersonId", "not-in-household", "person " + newReferencePersonId
                    + " is not a current member of the household"));
        } else if (named == current) {
            problems.add(new FieldProblem("newReferencePersonId", "already-reference-person", "person "
                    + newReferencePersonId + " is the household's reference person already"));
        } else if (date != null && ReferencePersonSuccession.minor(birthDate, date)) {
            problems.add(new FieldProblem("newReferencePersonId", "minor", "the reference person must be an adult ("
                    + ReferencePersonSuccession.ADULT + " or older on " + date + ")"));
        }
        if (current != null && current != named) {
            if (previousPosition == null) {
                problems.add(new FieldProblem("previousReferencePosition", "required", "say which position the "
                        + "current reference person takes"));
            } else if (previousPosition == HouseholdPosition.REFERENCE_PERSON) {
                problems.add(new FieldProblem("previousReferencePosition", "invalid", "a household has one reference "
                        + "person: the current one takes another position"));
            }
        } else if (current == null && previousPosition != null) {
            problems.add(new FieldProblem("previousReferencePosition", "no-reference-person", "the household has no "
                    + "reference person now: give no previous position"));
        }
        checkDate(date, today, latestStart(current, named), problems);
    }

    /**
     * A member's new position: a current member, not the reference person (that is a reference-person change), a
     * position other than 01 and other than the current one.
     */
    public static void checkPositionChange(HouseholdMembership member, HouseholdPosition position, LocalDate date,
                                           LocalDate today, List<FieldProblem> problems) {
        if (member == null) {
            problems.add(new FieldProblem("personId", "not-in-household", "the person is not a current member of the "
                    + "household"));
        } else if (HouseholdPosition.REFERENCE_PERSON.code().equals(member.position())) {
            problems.add(new FieldProblem("personId", "reference-person", "the reference person's position changes "
                    + "with a change of reference person"));
        }
        if (position == null) {
            problems.add(new FieldProblem("position", "required", "the new position is one of "
                    + List.of(HouseholdPosition.values())));
        } else if (position == HouseholdPosition.REFERENCE_PERSON) {
            problems.add(new FieldProblem("position", "use-reference-person-change", "a member becomes reference "
                    + "person with a change of reference person"));
        } else if (member != null && position.code().equals(member.position())) {
            problems.add(new FieldProblem("position", "same-position", "the member has position " + position.code()
                    + " already"));
        }
        checkDate(date, today, member == null ? null : member.validFrom(), problems);
    }

    private static LocalDate latestStart(HouseholdMembership a, HouseholdMembership b) {
        LocalDate x = a == null ? null : a.validFrom();
        LocalDate y = b == null ? null : b.validFrom();
        return x == null ? y : y == null ? x : x.isAfter(y) ? x : y;
    }

    private static void checkDate(LocalDate date, LocalDate today, LocalDate since, List<FieldProblem> problems) {
        if (date == null) {
            problems.add(new FieldProblem("date", "required", "the date the change takes effect is required"));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem("date", "future", "the date " + date + " is in the future (today is " + today
                    + ")"));
        } else if (since != null && date.isBefore(since)) {
            problems.add(new FieldProblem("date", "before-membership", "the date " + date + " is before the membership "
                    + "it changes began (" + since + ")"));
        }
    }
}
