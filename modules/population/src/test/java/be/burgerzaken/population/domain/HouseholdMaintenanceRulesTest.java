package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.HouseholdPosition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static be.burgerzaken.population.domain.AbsenceLimitsTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HouseholdMaintenanceRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    static final UUID HOUSEHOLD = UUID.randomUUID();
    final UUID ref = UUID.randomUUID();
    final UUID partner = UUID.randomUUID();
    final HouseholdMembership refM = member(ref, "01", SINCE);
    final HouseholdMembership partnerM = member(partner, "02", SINCE.plusYears(1));
    final List<FieldProblem> problems = new ArrayList<>();

    static HouseholdMembership member(UUID person, String position, LocalDate from) {
        return new HouseholdMembership(UUID.randomUUID(), HOUSEHOLD, person, position, from, Instant.EPOCH, "test");
    }

    @Test
    void anAdultMemberBecomesReferencePersonAndTheFormerOneTakesAnotherPosition() {
        HouseholdMaintenanceRules.checkReferencePersonChange(List.of(refM, partnerM), partner, "1980-01-01",
                HouseholdPosition.SPOUSE_OR_PARTNER, TODAY, TODAY, problems);
        HouseholdMaintenanceRules.checkReferencePersonChange(List.of(refM, partnerM), partner, "1980-01-01",
                HouseholdPosition.SPOUSE_OR_PARTNER, SINCE.plusYears(1), TODAY, problems);
        assertEquals(List.of(), codes(problems));
    }

    @Test
    void referencePersonChangeRefusals() {
        List<HouseholdMembership> open = List.of(refM, partnerM);
        HouseholdMaintenanceRules.checkReferencePersonChange(open, null, null, HouseholdPosition.CHILD, TODAY, TODAY,
                problems);
        HouseholdMaintenanceRules.checkReferencePersonChange(open, UUID.randomUUID(), null, HouseholdPosition.CHILD,
                TODAY, TODAY, problems);
        HouseholdMaintenanceRules.checkReferencePersonChange(open, ref, "1950-01-01", null, TODAY, TODAY, problems);
        HouseholdMaintenanceRules.checkReferencePersonChange(open, partner, TODAY.minusYears(18).plusDays(1).toString(),
                HouseholdPosition.PARENT, TODAY, TODAY, problems);
        assertEquals(List.of("newReferencePersonId required", "newReferencePersonId not-in-household",
                "newReferencePersonId already-reference-person", "newReferencePersonId minor"), codes(problems));
        problems.clear();
        HouseholdMaintenanceRules.checkReferencePersonChange(open, partner, "1980-01-01", null, TODAY, TODAY, problems);
        HouseholdMaintenanceRules.checkReferencePersonChange(open, partner, "1980-01-01",
                HouseholdPosition.REFERENCE_PERSON, TODAY, TODAY, problems);
        HouseholdMaintenanceRules.checkReferencePersonChange(open, partner, "1980-01-01", HouseholdPosition.CHILD,
                TODAY.plusDays(1), TODAY, problems);
        HouseholdMaintenanceRules.checkReferencePersonChange(open, partner, "1980-01-01", HouseholdPosition.CHILD,
                SINCE.plusYears(1).minusDays(1), TODAY, problems);
        assertEquals(List.of("previousReferencePosition required", "previousReferencePosition invalid", "date future",
                "date before-membership"), codes(problems));
    }

    @Test
    void aHouseholdWithoutReferencePersonGetsOneWithoutAPreviousPosition() {
        HouseholdMaintenanceRules.checkReferencePersonChange(List.of(partnerM), partner, "1980-01-01", null, TODAY,
                TODAY, problems);
        assertEquals(List.of(), codes(problems));
        HouseholdMaintenanceRules.checkReferencePersonChange(List.of(partnerM), partner, "1980-01-01",
                HouseholdPosition.CHILD, TODAY, TODAY, problems);
        assertEquals(List.of("previousReferencePosition no-reference-person"), codes(problems));
    }

    @Test
    void aPositionChangeIsForAMemberOtherThanTheReferencePerson() {
        HouseholdMaintenanceRules.checkPositionChange(partnerM, HouseholdPosition.OTHER_RELATIVE, TODAY, TODAY, problems);
        assertEquals(List.of(), codes(problems));
        HouseholdMaintenanceRules.checkPositionChange(null, HouseholdPosition.CHILD, TODAY, TODAY, problems);
        HouseholdMaintenanceRules.checkPositionChange(refM, HouseholdPosition.CHILD, TODAY, TODAY, problems);
        HouseholdMaintenanceRules.checkPositionChange(partnerM, HouseholdPosition.REFERENCE_PERSON, TODAY, TODAY,
                problems);
        HouseholdMaintenanceRules.checkPositionChange(partnerM, HouseholdPosition.SPOUSE_OR_PARTNER, TODAY, TODAY,
                problems);
        HouseholdMaintenanceRules.checkPositionChange(partnerM, null, null, TODAY, problems);
        assertEquals(List.of("personId not-in-household", "personId reference-person",
                "position use-reference-person-change", "position same-position", "position required",
                "date required"), codes(problems));
    }
}
