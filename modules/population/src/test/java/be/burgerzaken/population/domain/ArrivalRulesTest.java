package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.HouseholdPosition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static be.burgerzaken.population.api.HouseholdPosition.CHILD;
import static be.burgerzaken.population.api.HouseholdPosition.REFERENCE_PERSON;
import static be.burgerzaken.population.api.HouseholdPosition.SPOUSE_OR_PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arrival declaration of a family (issue 3, task A): the declarant an adult, one reference person. */
class ArrivalRulesTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void theDeclarantIsAnAdultFromTheEighteenthBirthday() {
        assertFalse(ArrivalRules.minor("2008-03-01", DAY, 18), "18 today");
        assertTrue(ArrivalRules.minor("2008-03-02", DAY, 18), "18 tomorrow");
        assertTrue(ArrivalRules.minor("2020-01-01", DAY, 18));
        assertFalse(ArrivalRules.minor("1980-06-15", DAY, 18));
        // 29 February: 18 on 1 March in a year without 29 February
        assertFalse(ArrivalRules.minor("2008-02-29", LocalDate.of(2026, 3, 1), 18));
        assertTrue(ArrivalRules.minor("2008-02-29", LocalDate.of(2026, 2, 27), 18));
    }

    @Test
    void anIncompleteOrMissingBirthDateIsNotJudgedHere() {
        assertFalse(ArrivalRules.minor("2015-00-00", DAY, 18));
        assertFalse(ArrivalRules.minor(null, DAY, 18));
        assertFalse(ArrivalRules.minor("not a date", DAY, 18));
    }

    @Test
    void aNewHouseholdHasTheDeclarantAsItsOnlyReferencePerson() {
        assertEquals(List.of(), problems(REFERENCE_PERSON, false, SPOUSE_OR_PARTNER, CHILD));
        assertEquals(List.of("members[1].position reference-person-taken"),
                problems(REFERENCE_PERSON, false, SPOUSE_OR_PARTNER, REFERENCE_PERSON));
        assertEquals(List.of("members[0].position required"), problems(REFERENCE_PERSON, false, null, CHILD));
    }

    @Test
    void joiningAHouseholdAMemberMayBeReferencePersonOnlyWhenNobodyIs() {
        assertEquals(List.of(), problems(SPOUSE_OR_PARTNER, false, REFERENCE_PERSON, CHILD));
        assertEquals(List.of("members[0].position reference-person-taken"),
                problems(SPOUSE_OR_PARTNER, true, REFERENCE_PERSON));
        assertEquals(List.of("members[1].position reference-person-taken"),
                problems(CHILD, false, REFERENCE_PERSON, REFERENCE_PERSON));
    }

    private static List<String> problems(HouseholdPosition declarant, boolean householdHasReference,
                                         HouseholdPosition... members) {
        List<FieldProblem> problems = new ArrayList<>();
        ArrivalRules.positions(declarant, householdHasReference, Arrays.asList(members), problems);
        return problems.stream().map(p -> p.field() + " " + p.code()).toList();
    }
}
