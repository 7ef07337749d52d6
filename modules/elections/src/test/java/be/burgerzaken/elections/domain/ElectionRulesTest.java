package be.burgerzaken.elections.domain;

import be.burgerzaken.elections.api.Deadlines;
import be.burgerzaken.elections.api.ElectionType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dated election rules at their age and date boundaries (the rows of V1__elections.sql). */
class ElectionRulesTest {
    static final ElectionRule MUNICIPAL_2000 = rule("MUNICIPAL-2000", ElectionType.MUNICIPAL, "2000-01-01", "2023-12-31",
            18, true, true, true, "07-31", "08-01");
    static final ElectionRule MUNICIPAL_2024 = rule("MUNICIPAL-2024", ElectionType.MUNICIPAL, "2024-01-01", null, 18,
            false, true, true, "07-31", "08-01");
    static final ElectionRule EUROPEAN_2000 = rule("EUROPEAN-2000", ElectionType.EUROPEAN, "2000-01-01", "2023-12-31",
            18, true, true, false, null, "04-01");
    static final ElectionRule EUROPEAN_2024 = rule("EUROPEAN-2024", ElectionType.EUROPEAN, "2024-01-01", "2024-12-31",
            16, true, true, false, "03-31", "04-01");
    static final ElectionRule PROVINCIAL_2024 = rule("PROVINCIAL-2024", ElectionType.PROVINCIAL, "2024-01-01", null, 18,
            false, false, false, null, "08-01");
    static final List<ElectionRule> RULES = List.of(MUNICIPAL_2000, MUNICIPAL_2024, EUROPEAN_2000, EUROPEAN_2024,
            PROVINCIAL_2024);

    static ElectionRule rule(String id, ElectionType type, String from, String until, int age, boolean compulsory,
                             boolean eu, boolean nonEu, String request, String reference) {
        return new ElectionRule(id, type, LocalDate.parse(from), until == null ? null : LocalDate.parse(until), age,
                compulsory, eu, nonEu, 5, 12, 15, request == null ? null : MonthDay.parse("--" + request),
                MonthDay.parse("--" + reference), "test");
    }

    @Test
    void theRuleValidOnTheElectionDayApplies() {
        assertEquals("MUNICIPAL-2000", ElectionRules.ruleFor(RULES, ElectionType.MUNICIPAL, LocalDate.of(2023, 12, 31))
                .orElseThrow().id());
        assertEquals("MUNICIPAL-2024", ElectionRules.ruleFor(RULES, ElectionType.MUNICIPAL, LocalDate.of(2024, 1, 1))
                .orElseThrow().id());
        assertFalse(ElectionRules.ruleFor(RULES, ElectionType.MUNICIPAL, LocalDate.of(2024, 10, 13)).orElseThrow()
                .compulsory(), "Flanders abolished compulsory turnout for local elections from 2024");
        assertTrue(ElectionRules.ruleFor(RULES, ElectionType.MUNICIPAL, LocalDate.of(2018, 10, 14)).orElseThrow()
                .compulsory());
        assertEquals(16, ElectionRules.ruleFor(RULES, ElectionType.EUROPEAN, LocalDate.of(2024, 6, 9)).orElseThrow()
                .minAge());
        assertEquals(18, ElectionRules.ruleFor(RULES, ElectionType.EUROPEAN, LocalDate.of(2019, 5, 26)).orElseThrow()
                .minAge());
        assertTrue(ElectionRules.ruleFor(RULES, ElectionType.EUROPEAN, LocalDate.of(2025, 1, 1)).isEmpty());
        assertTrue(ElectionRules.ruleFor(RULES, ElectionType.FEDERAL, LocalDate.of(2024, 6, 9)).isEmpty());
    }

    @Test
    void ageIsReachedOnTheBirthdayAndPartialDatesCountAsTheLatestDay() {
        LocalDate day = LocalDate.of(2024, 10, 13);
        assertTrue(ElectionRules.oldEnough("2006-10-13", 18, day), "18 on election day");
        assertFalse(ElectionRules.oldEnough("2006-10-14", 18, day), "18 the day after");
        assertTrue(ElectionRules.oldEnough("2008-06-09", 16, LocalDate.of(2024, 6, 9)), "16 for the European 2024");
        assertFalse(ElectionRules.oldEnough("2008-06-10", 16, LocalDate.of(2024, 6, 9)));
        assertFalse(ElectionRules.oldEnough("2006-10-00", 18, day), "unknown day: the 31st");
        assertTrue(ElectionRules.oldEnough("2006-09-00", 18, day));
        assertFalse(ElectionRules.oldEnough("2006-00-00", 18, day), "unknown month: 31 December");
        assertTrue(ElectionRules.oldEnough("2005-00-00", 18, day));
        assertFalse(ElectionRules.oldEnough("0000-00-00", 18, day), "unknown year: never");
        assertTrue(ElectionRules.oldEnough("2006-02-28", 18, LocalDate.of(2024, 2, 28)));
    }

    @Test
    void deadlinesCountBackFromTheElectionDay() {
        Deadlines d = ElectionRules.deadlines(MUNICIPAL_2024, LocalDate.of(2024, 10, 13));
        assertEquals(LocalDate.of(2024, 7, 31), d.nonBelgianRequests());
        assertEquals(LocalDate.of(2024, 10, 1), d.objections(), "the 12th day before");
        assertEquals(LocalDate.of(2024, 9, 28), d.letters(), "at least 15 days before");
        assertEquals(LocalDate.of(2024, 10, 13), d.duplicates(), "until election day");
        assertEquals(LocalDate.of(2024, 3, 31), ElectionRules.deadlines(EUROPEAN_2024, LocalDate.of(2024, 6, 9))
                .nonBelgianRequests());
        assertEquals(null, ElectionRules.deadlines(PROVINCIAL_2024, LocalDate.of(2024, 10, 13)).nonBelgianRequests());
        assertEquals(LocalDate.of(2024, 8, 1), ElectionRules.defaultReferenceDate(MUNICIPAL_2024, LocalDate.of(2024, 10, 13)));
    }

    @Test
    void aReferenceDateAfterTheElectionDayIsRefusedOnTheField() {
        LocalDate day = LocalDate.of(2024, 10, 13);
        var problems = ElectionRules.check("Gemeente 2024", ElectionType.MUNICIPAL, day, day.plusDays(1),
                Optional.of(MUNICIPAL_2024));
        assertEquals(1, problems.size());
        assertEquals("referenceDate", problems.get(0).field());
        assertEquals("after-election-day", problems.get(0).code());
        assertTrue(ElectionRules.check("Gemeente 2024", ElectionType.MUNICIPAL, day, day, Optional.of(MUNICIPAL_2024))
                .isEmpty(), "the election day itself is allowed");
        assertEquals("no-rule", ElectionRules.check("x", ElectionType.FEDERAL, day, null, Optional.empty()).get(0).code());
    }

    @Test
    void eligibilityPerNationalityRegisterAndSuspension() {
        LocalDate day = LocalDate.of(2024, 10, 13);
        assertEquals(Eligibility.Outcome.VOTER, Eligibility.assess("POPULATION", "BELGIAN", "2000-01-01",
                MUNICIPAL_2024, day, false, false));
        assertEquals(Eligibility.Outcome.WAITING_REGISTER, Eligibility.assess("WAITING", "BELGIAN", "2000-01-01",
                MUNICIPAL_2024, day, false, false));
        assertEquals(Eligibility.Outcome.SUSPENDED, Eligibility.assess("POPULATION", "BELGIAN", "2000-01-01",
                MUNICIPAL_2024, day, false, true));
        assertEquals(Eligibility.Outcome.NON_BELGIAN_WITHOUT_REQUEST, Eligibility.assess("FOREIGNERS", "EU",
                "2000-01-01", MUNICIPAL_2024, day, false, false));
        assertEquals(Eligibility.Outcome.VOTER, Eligibility.assess("FOREIGNERS", "EU", "2000-01-01", MUNICIPAL_2024,
                day, true, false));
        assertEquals(Eligibility.Outcome.VOTER, Eligibility.assess("FOREIGNERS", "NON_EU", "2000-01-01",
                MUNICIPAL_2024, day, true, false));
        assertEquals(Eligibility.Outcome.NON_BELGIAN_WITHOUT_REQUEST, Eligibility.assess("FOREIGNERS", "EU",
                "2000-01-01", PROVINCIAL_2024, day, true, false), "non-Belgians do not vote in provincial elections");
        assertEquals(Eligibility.Outcome.TOO_YOUNG, Eligibility.assess("POPULATION", "BELGIAN", "2006-10-14",
                MUNICIPAL_2024, day, false, false));
    }

    @Test
    void stationRangesMatchNumbersParityAndDetectOverlaps() {
        StationRange odd = new StationRange(null, 1, "S1", 1, 99, "ODD");
        assertTrue(odd.covers("S1", "1"));
        assertTrue(odd.covers("S1", "99B"));
        assertFalse(odd.covers("S1", "2"));
        assertFalse(odd.covers("S1", "101"));
        assertFalse(odd.covers("S2", "1"));
        StationRange even = new StationRange(null, 2, "S1", null, null, "EVEN");
        assertFalse(odd.overlaps(even));
        assertTrue(odd.overlaps(new StationRange(null, 3, "S1", 99, 200, "ALL")));
        assertFalse(odd.overlaps(new StationRange(null, 3, "S1", 100, 200, "ALL")));
    }
}
