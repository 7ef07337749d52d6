package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.HouseholdPosition;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The rules of an arrival declaration for a family (aangifte van aankomst / déclaration d'arrivée, domain.md
 * section 3: one adult declares for the household; issue 3, task A): the declaring person is an adult on the day of
 * the declaration, so a minor never arrives alone; each family member has a position, and the household at the new
 * address has one reference person.
 */
public final class ArrivalRules {
    private ArrivalRules() {
    }

    /**
     * True when the person born on {@code birthDate} (yyyy-MM-dd) is younger than {@code adultAge} on {@code on}; an
     * incomplete (yyyy-00-00) or unreadable birth date is not judged here (false).
     */
    public static boolean minor(String birthDate, LocalDate on, int adultAge) {
        if (birthDate == null || on == null || birthDate.contains("-00")) {
            return false;
        }
        try {
            return Period.between(LocalDate.parse(birthDate), on).getYears() < adultAge;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Checks the family members' positions ({@code members[i].position}): required; REFERENCE_PERSON only when
     * neither the declaring person nor the household joined nor an earlier member holds it.
     *
     * @param declarantPosition     the declaring person's position in the household at the new address
     * @param householdHasReference the existing household joined already has a reference person on the date
     * @param positions             the members' positions, in the declaration's order (null = not given)
     */
    public static void positions(HouseholdPosition declarantPosition, boolean householdHasReference,
                                 List<HouseholdPosition> positions, List<FieldProblem> problems) {
        boolean taken = declarantPosition == HouseholdPosition.REFERENCE_PERSON || householdHasReference;
        for (int i = 0; i < positions.size(); i++) {
            HouseholdPosition p = positions.get(i);
            String field = "members[" + i + "].position";
            if (p == null) {
                problems.add(new FieldProblem(field, "required",
                        "the position in the household at the new address is required"));
            } else if (p == HouseholdPosition.REFERENCE_PERSON) {
                if (taken) {
                    problems.add(new FieldProblem(field, "reference-person-taken",
                            "the household at the new address already has a reference person"));
                }
                taken = true;
            }
        }
    }
}
