package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.PoliceReport;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import static be.burgerzaken.population.domain.AbsenceLimitsTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemovalRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final LocalDate SINCE = LocalDate.of(2025, 9, 1);
    final List<FieldProblem> problems = new ArrayList<>();

    @Test
    void anAbsenceUnderSixMonthsIsFlaggedNotRefused() {
        RemovalRules rules = RemovalRules.standard();
        assertTrue(rules.shortAbsence(SINCE, SINCE.plusMonths(6).minusDays(1)));
        assertFalse(rules.shortAbsence(SINCE, SINCE.plusMonths(6)), "six months is enough");
        assertTrue(rules.warning(SINCE, SINCE.plusMonths(2)).contains("P6M"));
        assertNull(rules.warning(SINCE, SINCE.plusMonths(7)));
        assertFalse(rules.shortAbsence(null, TODAY));
    }

    @Test
    void theMinimumIsConfigurable() {
        RemovalRules three = new RemovalRules(Period.ofMonths(3), "test");
        assertFalse(three.shortAbsence(SINCE, SINCE.plusMonths(4)));
        assertThrows(IllegalArgumentException.class, () -> new RemovalRules(Period.ofMonths(-1), "x"));
    }

    @Test
    void aProposalNeedsTheStartOfTheAbsenceAndAValidPoliceReportWhenGiven() {
        RemovalRules.checkProposal(SINCE, null, TODAY, problems);
        RemovalRules.checkProposal(SINCE, new PoliceReport(" ", null), TODAY, problems);
        RemovalRules.checkProposal(SINCE, new PoliceReport("PV 2026/114", TODAY), TODAY, problems);
        assertEquals(List.of(), codes(problems), "an empty police report is no police report");
        RemovalRules.checkProposal(null, null, TODAY, problems);
        RemovalRules.checkProposal(TODAY.plusDays(1), null, TODAY, problems);
        RemovalRules.checkProposal(SINCE, new PoliceReport("PV", SINCE.minusDays(1)), TODAY, problems);
        RemovalRules.checkProposal(SINCE, new PoliceReport(null, TODAY), TODAY, problems);
        assertEquals(List.of("absentSince required", "absentSince future", "policeReport.findingDate before-absence",
                "policeReport.reference required"), codes(problems));
    }

    @Test
    void aPoliceReportHasItsReferenceAndAFindingDateNotInTheFuture() {
        RemovalRules.checkPoliceReport(null, SINCE, TODAY, "", problems);
        RemovalRules.checkPoliceReport(new PoliceReport("PV", TODAY.plusDays(1)), SINCE, TODAY, "", problems);
        RemovalRules.checkPoliceReport(new PoliceReport("x".repeat(201), null), SINCE, TODAY, "", problems);
        assertEquals(List.of("reference required", "findingDate future", "reference length", "findingDate required"),
                codes(problems));
    }

    @Test
    void theCollegeDecidesOnlyOnAPoliceReportAndNotBeforeIt() {
        LocalDate finding = TODAY.minusDays(20);
        RemovalRules.checkDecision(TODAY, "college 2026/331", finding, TODAY, SINCE.minusYears(3), problems);
        assertEquals(List.of(), codes(problems));
        RemovalRules.checkDecision(TODAY, "college 2026/331", null, TODAY, SINCE.minusYears(3), problems);
        assertEquals(List.of("policeReport required"), codes(problems), "no police report: refused");
        problems.clear();
        RemovalRules.checkDecision(finding.minusDays(1), " ", finding, TODAY, SINCE.minusYears(3), problems);
        RemovalRules.checkDecision(TODAY.plusDays(1), "c", finding, TODAY, null, problems);
        assertEquals(List.of("decisionDate before-police-report", "decisionReference required", "decisionDate future"),
                codes(problems));
    }
}
