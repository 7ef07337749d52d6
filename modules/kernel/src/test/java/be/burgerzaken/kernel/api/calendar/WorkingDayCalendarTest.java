package be.burgerzaken.kernel.api.calendar;

import be.burgerzaken.kernel.api.calendar.BelgianHolidays.Holiday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar BELGIAN = WorkingDayCalendar.belgian();
    private static final MonthDay JULY_11 = MonthDay.of(7, 11);
    private static final WorkingDayCalendar FLEMISH =
            BELGIAN.withExtraAnnualHoliday(JULY_11, "Feest van de Vlaamse Gemeenschap");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // ---------------------------------------------------------------- working days

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2026-04-02, true",   // Thursday
            "2026-04-03, true",   // Good Friday is not a legal holiday
            "2026-04-04, false",  // Saturday
            "2026-04-05, false",  // Easter Sunday
            "2026-04-06, false",  // Easter Monday
            "2026-05-14, false",  // Ascension Day
            "2026-05-15, true",   // the Friday after Ascension
            "2026-05-25, false",  // Whit Monday
            "2026-07-21, false",  // National Day, Tuesday
            "2026-08-17, true",   // Monday after Assumption on Saturday: no replacement day
            "2026-11-02, true",   // Monday after All Saints on Sunday; All Souls is no legal holiday
            "2026-12-24, true",
            "2026-12-25, false",
            "2026-12-26, false",  // Saturday
            "2024-12-26, true",   // Boxing Day on a Thursday is a working day
            "2027-05-03, true",   // Monday after Labour Day on Saturday
            "2027-12-27, true"    // Monday after Christmas on Saturday
    })
    void tellsWorkingDays(LocalDate date, boolean working) {
        assertEquals(working, BELGIAN.isWorkingDay(date));
    }

    @Test
    void aWorkingDayIsAWeekdayThatIsNoLegalHoliday() {
        for (LocalDate day = date("2025-01-01"); day.isBefore(date("2028-01-01")); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(!weekend && !BelgianHolidays.isHoliday(day), BELGIAN.isWorkingDay(day), day.toString());
        }
    }

    @Test
    void countsTheWorkingDaysOf2026() {
        // 261 weekdays, minus the 8 legal holidays that fall on a weekday (15 August and 1 November are weekend)
        assertEquals(253, BELGIAN.workingDaysBetween(date("2025-12-31"), date("2026-12-31")));
    }

    // ---------------------------------------------------------------- deadlines

    @Test
    void eightWorkingDaysAfterThursdayBeforeEasterSkipEasterMonday() {
        assertEquals(date("2026-04-15"), BELGIAN.addWorkingDays(date("2026-04-02"), 8));
        assertEquals(date("2026-04-15"), BELGIAN.deadline(date("2026-04-02"), 8));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-12-23, 8, 2027-01-06",  // across Christmas (Friday) and New Year (Friday)
            "2024-12-20, 8, 2025-01-03",  // across Christmas and New Year on Wednesdays; 26 December counts
            "2027-12-24, 8, 2028-01-05",  // Christmas and New Year on Saturdays: nothing extra skipped
            "2026-05-13, 8, 2026-05-27",  // across Ascension Day and Whit Monday
            "2026-05-13, 1, 2026-05-15",
            "2008-04-30, 1, 2008-05-02",  // Ascension Day and Labour Day on the same Thursday
            "2026-12-31, 1, 2027-01-04",  // into the next year, over New Year on a Friday
            "2027-12-31, 1, 2028-01-03",  // into the next year, over a weekend New Year
            "2026-07-20, 1, 2026-07-22",  // over National Day
            "2026-04-04, 1, 2026-04-07",  // from a Saturday: Easter Monday is skipped, the start never counts
            "2026-04-05, 1, 2026-04-07",  // from Easter Sunday
            "2026-04-06, 1, 2026-04-07",  // from Easter Monday
            "2026-03-28, 1, 2026-03-30",  // from a Saturday to the Monday
            "2026-04-03, 5, 2026-04-13",
            "2026-01-01, 20, 2026-01-29",
            "2026-04-02, 40, 2026-06-03"
    })
    void addsWorkingDays(LocalDate start, int n, LocalDate expected) {
        assertEquals(expected, BELGIAN.addWorkingDays(start, n));
    }

    @ParameterizedTest(name = "{0} + 0 working days = {1}")
    @CsvSource({
            "2026-04-02, 2026-04-02",  // a working day is its own deadline
            "2026-04-04, 2026-04-07",  // Saturday before Easter Monday
            "2026-04-06, 2026-04-07",  // Easter Monday
            "2026-12-25, 2026-12-28"   // Christmas on a Friday
    })
    void addingZeroGivesTheStartOrTheNextWorkingDay(LocalDate start, LocalDate expected) {
        assertEquals(expected, BELGIAN.addWorkingDays(start, 0));
        assertEquals(expected, BELGIAN.workingDayOnOrAfter(start));
    }

    @Test
    void refusesNegativeWorkingDays() {
        assertThrows(IllegalArgumentException.class, () -> BELGIAN.addWorkingDays(date("2026-04-02"), -1));
        assertThrows(IllegalArgumentException.class, () -> BELGIAN.deadline(date("2026-04-02"), -8));
    }

    @Test
    void nextWorkingDayIsStrictlyAfter() {
        assertEquals(date("2026-04-03"), BELGIAN.nextWorkingDay(date("2026-04-02")));
        assertEquals(date("2026-04-07"), BELGIAN.nextWorkingDay(date("2026-04-03")));
        assertEquals(date("2026-04-07"), BELGIAN.nextWorkingDay(date("2026-04-06")));
        assertEquals(date("2027-01-04"), BELGIAN.nextWorkingDay(date("2026-12-31")));
    }

    @Test
    void anActOnTheLastDayIsInTimeAndTheDayAfterIsLate() {
        LocalDate moved = date("2026-04-02");
        assertFalse(BELGIAN.isLate(moved, 8, date("2026-04-02")));
        assertFalse(BELGIAN.isLate(moved, 8, date("2026-04-14")));
        assertFalse(BELGIAN.isLate(moved, 8, date("2026-04-15")));
        assertTrue(BELGIAN.isLate(moved, 8, date("2026-04-16")));
        assertFalse(BELGIAN.isLate(moved, 8, date("2026-03-01")));
    }

    @Test
    void aDeadlineEndingOnAFridayStillEndsThereEvenIfTheActComesOnSaturday() {
        // 2026-04-03 + 4 = Friday 2026-04-10; the weekend after is already late
        assertEquals(date("2026-04-10"), BELGIAN.deadline(date("2026-04-03"), 4));
        assertTrue(BELGIAN.isLate(date("2026-04-03"), 4, date("2026-04-11")));
    }

    // ---------------------------------------------------------------- counting between dates

    @ParameterizedTest(name = "({0}, {1}] holds {2} working days")
    @CsvSource({
            "2026-04-02, 2026-04-15,  8",
            "2026-04-15, 2026-04-02, -8",
            "2026-04-02, 2026-04-02,  0",
            "2026-04-02, 2026-04-06,  1",   // only Friday: Saturday, Sunday, Easter Monday do not count
            "2026-04-03, 2026-04-06,  0",
            "2026-04-04, 2026-04-05,  0",
            "2026-12-23, 2027-01-06,  8",
            "2027-01-06, 2026-12-23, -8",
            "2026-12-31, 2027-01-01,  0"
    })
    void countsWorkingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, int expected) {
        assertEquals(expected, BELGIAN.workingDaysBetween(fromExclusive, toInclusive));
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAddWorkingDaysOverTwoYearsOfStartDates() {
        for (WorkingDayCalendar calendar : List.of(BELGIAN, FLEMISH)) {
            for (LocalDate start = date("2026-01-01"); start.isBefore(date("2028-01-01")); start = start.plusDays(1)) {
                LocalDate previous = null;
                for (int n = 0; n <= 30; n++) {
                    LocalDate end = calendar.addWorkingDays(start, n);
                    String at = start + " + " + n;
                    assertTrue(calendar.isWorkingDay(end), at);
                    if (n >= 1 || calendar.isWorkingDay(start)) {
                        assertEquals(n, calendar.workingDaysBetween(start, end), at);
                        assertEquals(-n, calendar.workingDaysBetween(end, start), at);
                    }
                    if (n >= 1) {
                        assertTrue(end.isAfter(start), at);
                        assertEquals(end, calendar.nextWorkingDay(n == 1 ? start : previous), at);
                    }
                    previous = end;
                }
            }
        }
    }

    @Test
    void addWorkingDaysIsTheInverseOfWorkingDaysBetweenForWorkingDayTargets() {
        for (LocalDate start = date("2026-01-01"); start.isBefore(date("2028-01-01")); start = start.plusDays(1)) {
            for (LocalDate target = start.plusDays(1); target.isBefore(start.plusDays(60)); target = target.plusDays(1)) {
                if (BELGIAN.isWorkingDay(target)) {
                    assertEquals(target, BELGIAN.addWorkingDays(start, BELGIAN.workingDaysBetween(start, target)),
                            start + " -> " + target);
                }
            }
        }
    }

    @Test
    void workingDaysBetweenAddsUpOverAMiddleDate() {
        LocalDate a = date("2026-03-15");
        for (LocalDate b = a; b.isBefore(date("2026-08-01")); b = b.plusDays(3)) {
            LocalDate c = date("2026-06-10");
            assertEquals(BELGIAN.workingDaysBetween(a, c),
                    BELGIAN.workingDaysBetween(a, b) + BELGIAN.workingDaysBetween(b, c), b.toString());
        }
    }

    // ---------------------------------------------------------------- configured extras

    @Test
    void theFlemishCommunityDayIsOnlyExcludedWhenConfigured() {
        LocalDate friday = date("2025-07-11");
        assertTrue(BELGIAN.isWorkingDay(friday));
        assertFalse(FLEMISH.isWorkingDay(friday));
        assertFalse(FLEMISH.isWorkingDay(date("2028-07-11")));
        assertEquals(date("2025-07-11"), BELGIAN.addWorkingDays(date("2025-07-10"), 1));
        assertEquals(date("2025-07-14"), FLEMISH.addWorkingDays(date("2025-07-10"), 1));
        assertEquals(date("2025-07-23"), BELGIAN.deadline(date("2025-07-10"), 8));
        assertEquals(date("2025-07-24"), FLEMISH.deadline(date("2025-07-10"), 8));
    }

    @Test
    void oneOffExtraHolidaysAreSkipped() {
        WorkingDayCalendar closed = BELGIAN.withExtraHolidays(List.of(date("2026-04-07"), date("2026-04-08")));
        assertFalse(closed.isWorkingDay(date("2026-04-07")));
        assertTrue(closed.isWorkingDay(date("2027-04-07")));
        assertEquals(date("2026-04-17"), closed.deadline(date("2026-04-02"), 8));
        assertEquals(6, closed.workingDaysBetween(date("2026-04-02"), date("2026-04-15")));
    }

    @Test
    void extrasAccumulateAndLeaveTheOriginalUnchanged() {
        WorkingDayCalendar more = FLEMISH.withExtraHolidays(Set.of(date("2026-04-07")))
                .withExtraHolidays(Set.of(date("2026-04-08")))
                .withExtraAnnualHoliday(MonthDay.of(12, 26), "Tweede Kerstdag");
        assertFalse(more.isWorkingDay(date("2026-04-07")));
        assertFalse(more.isWorkingDay(date("2026-04-08")));
        assertFalse(more.isWorkingDay(date("2025-07-11")));
        assertFalse(more.isWorkingDay(date("2024-12-26")));
        assertTrue(FLEMISH.isWorkingDay(date("2026-04-07")));
        assertTrue(FLEMISH.isWorkingDay(date("2024-12-26")));
        assertTrue(BELGIAN.isWorkingDay(date("2025-07-11")));
        assertEquals(BELGIAN, WorkingDayCalendar.belgian());
        assertNotEquals(BELGIAN, FLEMISH);
        assertEquals(FLEMISH, BELGIAN.withExtraAnnualHoliday(JULY_11, "Feest van de Vlaamse Gemeenschap"));
        assertEquals(FLEMISH.hashCode(),
                BELGIAN.withExtraAnnualHoliday(JULY_11, "Feest van de Vlaamse Gemeenschap").hashCode());
    }

    @Test
    void anExtraOn29FebruaryCountsInLeapYearsOnly() {
        WorkingDayCalendar leap = BELGIAN.withExtraAnnualHoliday(MonthDay.of(2, 29), "Schrikkeldag");
        assertFalse(leap.isWorkingDay(date("2028-02-29")));
        assertTrue(leap.isWorkingDay(date("2027-03-01")));
        assertEquals(10, leap.holidays(2027).size());
        assertEquals(11, leap.holidays(2028).size());
    }

    @Test
    void refusesInvalidExtras() {
        assertThrows(NullPointerException.class, () -> BELGIAN.withExtraHolidays(null));
        assertThrows(NullPointerException.class,
                () -> BELGIAN.withExtraHolidays(Arrays.asList(date("2026-04-07"), null)));
        assertThrows(NullPointerException.class, () -> BELGIAN.withExtraAnnualHoliday(null, "x"));
        assertThrows(IllegalArgumentException.class, () -> BELGIAN.withExtraAnnualHoliday(JULY_11, " "));
        assertThrows(IllegalArgumentException.class, () -> BELGIAN.withExtraAnnualHoliday(JULY_11, null));
        assertThrows(IllegalArgumentException.class,
                () -> BELGIAN.withRestDays(EnumSet.allOf(DayOfWeek.class)));
    }

    @Test
    void listsTheHolidaysOfAYearWithTheConfiguredExtras() {
        List<Holiday> holidays = FLEMISH.withExtraHolidays(List.of(date("2025-07-21"), date("2025-09-01")))
                .holidays(2025);
        assertEquals(12, holidays.size());
        Holiday flemishDay = holidays.get(5);
        assertEquals(date("2025-07-11"), flemishDay.date());
        assertEquals(WorkingDayCalendar.EXTRA_HOLIDAY_CODE, flemishDay.code());
        assertEquals("Feest van de Vlaamse Gemeenschap", flemishDay.names().get("nl"));
        assertEquals("NATIONAL_DAY", holidays.get(6).code());   // the extra on 21 July is not listed twice
        assertEquals(date("2025-09-01"), holidays.get(8).date());
        assertEquals(BelgianHolidays.of(2025), BELGIAN.holidays(2025));
    }

    @Test
    void restDaysCanBeConfiguredIfSaturdayTurnsOutToCount() {
        WorkingDayCalendar sixDays = BELGIAN.withRestDays(Set.of(DayOfWeek.SUNDAY));
        assertTrue(sixDays.isWorkingDay(date("2026-04-04")));
        assertFalse(sixDays.isWorkingDay(date("2026-04-05")));
        assertFalse(sixDays.isWorkingDay(date("2026-04-06")));
        assertEquals(date("2026-04-13"), sixDays.deadline(date("2026-04-02"), 8));
    }
}
