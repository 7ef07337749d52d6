package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import be.burgerzaken.population.api.AbsenceReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static be.burgerzaken.population.domain.AbsenceLimitsTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class RegisterRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final UUID HOUSEHOLD = UUID.randomUUID();
    final List<FieldProblem> problems = new ArrayList<>();

    @Test
    void theDateIsRequiredNotInTheFutureAndNotBeforeTheCurrentResidence() {
        LocalDate since = LocalDate.of(2020, 1, 1);
        RegisterRules.checkDate(TODAY, TODAY, since, "date", problems);
        RegisterRules.checkDate(since, TODAY, since, "date", problems);
        assertEquals(List.of(), codes(problems));
        RegisterRules.checkDate(null, TODAY, since, "date", problems);
        RegisterRules.checkDate(TODAY.plusDays(1), TODAY, since, "date", problems);
        RegisterRules.checkDate(since.minusDays(1), TODAY, since, "from", problems);
        assertEquals(List.of("date required", "date future", "from before-current-residence"), codes(problems));
    }

    @Test
    void aForeignCountryIsAKnownIsoCodeOtherThanBelgium() {
        ReferenceCatalog catalog = ReferenceCatalog.load();
        assertEquals("PL", RegisterRules.foreignCountry(" pl ", catalog, "country", true, problems));
        assertNull(RegisterRules.foreignCountry("BE", catalog, "country", true, problems));
        assertNull(RegisterRules.foreignCountry("XX", catalog, "country", true, problems));
        assertNull(RegisterRules.foreignCountry("", catalog, "country", true, problems));
        assertNull(RegisterRules.foreignCountry(null, catalog, "country", false, problems));
        assertEquals(List.of("country not-abroad", "country unknown", "country required"), codes(problems));
    }

    @Test
    void theBasisDefaultsAndMustBeAKnownKind() {
        Basis b = RegisterRules.basis(null, "DECLARATION", problems);
        assertEquals("DECLARATION", b.kind());
        assertEquals("college 2026/12", RegisterRules.basis(Basis.of(null, " college 2026/12 "), "DECISION", problems)
                .reference());
        assertEquals("DECISION", RegisterRules.basis(Basis.of("DECISION", "x"), "DECLARATION", problems).kind());
        assertNull(RegisterRules.basis(Basis.of("WHIM", null), "DECLARATION", problems));
        assertNull(RegisterRules.basis(Basis.of("ACT", "x".repeat(201)), "DECLARATION", problems));
        assertEquals(List.of("basis.kind invalid", "basis.reference length"), codes(problems));
    }

    @Test
    void codesAreParsedCaseInsensitivelyWithPreciseProblems() {
        assertEquals(AbsenceReason.STUDIES, RegisterRules.code(AbsenceReason.class, " studies", "reason", problems));
        assertNull(RegisterRules.code(AbsenceReason.class, "holiday", "reason", problems));
        assertNull(RegisterRules.code(AbsenceReason.class, null, "reason", problems));
        assertEquals(List.of("reason unknown", "reason required"), codes(problems));
    }

    @Test
    void theReferencePersonLeavingAHouseholdOthersStayInNamesASuccessor() {
        HouseholdMembership reference = member("01", null);
        HouseholdMembership partner = member("02", null);
        HouseholdMembership child = member("03", null);
        HouseholdMembership formerChild = member("03", LocalDate.of(2024, 1, 1));
        List<HouseholdMembership> household = List.of(reference, partner, child, formerChild);

        assertNull(RegisterRules.newReferencePerson(reference, household, null, "newReferencePersonId", problems));
        assertEquals(List.of("newReferencePersonId required"), codes(problems));
        problems.clear();
        assertNull(RegisterRules.newReferencePerson(reference, household, formerChild.personId(),
                "newReferencePersonId", problems));
        assertEquals(List.of("newReferencePersonId not-in-household"), codes(problems), "a former member does not stay");
        problems.clear();
        assertSame(partner, RegisterRules.newReferencePerson(reference, household, partner.personId(),
                "newReferencePersonId", problems));
        assertEquals(List.of(), codes(problems));
    }

    @Test
    void noSuccessorIsNeededForAnotherMemberOrASinglePerson() {
        HouseholdMembership reference = member("01", null);
        HouseholdMembership partner = member("02", null);
        assertNull(RegisterRules.newReferencePerson(partner, List.of(reference, partner), null, "n", problems));
        assertNull(RegisterRules.newReferencePerson(reference, List.of(reference), null, "n", problems));
        assertNull(RegisterRules.newReferencePerson(null, List.of(), null, "n", problems));
        assertEquals(List.of(), codes(problems));
        RegisterRules.newReferencePerson(partner, List.of(reference, partner), reference.personId(), "n", problems);
        RegisterRules.newReferencePerson(reference, List.of(reference), UUID.randomUUID(), "n", problems);
        assertEquals(List.of("n not-reference-person", "n no-members-remain"), codes(problems));
    }

    static HouseholdMembership member(String position, LocalDate validTo) {
        HouseholdMembership m = new HouseholdMembership(UUID.randomUUID(), HOUSEHOLD, UUID.randomUUID(), position,
                LocalDate.of(2015, 1, 1), Instant.EPOCH, "test");
        if (validTo != null) {
            m.close(validTo, Instant.EPOCH, "test");
        }
        return m;
    }

    // --- registers (issue 3, register transfer) ---
    @Test
    void aBelgianBelongsInThePopulationRegisterOnly() {
        RegisterRules.checkRegisterForNationality(be.burgerzaken.population.api.RegisterType.POPULATION,
                List.of("BE"), "registerType", problems);
        RegisterRules.checkRegisterForNationality(be.burgerzaken.population.api.RegisterType.FOREIGNERS,
                List.of("PL"), "registerType", problems);
        RegisterRules.checkRegisterForNationality(be.burgerzaken.population.api.RegisterType.WAITING, List.of(),
                "registerType", problems);
        RegisterRules.checkRegisterForNationality(null, List.of("BE"), "registerType", problems);
        assertEquals(List.of(), codes(problems));
        RegisterRules.checkRegisterForNationality(be.burgerzaken.population.api.RegisterType.FOREIGNERS,
                List.of("BE"), "registerType", problems);
        RegisterRules.checkRegisterForNationality(be.burgerzaken.population.api.RegisterType.WAITING,
                List.of("MA", "be"), "registerType", problems);
        assertEquals(List.of("registerType belgian-in-population-register",
                "registerType belgian-in-population-register"), codes(problems));
    }

    @Test
    void aTransferNamesAnotherRegisterOnADateAfterTheCurrentPeriodBegan() {
        var population = be.burgerzaken.population.api.RegisterType.POPULATION;
        var foreigners = be.burgerzaken.population.api.RegisterType.FOREIGNERS;
        LocalDate since = LocalDate.of(2025, 1, 1);
        RegisterRules.checkTransfer(foreigners, population, TODAY, TODAY, since, problems);
        RegisterRules.checkTransfer(foreigners, population, since.plusDays(1), TODAY, since, problems);
        assertEquals(List.of(), codes(problems));
        RegisterRules.checkTransfer(foreigners, foreigners, since, TODAY, since, problems);
        RegisterRules.checkTransfer(foreigners, null, TODAY.plusDays(1), TODAY, since, problems);
        RegisterRules.checkTransfer(foreigners, population, null, TODAY, since, problems);
        assertEquals(List.of("registerType same-register", "date before-current-register", "registerType required",
                "date future", "date required"), codes(problems));
    }
}
