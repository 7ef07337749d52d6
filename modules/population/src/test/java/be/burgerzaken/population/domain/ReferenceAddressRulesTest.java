package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.api.HostConsent;
import be.burgerzaken.population.api.ReferenceAddressCategory;
import be.burgerzaken.population.api.ReferenceAddressKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static be.burgerzaken.population.domain.AbsenceLimitsTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReferenceAddressRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final LocalDate START = TODAY.minusDays(2);
    static final UUID PERSON = UUID.randomUUID();
    static final UUID HOST = UUID.randomUUID();
    static final UUID ADDRESS = UUID.randomUUID();
    final List<FieldProblem> problems = new ArrayList<>();

    @Test
    void aPrivateHostMustHaveConsentedInWriting() {
        ReferenceAddressRules.checkConsent(new HostConsent(START.minusDays(5), "form 2026/77"), START, TODAY, problems);
        ReferenceAddressRules.checkConsent(new HostConsent(START, "form 2026/78"), START, TODAY, problems);
        assertEquals(List.of(), codes(problems));
        ReferenceAddressRules.checkConsent(null, START, TODAY, problems);
        ReferenceAddressRules.checkConsent(new HostConsent(null, " "), START, TODAY, problems);
        assertEquals(List.of("hostConsent required", "hostConsent required"), codes(problems), "no consent at all");
    }

    @Test
    void theConsentNeedsItsDateAndReferenceBeforeTheStart() {
        ReferenceAddressRules.checkConsent(new HostConsent(null, "form"), START, TODAY, problems);
        ReferenceAddressRules.checkConsent(new HostConsent(START, ""), START, TODAY, problems);
        ReferenceAddressRules.checkConsent(new HostConsent(START.plusDays(1), "form"), START, TODAY, problems);
        ReferenceAddressRules.checkConsent(new HostConsent(TODAY.plusDays(1), "form"), START, TODAY, problems);
        ReferenceAddressRules.checkConsent(new HostConsent(START, "x".repeat(201)), START, TODAY, problems);
        assertEquals(List.of("hostConsent.date required", "hostConsent.reference required",
                "hostConsent.date after-start", "hostConsent.date future", "hostConsent.reference length"),
                codes(problems));
    }

    @Test
    void theHostHasTheirOwnMainResidenceAtTheAddress() {
        ReferenceAddressRules.checkHost(PERSON, HOST, residence(ADDRESS, null), ADDRESS, problems);
        assertEquals(List.of(), codes(problems));
        ReferenceAddressRules.checkHost(PERSON, HOST, residence(UUID.randomUUID(), null), ADDRESS, problems);
        ReferenceAddressRules.checkHost(PERSON, HOST, null, ADDRESS, problems);
        ReferenceAddressRules.checkHost(PERSON, HOST, residence(ADDRESS, null), null, problems);
        assertEquals(List.of("hostPersonId not-resident-at-address", "hostPersonId not-resident-at-address",
                "hostPersonId not-resident-at-address"), codes(problems));
        problems.clear();
        ReferenceAddressRules.checkHost(PERSON, HOST, residence(ADDRESS, "OCMW"), ADDRESS, problems);
        ReferenceAddressRules.checkHost(PERSON, PERSON, residence(ADDRESS, null), ADDRESS, problems);
        assertEquals(List.of("hostPersonId no-own-residence", "hostPersonId self"), codes(problems));
    }

    @Test
    void theOcmwTakesNoAddressHostOrConsentAndAPrivateHostNeedsTheHost() {
        ReferenceAddressRules.checkKind(ReferenceAddressKind.OCMW, null, null, null, problems);
        ReferenceAddressRules.checkKind(ReferenceAddressKind.OCMW, new AddressInput(" ", null, null, null), null,
                new HostConsent(null, null), problems);
        assertEquals(List.of(), codes(problems));
        ReferenceAddressRules.checkKind(ReferenceAddressKind.OCMW, AddressInput.of("1020", "3", ""), HOST,
                new HostConsent(START, "x"), problems);
        ReferenceAddressRules.checkKind(ReferenceAddressKind.PRIVATE_HOST, AddressInput.of("1020", "3", ""), null,
                null, problems);
        assertEquals(List.of("address not-for-ocmw", "hostPersonId not-for-ocmw", "hostConsent not-for-ocmw",
                "hostPersonId required"), codes(problems));
    }

    @Test
    void aProfessionalAbsenceLastsAtMostTheMaximumAndOnlyItHasAPlannedEnd() {
        Period year = Period.ofYears(1);
        ReferenceAddressRules.checkPlannedEnd(ReferenceAddressCategory.PROFESSIONAL_ABSENCE, START, START.plusYears(1),
                year, problems);
        ReferenceAddressRules.checkPlannedEnd(ReferenceAddressCategory.HOMELESS, START, null, year, problems);
        assertEquals(List.of(), codes(problems));
        ReferenceAddressRules.checkPlannedEnd(ReferenceAddressCategory.PROFESSIONAL_ABSENCE, START,
                START.plusYears(1).plusDays(1), year, problems);
        ReferenceAddressRules.checkPlannedEnd(ReferenceAddressCategory.PROFESSIONAL_ABSENCE, START, null, year, problems);
        ReferenceAddressRules.checkPlannedEnd(ReferenceAddressCategory.PROFESSIONAL_ABSENCE, START, START, year, problems);
        ReferenceAddressRules.checkPlannedEnd(ReferenceAddressCategory.MOBILE_DWELLING, START, TODAY, year, problems);
        assertEquals(List.of("plannedEnd over-limit", "plannedEnd required", "plannedEnd not-after-start",
                "plannedEnd not-applicable"), codes(problems));
    }

    static Residence residence(UUID addressId, String marker) {
        return new Residence(UUID.randomUUID(), HOST, addressId, LocalDate.of(2019, 1, 1), "MUNICIPALITY", "24062",
                null, Instant.EPOCH, "test", "DECLARATION", null, marker);
    }
}
