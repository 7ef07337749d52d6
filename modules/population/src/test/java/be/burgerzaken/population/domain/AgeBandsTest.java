package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AgeBandsTest {
    static final AgeBands BANDS = AgeBands.parse(AgeBands.DEFAULT, "ageBands");

    @Test
    void defaultBandsAreTheStatisticalOnes() {
        assertEquals(List.of("0-17", "18-24", "25-44", "45-64", "65-79", "80+"), BANDS.labels());
    }

    @Test
    void aBirthdayOnTheReferenceDateCounts() {
        LocalDate on = LocalDate.of(2026, 5, 14);
        assertEquals("18-24", band("2008-05-14", on), "18 today");
        assertEquals("0-17", band("2008-05-15", on), "18 tomorrow");
        assertEquals("80+", band("1946-05-14", on));
        assertEquals("65-79", band("1946-05-15", on));
        assertEquals("0-17", band("2026-05-14", on), "born today");
    }

    @Test
    void leapDayBirthdaysCompleteOnTheFirstOfMarchInCommonYears() {
        assertEquals("0-17", band("2008-02-29", LocalDate.of(2026, 2, 28)));
        assertEquals("18-24", band("2008-02-29", LocalDate.of(2026, 3, 1)));
        assertEquals("18-24", band("2008-02-29", LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aPartialBirthDateCountsFromItsLatestPossibleDay() {
        // 2008-00-00 may be 2008-01-01 .. 2008-12-31: 18 only once the last possible day is reached
        assertEquals("0-17", band("2008-00-00", LocalDate.of(2026, 6, 1)));
        assertEquals("0-17", band("2008-00-00", LocalDate.of(2026, 12, 30)));
        assertEquals("18-24", band("2008-00-00", LocalDate.of(2026, 12, 31)));
        // 2008-04-00 is at the latest 2008-04-30 (April has 30 days)
        assertEquals("0-17", band("2008-04-00", LocalDate.of(2026, 4, 29)));
        assertEquals("18-24", band("2008-04-00", LocalDate.of(2026, 4, 30)));
        // 2008-02-00 is at the latest 2008-02-29 (leap year)
        assertEquals("0-17", band("2008-02-00", LocalDate.of(2026, 2, 28)));
        assertEquals("18-24", band("2008-02-00", LocalDate.of(2026, 3, 1)));
        // born this year, month unknown: counted as 0 even before the latest possible day
        assertEquals("0-17", band("2026-00-00", LocalDate.of(2026, 3, 1)));
        assertEquals(AgeBands.UNKNOWN, band("0000-00-00", LocalDate.of(2026, 3, 1)));
    }

    @Test
    void theQueryRuleOnStoredKeysGivesTheSameBandForEveryDay() {
        // the SQL CASE (bandOfKey on birthKey and cutoffKeys) against the date rule, over two years of reference
        // days (leap year, month ends) and birth dates of every shape around the band limits
        AgeBands bands = AgeBands.parse("0,1,18,25,45,65,80", "ageBands");
        LocalDate start = LocalDate.of(2027, 12, 20);
        for (LocalDate on = start; on.isBefore(start.plusDays(800)); on = on.plusDays(1)) {
            List<String> cutoffs = bands.cutoffKeys(on);
            for (int years : new int[] {0, 1, 18, 25, 80}) {
                LocalDate around = on.minusYears(years);
                for (LocalDate birth = around.minusDays(40); birth.isBefore(around.plusDays(40)); birth = birth.plusDays(1)) {
                    if (birth.isAfter(on)) {
                        continue;
                    }
                    for (PartialDate p : List.of(PartialDate.of(birth), PartialDate.ofYearMonth(birth.getYear(),
                            birth.getMonthValue()), PartialDate.ofYear(birth.getYear()))) {
                        assertEquals(bands.band(p, on), bands.bandOfKey(AgeBands.birthKey(p.storageForm()), cutoffs),
                                p.storageForm() + " on " + on);
                    }
                }
            }
        }
    }

    @Test
    void keysOfStoredDates() {
        assertEquals("1993-05-18", AgeBands.birthKey("1993-05-18"));
        assertEquals("1993-05-99", AgeBands.birthKey("1993-05-00"));
        assertEquals("1993-12-99", AgeBands.birthKey("1993-00-00"));
        assertEquals(null, AgeBands.birthKey("0000-00-00"));
        assertEquals("2026-02-99", AgeBands.cutoffKey(LocalDate.of(2026, 2, 28)));
        assertEquals("2026-02-27", AgeBands.cutoffKey(LocalDate.of(2026, 2, 27)));
    }

    @Test
    void configuredBandsAreCheckedAndLabelled() {
        assertEquals(List.of("0-64", "65+"), AgeBands.parse("0, 65", "ageBands").labels());
        assertEquals(List.of("0", "1-17", "18+"), AgeBands.parse("0,1,18", "ageBands").labels());
        assertEquals("not-from-zero", code(() -> AgeBands.parse("18,65", "ageBands")));
        assertEquals("not-ascending", code(() -> AgeBands.parse("0,65,18", "ageBands")));
        assertEquals("invalid", code(() -> AgeBands.parse("0,x", "ageBands")));
        assertEquals("required", code(() -> AgeBands.parse(" ", "ageBands")));
        ValidationException e = assertThrows(ValidationException.class, () -> AgeBands.parse("0,200", "ageBands"));
        assertEquals("ageBands", e.problems().get(0).field());
    }

    private static String band(String stored, LocalDate on) {
        String viaDate = BANDS.band(PartialDate.parse(stored), on);
        assertEquals(viaDate, BANDS.bandOfKey(AgeBands.birthKey(stored), BANDS.cutoffKeys(on)), "query rule for " + stored);
        return viaDate;
    }

    private static String code(Runnable r) {
        return assertThrows(ValidationException.class, r::run).problems().get(0).code();
    }
}
