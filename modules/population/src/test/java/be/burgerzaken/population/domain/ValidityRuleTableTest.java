package be.burgerzaken.population.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validity rules at every age and date boundary: 11/12, 17/18, 74/75 and the 1 March 2014 change. */
class ValidityRuleTableTest {
    private final ValidityRuleTable table = ValidityRuleTable.standard();

    /** Born on 15 June; applications the day before and on the birthday. */
    @ParameterizedTest(name = "{0} born {1}, applied {2}: {3}")
    @CsvSource({
            // eID: nobody under 12
            "EID, 2012-06-15, 2024-06-14, ,",
            "EID, 2012-06-15, 2024-06-15, EID-2014-12-18, 2030-06-15",
            // 17/18
            "EID, 2006-06-15, 2024-06-14, EID-2014-12-18, 2030-06-14",
            "EID, 2006-06-15, 2024-06-15, EID-2014, 2034-06-15",
            // 74/75
            "EID, 1949-06-15, 2024-06-14, EID-2014, 2034-06-14",
            "EID, 1949-06-15, 2024-06-15, EID-2014-75, 2054-06-15",
            // Kids-ID: 11/12
            "KIDS_ID, 2012-06-15, 2024-06-14, KIDS-ID, 2027-06-14",
            "KIDS_ID, 2012-06-15, 2024-06-15, ,",
            "KIDS_ID, 2024-01-01, 2024-01-01, KIDS-ID, 2027-01-01",
            // the law of 9 January 2012 in force on 1 March 2014: 5 -> 10 years for adults
            "EID, 1980-01-10, 2014-02-28, EID-2003, 2019-02-28",
            "EID, 1980-01-10, 2014-03-01, EID-2014, 2024-03-01",
            // 12 to 18 before 2014: 5 years like everyone
            "EID, 2000-01-10, 2014-02-28, EID-2003, 2019-02-28",
            "EID, 2000-01-10, 2014-03-01, EID-2014-12-18, 2020-03-01",
            // 75+ before and after the change: 30 years
            "EID, 1930-01-10, 2014-02-28, EID-2003-75, 2044-02-28",
            "EID, 1930-01-10, 2014-03-01, EID-2014-75, 2044-03-01",
    })
    void decidesAtEveryBoundary(String type, LocalDate birth, LocalDate applied, String ruleId, LocalDate until) {
        int age = ValidityRuleTable.age(birth, applied);
        var validity = table.validity(type, age, applied);
        if (ruleId == null) {
            assertTrue(validity.isEmpty(), type + " is not issued at age " + age + ": " + validity);
            return;
        }
        assertEquals(ruleId, validity.orElseThrow().rule().id());
        assertEquals(applied, validity.get().validFrom());
        assertEquals(until, validity.get().validUntil());
    }

    @Test
    void everyAgeFrom0To120HasExactlyOneBelgianCardOnEveryTestedDate() {
        for (LocalDate d : new LocalDate[] {LocalDate.of(2010, 1, 1), LocalDate.of(2014, 2, 28),
                LocalDate.of(2014, 3, 1), LocalDate.of(2026, 11, 29)}) {
            for (int age = 0; age <= 120; age++) {
                boolean eid = table.validity("EID", age, d).isPresent();
                boolean kids = table.validity("KIDS_ID", age, d).isPresent();
                assertTrue(eid ^ kids, "age " + age + " on " + d + ": exactly one of eID / Kids-ID");
                assertEquals(age >= 12, eid);
            }
        }
    }

    @Test
    void sixYearsFrom12To17TenFrom18To74ThirtyFrom75() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        for (int age = 12; age <= 110; age++) {
            int expected = age < 18 ? 6 : age < 75 ? 10 : 30;
            assertEquals(Period.ofYears(expected), table.rule("EID", age, d).orElseThrow().validity(), "age " + age);
        }
    }

    @Test
    void everyRuleNamesItsSourceAndForeignersDefaultsAreMarkedUnverified() {
        for (ValidityRule r : table.rules()) {
            assertFalse(r.source().isBlank(), r.id());
        }
        for (String code : ValidityRuleTable.FOREIGNER_DEFAULTS.keySet()) {
            ValidityRule r = table.rule(code, 30, LocalDate.of(2026, 1, 1)).orElseThrow();
            assertFalse(r.verified(), code);
            assertTrue(r.source().contains("UNVERIFIED"), r.source());
        }
    }

    @Test
    void foreignersCardValidityIsConfigurablePerType() {
        ValidityRuleTable configured = ValidityRuleTable.standard(Map.of("B", Period.ofYears(2)));
        var b = configured.validity("B", 40, LocalDate.of(2026, 3, 1)).orElseThrow();
        assertEquals(LocalDate.of(2028, 3, 1), b.validUntil());
        assertTrue(b.rule().source().contains("bz.population.card-validity.B"));
        assertEquals(LocalDate.of(2031, 3, 1), configured.validity("F", 40, LocalDate.of(2026, 3, 1))
                .orElseThrow().validUntil(), "other types keep their default");
        assertTrue(configured.validity("B", 0, LocalDate.of(2026, 3, 1)).isPresent(), "children get cards too");
    }

    @Test
    void everyForeignersCardTypeOfTheCatalogHasARuleAndEveryRuleTypeExists() {
        for (CardType t : CardTypeCatalog.standard().all()) {
            int age = t.code().equals("KIDS_ID") ? 5 : 30;
            assertTrue(table.validity(t.code(), age, LocalDate.of(2026, 1, 1)).isPresent(), t.code());
        }
        for (ValidityRule r : table.rules()) {
            for (String code : r.cardTypes()) {
                assertTrue(CardTypeCatalog.standard().find(code).isPresent(), code);
            }
        }
    }

    @Test
    void overlappingRulesAreRefused() {
        ValidityRule a = new ValidityRule("A1", Set.of("EID"), 18, 75, Period.ofYears(10), LocalDate.of(2014, 3, 1),
                null, "x", true);
        ValidityRule newLaw = new ValidityRule("A2", Set.of("EID"), 70, 80, Period.ofYears(15), LocalDate.of(2030, 1, 1),
                null, "y", true);
        assertThrows(IllegalArgumentException.class, () -> new ValidityRuleTable(java.util.List.of(a, newLaw)));
        ValidityRule closed = new ValidityRule("A1", Set.of("EID"), 18, 75, Period.ofYears(10),
                LocalDate.of(2014, 3, 1), LocalDate.of(2030, 1, 1), "x", true);
        ValidityRuleTable t = new ValidityRuleTable(java.util.List.of(closed, newLaw));
        assertEquals("A1", t.rule("EID", 72, LocalDate.of(2029, 12, 31)).orElseThrow().id());
        assertEquals("A2", t.rule("EID", 72, LocalDate.of(2030, 1, 1)).orElseThrow().id(),
                "a new law is a new rule beside the old one, from its date");
    }

    @Test
    void emptyRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ValidityRule("X", Set.of("EID"), 18, 18,
                Period.ofYears(1), null, null, "s", true));
        assertThrows(IllegalArgumentException.class, () -> new ValidityRule("X", Set.of("EID"), 0, 18,
                Period.ofYears(1), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), "s", true));
    }

    @Test
    void leapDayBirthsTurn12OnFirstMarchInCommonYears() {
        LocalDate birth = LocalDate.of(2012, 2, 29);
        assertEquals(11, ValidityRuleTable.age(birth, LocalDate.of(2024, 2, 28)));
        assertEquals(12, ValidityRuleTable.age(birth, LocalDate.of(2024, 2, 29)));
        assertEquals(17, ValidityRuleTable.age(birth, LocalDate.of(2030, 2, 28)), "UNVERIFIED legal rule; java.time");
    }
}
