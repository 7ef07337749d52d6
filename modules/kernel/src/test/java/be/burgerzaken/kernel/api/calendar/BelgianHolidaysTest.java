package be.burgerzaken.kernel.api.calendar;

import be.burgerzaken.kernel.api.calendar.BelgianHolidays.Holiday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BelgianHolidaysTest {

    private static final List<String> FEDERAL_CODES = List.of("NEW_YEAR", "EASTER_MONDAY", "LABOUR_DAY",
            "ASCENSION_DAY", "WHIT_MONDAY", "NATIONAL_DAY", "ASSUMPTION_DAY", "ALL_SAINTS_DAY", "ARMISTICE_DAY",
            "CHRISTMAS_DAY");

    // ---------------------------------------------------------------- Easter

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "1583, 1583-04-10",
            "1818, 1818-03-22",
            "1943, 1943-04-25",
            "1961, 1961-04-02",
            "1974, 1974-04-14",
            "1999, 1999-04-04",
            "2000, 2000-04-23",
            "2001, 2001-04-15",
            "2002, 2002-03-31",
            "2004, 2004-04-11",
            "2005, 2005-03-27",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2013, 2013-03-31",
            "2016, 2016-03-27",
            "2018, 2018-04-01",
            "2019, 2019-04-21",
            "2022, 2022-04-17",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2030, 2030-04-21",
            "2038, 2038-04-25",
            "2100, 2100-03-28",
            "2285, 2285-03-22",
            "3000, 3000-04-13"
    })
    void computesEasterSunday(int year, LocalDate expected) {
        assertEquals(expected, BelgianHolidays.easterSunday(year));
    }

    @Test
    void easterIsASundayBetween22MarchAnd25AprilInEveryYearUpTo4099() {
        MonthDay earliest = MonthDay.of(3, 22);
        MonthDay latest = MonthDay.of(4, 25);
        for (int year = BelgianHolidays.FIRST_GREGORIAN_YEAR; year <= 4099; year++) {
            LocalDate easter = BelgianHolidays.easterSunday(year);
            assertEquals(year, easter.getYear());
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "Easter " + year);
            MonthDay day = MonthDay.from(easter);
            assertFalse(day.isBefore(earliest) || day.isAfter(latest), "Easter " + year + " on " + easter);
        }
    }

    @Test
    void easterAgreesWithOudinsAlgorithmInEveryYearUpTo9999() {
        for (int year = BelgianHolidays.FIRST_GREGORIAN_YEAR; year <= 9999; year++) {
            assertEquals(oudinEaster(year), BelgianHolidays.easterSunday(year), "Easter " + year);
        }
    }

    /** An independent formula (Oudin 1940, as given by Tøndering), to cross-check the Meeus/Jones/Butcher one. */
    private static LocalDate oudinEaster(int year) {
        int c = year / 100;
        int n = year % 19;
        int k = (c - 17) / 25;
        int i = (c - c / 4 - (c - k) / 3 + 19 * n + 15) % 30;
        i = i - (i / 28) * (1 - (i / 28) * (29 / (i + 1)) * ((21 - n) / 11));
        int j = (year + year / 4 + i + 2 - c + c / 4) % 7;
        int l = i - j;
        int month = 3 + (l + 40) / 44;
        int day = l + 28 - 31 * (month / 4);
        return LocalDate.of(year, month, day);
    }

    @ParameterizedTest
    @ValueSource(ints = {1582, 1000, 0, -1})
    void refusesYearsBeforeTheGregorianCalendar(int year) {
        assertThrows(IllegalArgumentException.class, () -> BelgianHolidays.easterSunday(year));
        assertThrows(IllegalArgumentException.class, () -> BelgianHolidays.of(year));
        assertThrows(IllegalArgumentException.class, () -> BelgianHolidays.isHoliday(LocalDate.of(year, 1, 1)));
    }

    // ---------------------------------------------------------------- the list

    @Test
    void listsTheTenHolidaysOf2026Exactly() {
        List<Holiday> holidays = BelgianHolidays.of(2026);
        assertEquals(List.of(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 21),
                LocalDate.of(2026, 8, 15),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 12, 25)), holidays.stream().map(Holiday::date).toList());
        assertEquals(FEDERAL_CODES, holidays.stream().map(Holiday::code).toList());
    }

    @Test
    void movableHolidaysFollowEaster() {
        for (int year = 1900; year <= 2200; year++) {
            LocalDate easter = BelgianHolidays.easterSunday(year);
            Map<String, LocalDate> byCode = new HashMap<>();
            BelgianHolidays.of(year).forEach(holiday -> byCode.put(holiday.code(), holiday.date()));
            assertEquals(easter.plusDays(1), byCode.get("EASTER_MONDAY"));
            assertEquals(easter.plusDays(39), byCode.get("ASCENSION_DAY"));
            assertEquals(easter.plusDays(50), byCode.get("WHIT_MONDAY"));
            assertEquals(DayOfWeek.MONDAY, byCode.get("EASTER_MONDAY").getDayOfWeek());
            assertEquals(DayOfWeek.THURSDAY, byCode.get("ASCENSION_DAY").getDayOfWeek());
            assertEquals(DayOfWeek.MONDAY, byCode.get("WHIT_MONDAY").getDayOfWeek());
        }
    }

    @Test
    void listsBothHolidaysWhenAscensionFallsOnLabourDay() {
        List<Holiday> holidays = BelgianHolidays.of(2008);
        assertEquals(10, holidays.size());
        assertEquals(Set.of("LABOUR_DAY", "ASCENSION_DAY"), Set.copyOf(holidays.stream()
                .filter(holiday -> holiday.date().equals(LocalDate.of(2008, 5, 1))).map(Holiday::code).toList()));
        assertEquals(LocalDate.of(2008, 5, 12), holidays.get(4).date());
    }

    @Test
    void keepsDateOrderWhenAscensionComesBeforeLabourDay() {
        List<Holiday> holidays = BelgianHolidays.of(2285);
        assertEquals(LocalDate.of(2285, 4, 30), holidays.get(2).date());
        assertEquals("ASCENSION_DAY", holidays.get(2).code());
        assertEquals("LABOUR_DAY", holidays.get(3).code());
        for (int i = 1; i < holidays.size(); i++) {
            assertFalse(holidays.get(i).date().isBefore(holidays.get(i - 1).date()));
        }
    }

    @Test
    void alwaysTenHolidaysInTheirYearWithDistinctCodes() {
        for (int year = 1583; year <= 2600; year++) {
            List<Holiday> holidays = BelgianHolidays.of(year);
            assertEquals(10, holidays.size());
            assertEquals(Set.copyOf(FEDERAL_CODES), Set.copyOf(holidays.stream().map(Holiday::code).toList()));
            int expectedYear = year;
            assertTrue(holidays.stream().allMatch(holiday -> holiday.date().getYear() == expectedYear));
        }
    }

    @Test
    void weekendHolidaysStayOnTheirDayWithoutReplacement() {
        Map<LocalDate, DayOfWeek> weekendHolidays2027 = Map.of(
                LocalDate.of(2027, 5, 1), DayOfWeek.SATURDAY,
                LocalDate.of(2027, 8, 15), DayOfWeek.SUNDAY,
                LocalDate.of(2027, 12, 25), DayOfWeek.SATURDAY);
        weekendHolidays2027.forEach((date, day) -> {
            assertEquals(day, date.getDayOfWeek());
            assertTrue(BelgianHolidays.isHoliday(date));
        });
        assertFalse(BelgianHolidays.isHoliday(LocalDate.of(2027, 5, 3)));
        assertFalse(BelgianHolidays.isHoliday(LocalDate.of(2027, 8, 16)));
        assertFalse(BelgianHolidays.isHoliday(LocalDate.of(2027, 12, 27)));
        assertEquals(10, BelgianHolidays.of(2027).size());
    }

    // ---------------------------------------------------------------- isHoliday

    @Test
    void isHolidayAgreesWithTheListOnEveryDayFrom1990To2060() {
        for (int year = 1990; year <= 2060; year++) {
            Set<LocalDate> listed = new HashSet<>();
            BelgianHolidays.of(year).forEach(holiday -> listed.add(holiday.date()));
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                assertEquals(listed.contains(day), BelgianHolidays.isHoliday(day), day.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0} is not a legal holiday")
    @CsvSource({
            "2026-04-05, Easter Sunday",
            "2026-05-24, Whit Sunday",
            "2026-07-11, Flemish Community",
            "2026-09-27, French Community",
            "2026-11-02, All Souls",
            "2026-11-15, German-speaking Community and King's Day",
            "2026-12-26, Boxing Day",
            "2026-12-31, New Year's Eve"
    })
    void otherFeastAndCommunityDaysAreNotLegalHolidays(LocalDate date, String what) {
        assertFalse(BelgianHolidays.isHoliday(date), what);
    }

    // ---------------------------------------------------------------- names

    @Test
    void everyHolidayIsNamedInDutchFrenchGermanAndEnglish() {
        for (Holiday holiday : BelgianHolidays.of(2026)) {
            assertEquals(Set.copyOf(BelgianHolidays.LANGUAGES), holiday.names().keySet(), holiday.code());
            holiday.names().values().forEach(name -> assertFalse(name.isBlank(), holiday.code()));
        }
    }

    @Test
    void namesEasterMondayInEachLanguage() {
        Holiday easterMonday = BelgianHolidays.of(2026).get(1);
        assertEquals("Paasmaandag", easterMonday.name(Locale.forLanguageTag("nl-BE")));
        assertEquals("Lundi de Pâques", easterMonday.name(Locale.forLanguageTag("fr-BE")));
        assertEquals("Ostermontag", easterMonday.name(Locale.GERMAN));
        assertEquals("Easter Monday", easterMonday.name(Locale.ENGLISH));
        assertEquals("Easter Monday", easterMonday.name(Locale.ITALIAN));
    }

    @Test
    void aHolidayNeedsADateACodeAndANameInEveryLanguage() {
        Map<String, String> names = Map.of("nl", "a", "fr", "b", "de", "c", "en", "d");
        LocalDate date = LocalDate.of(2026, 7, 11);
        assertThrows(NullPointerException.class, () -> new Holiday(null, "X", names));
        assertThrows(IllegalArgumentException.class, () -> new Holiday(date, " ", names));
        assertThrows(IllegalArgumentException.class,
                () -> new Holiday(date, "X", Map.of("nl", "a", "fr", "b", "en", "d")));
        assertThrows(IllegalArgumentException.class,
                () -> new Holiday(date, "X", Map.of("nl", "a", "fr", "b", "de", "", "en", "d")));
    }

    @Test
    void theListIsUnmodifiable() {
        List<Holiday> holidays = BelgianHolidays.of(2026);
        assertThrows(UnsupportedOperationException.class, holidays::clear);
        assertThrows(UnsupportedOperationException.class, () -> holidays.get(0).names().put("it", "Capodanno"));
    }
}
