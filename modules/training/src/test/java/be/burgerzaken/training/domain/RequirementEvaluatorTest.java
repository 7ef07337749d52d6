package be.burgerzaken.training.domain;

import be.burgerzaken.training.api.ComplianceStatus;
import be.burgerzaken.training.api.ItemKind;
import be.burgerzaken.training.api.ItemStatus;
import be.burgerzaken.training.api.RoleCompliance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requirement evaluation across dates: valid, expiring, in grace, expired, exempted, new requirements, briefings. */
class RequirementEvaluatorTest {
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final RequirementRule PRIVACY = new RequirementRule("clerk", ItemKind.COURSE, "PRIVACY-NR", 14,
            FROM, null);
    /** Passed on 2024-03-01, 24 months: valid to 2026-02-28 inclusive, grace to 2026-03-14. */
    private static final Holding PASSED = new Holding(ItemKind.COURSE, "PRIVACY-NR", LocalDate.of(2024, 3, 1),
            RequirementEvaluator.validUntil(LocalDate.of(2024, 3, 1), 24));

    private static RoleCompliance clerk(LocalDate day, List<Holding> holdings, List<ExemptionGrant> exemptions) {
        return RequirementEvaluator.evaluate(Set.of("clerk"), List.of(PRIVACY), holdings, exemptions, List.of(), day, 30)
                .get("clerk");
    }

    @Test
    void validityEndsTheDayBeforeTheSameDateMonthsLater() {
        assertEquals(LocalDate.of(2026, 2, 28), PASSED.validUntil());
        assertEquals(null, RequirementEvaluator.validUntil(LocalDate.of(2024, 3, 1), null));
    }

    @Test
    void validOnTheLastDayExpiringWithinTheWarningPeriod() {
        assertEquals(ItemStatus.VALID, clerk(LocalDate.of(2025, 6, 1), List.of(PASSED), List.of()).items().get(0).status());
        assertEquals(ItemStatus.EXPIRING, clerk(LocalDate.of(2026, 1, 29), List.of(PASSED), List.of()).items().get(0).status());
        assertEquals(ItemStatus.VALID, clerk(LocalDate.of(2026, 1, 28), List.of(PASSED), List.of()).items().get(0).status());
        RoleCompliance lastDay = clerk(LocalDate.of(2026, 2, 28), List.of(PASSED), List.of());
        assertTrue(lastDay.effective());
        assertEquals(ItemStatus.EXPIRING, lastDay.items().get(0).status());
    }

    @Test
    void graceDaysAfterExpiryThenBlocked() {
        RoleCompliance firstGraceDay = clerk(LocalDate.of(2026, 3, 1), List.of(PASSED), List.of());
        assertEquals(ItemStatus.IN_GRACE, firstGraceDay.items().get(0).status());
        assertTrue(firstGraceDay.effective());
        assertEquals(LocalDate.of(2026, 3, 14), firstGraceDay.items().get(0).graceUntil());
        assertTrue(clerk(LocalDate.of(2026, 3, 14), List.of(PASSED), List.of()).effective());
        RoleCompliance expired = clerk(LocalDate.of(2026, 3, 15), List.of(PASSED), List.of());
        assertFalse(expired.effective());
        assertEquals(ItemStatus.EXPIRED, expired.items().get(0).status());
        assertEquals(List.of("course:PRIVACY-NR"), expired.missing());
    }

    @Test
    void aLaterAttendanceRestores() {
        Holding again = new Holding(ItemKind.COURSE, "PRIVACY-NR", LocalDate.of(2026, 4, 1),
                RequirementEvaluator.validUntil(LocalDate.of(2026, 4, 1), 24));
        assertFalse(clerk(LocalDate.of(2026, 3, 31), List.of(PASSED, again), List.of()).effective(),
                "an attendance counts from its day only");
        assertEquals(ItemStatus.VALID, clerk(LocalDate.of(2026, 4, 1), List.of(PASSED, again), List.of()).items().get(0).status());
    }

    @Test
    void exemptionCoversItsDaysOnly() {
        ExemptionGrant exemption = new ExemptionGrant("PRIVACY-NR", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 30));
        RoleCompliance exempted = clerk(LocalDate.of(2026, 4, 30), List.of(PASSED), List.of(exemption));
        assertTrue(exempted.effective());
        assertEquals(ItemStatus.EXEMPTED, exempted.items().get(0).status());
        assertEquals(LocalDate.of(2026, 4, 30), exempted.items().get(0).exemptUntil());
        assertFalse(clerk(LocalDate.of(2026, 5, 1), List.of(PASSED), List.of(exemption)).effective());
        ExemptionGrant other = new ExemptionGrant("ELECTIONS", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 30));
        assertFalse(clerk(LocalDate.of(2026, 4, 1), List.of(PASSED), List.of(other)).effective(),
                "an exemption from another item does not help");
    }

    @Test
    void neverHeldIsMissingAfterTheNewRequirementsGrace() {
        RequirementRule fresh = new RequirementRule("clerk", ItemKind.DECLARATION, "CONF", 10,
                LocalDate.of(2026, 6, 1), null);
        Map<String, RoleCompliance> before = RequirementEvaluator.evaluate(Set.of("clerk"), List.of(fresh), List.of(),
                List.of(), List.of(), LocalDate.of(2026, 5, 31), 30);
        assertTrue(before.get("clerk").items().isEmpty(), "not yet in force");
        assertEquals(ItemStatus.IN_GRACE, RequirementEvaluator.evaluate(Set.of("clerk"), List.of(fresh), List.of(),
                List.of(), List.of(), LocalDate.of(2026, 6, 11), 30).get("clerk").items().get(0).status());
        RoleCompliance missing = RequirementEvaluator.evaluate(Set.of("clerk"), List.of(fresh), List.of(), List.of(),
                List.of(), LocalDate.of(2026, 6, 12), 30).get("clerk");
        assertEquals(ItemStatus.MISSING, missing.items().get(0).status());
        assertEquals(List.of("declaration:CONF"), missing.missing());
    }

    @Test
    void requirementEndingBeforeTheDayNoLongerApplies() {
        RequirementRule ended = new RequirementRule("clerk", ItemKind.COURSE, "OLD", 0, FROM, LocalDate.of(2025, 12, 31));
        assertTrue(RequirementEvaluator.evaluate(Set.of("clerk"), List.of(ended), List.of(), List.of(), List.of(),
                LocalDate.of(2025, 12, 31), 30).get("clerk").items().size() == 1);
        assertTrue(RequirementEvaluator.evaluate(Set.of("clerk"), List.of(ended), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 1, 1), 30).get("clerk").effective());
    }

    @Test
    void rolesAreJudgedSeparately() {
        Map<String, RoleCompliance> two = RequirementEvaluator.evaluate(Set.of("clerk", "auditor"), List.of(PRIVACY),
                List.of(), List.of(), List.of(), LocalDate.of(2026, 6, 1), 30);
        assertFalse(two.get("clerk").effective());
        assertTrue(two.get("auditor").effective(), "a role without requirements is effective");
        assertEquals(ComplianceStatus.BLOCKED, RequirementEvaluator.overall(two.values()));
    }

    @Test
    void briefingDueThenMissingAfterItsDueDate() {
        BriefingDue briefing = new BriefingDue("LAW-2026-01", Set.of("clerk"), LocalDate.of(2026, 6, 30), false);
        RoleCompliance due = RequirementEvaluator.evaluate(Set.of("clerk"), List.of(), List.of(), List.of(),
                List.of(briefing), LocalDate.of(2026, 6, 30), 30).get("clerk");
        assertTrue(due.effective());
        assertEquals(ItemStatus.DUE, due.items().get(0).status());
        assertEquals(ComplianceStatus.EXPIRING_SOON, RequirementEvaluator.overall(List.of(due)));
        RoleCompliance late = RequirementEvaluator.evaluate(Set.of("clerk"), List.of(), List.of(), List.of(),
                List.of(briefing), LocalDate.of(2026, 7, 1), 30).get("clerk");
        assertEquals(List.of("briefing:LAW-2026-01"), late.missing());
        BriefingDue done = new BriefingDue("LAW-2026-01", Set.of("clerk"), LocalDate.of(2026, 6, 30), true);
        assertEquals(ComplianceStatus.COMPLIANT, RequirementEvaluator.overall(RequirementEvaluator.evaluate(
                Set.of("clerk"), List.of(), List.of(), List.of(), List.of(done), LocalDate.of(2026, 7, 1), 30).values()));
    }
}
