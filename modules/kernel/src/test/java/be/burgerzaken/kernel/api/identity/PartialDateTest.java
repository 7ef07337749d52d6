package be.burgerzaken.kernel.api.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    @ParameterizedTest(name = "{0} -> {1}-{2}-{3} stored as {4}")
    @CsvSource({
            "1993-05-18, 1993, 5, 18, 1993-05-18",
            "1993-05,    1993, 5, 0,  1993-05-00",
            "1993,       1993, 0, 0,  1993-00-00",
            "1993-00-00, 1993, 0, 0,  1993-00-00",
            "1993-05-00, 1993, 5, 0,  1993-05-00",
            "0000-00-00, 0,    0, 0,  0000-00-00",
            "0000,       0,    0, 0,  0000-00-00",
            "2024-02-29, 2024, 2, 29, 2024-02-29",
            "0005-01-02, 5,    1, 2,  0005-01-02"
    })
    void parsesEveryAcceptedShape(String text, int year, int month, int day, String storage) {
        PartialDate date = PartialDate.parse(text);
        assertEquals(year, date.year());
        assertEquals(month, date.month());
        assertEquals(day, date.day());
        assertEquals(storage, date.storageForm());
        assertEquals(storage, date.toString());
    }

    @Test
    void ignoresSurroundingSpaces() {
        assertEquals(PartialDate.of(1993, 5, 18), PartialDate.parse("  1993-05-18\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "93-05-18", "1993/05/18", "1993-5-18", "1993-05-1", "18-05-1993", "abcd",
            "1993-05-18T00:00", "1993--05", "\uFF11\uFF19\uFF19\uFF13", "1993-05-18-01"})
    void rejectsTextOfAnotherShape(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().contains("expected YYYY, YYYY-MM or YYYY-MM-DD"), e.getMessage());
    }

    @Test
    void rejectsNullText() {
        assertThrows(NullPointerException.class, () -> PartialDate.parse(null));
    }

    @Test
    void rejectsDayWithoutMonth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.of(1993, 0, 18));
        assertEquals("day 18 given without a month: a known day requires a known month", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1993-00-18"));
    }

    @Test
    void rejectsMonthWithoutYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.of(0, 5, 0));
        assertEquals("month 5 given without a year: a known month requires a known year", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("0000-05-18"));
    }

    @ParameterizedTest(name = "{0}-{1}-{2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "1993|13|1|month 13 is not valid (1-12, or 0 when unknown)",
            "1993|-1|0|month -1 is not valid (1-12, or 0 when unknown)",
            "1993|5|32|day 32 is not valid (1-31, or 0 when unknown)",
            "10000|1|1|year 10000 is out of range (1-9999, or 0 when unknown)",
            "-5|1|1|year -5 is out of range (1-9999, or 0 when unknown)",
            "1993|4|31|day 31 does not exist in April 1993",
            "1993|2|30|day 30 does not exist in February 1993",
            "2023|2|29|day 29 does not exist in February 2023 (not a leap year)",
            "1900|2|29|day 29 does not exist in February 1900 (not a leap year)",
            "2100|2|29|day 29 does not exist in February 2100 (not a leap year)"
    })
    void rejectsImpossibleDatesWithPreciseMessage(int year, int month, int day, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PartialDate.of(year, month, day));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1996, 2000, 2004, 2024, 1904})
    void accepts29FebruaryInLeapYears(int year) {
        PartialDate date = PartialDate.of(year, 2, 29);
        assertEquals(Optional.of(LocalDate.of(year, 2, 29)), date.toLocalDate());
    }

    @Test
    void fullyUnknownIsOneValue() {
        assertSame(PartialDate.UNKNOWN, PartialDate.of(0, 0, 0));
        assertSame(PartialDate.UNKNOWN, PartialDate.parse("0000-00-00"));
        assertSame(PartialDate.UNKNOWN, PartialDate.unknown());
        assertTrue(PartialDate.UNKNOWN.isUnknown());
        assertFalse(PartialDate.UNKNOWN.isComplete());
    }

    @Test
    void convenienceFactoriesRejectUnknownParts() {
        assertEquals(PartialDate.parse("1993"), PartialDate.ofYear(1993));
        assertEquals(PartialDate.parse("1993-05"), PartialDate.ofYearMonth(1993, 5));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofYear(0));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofYearMonth(1993, 0));
    }

    @Test
    void convertsToLocalDateOnlyWhenComplete() {
        assertEquals(Optional.of(LocalDate.of(1993, 5, 18)), PartialDate.parse("1993-05-18").toLocalDate());
        assertTrue(PartialDate.parse("1993-05-18").isComplete());
        assertEquals(Optional.empty(), PartialDate.parse("1993-05").toLocalDate());
        assertFalse(PartialDate.parse("1993-05").isComplete());
        assertEquals(Optional.empty(), PartialDate.parse("1993").toLocalDate());
        assertEquals(Optional.empty(), PartialDate.UNKNOWN.toLocalDate());
    }

    @Test
    void roundTripsLocalDate() {
        LocalDate day = LocalDate.of(2017, 7, 30);
        assertEquals(day, PartialDate.of(day).toLocalDate().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.of(LocalDate.of(10000, 1, 1)));
    }

    @ParameterizedTest(name = "{0}: {1} .. {2}")
    @CsvSource({
            "1993-05-18, 1993-05-18, 1993-05-18",
            "1993-05,    1993-05-01, 1993-05-31",
            "2024-02,    2024-02-01, 2024-02-29",
            "2023-02,    2023-02-01, 2023-02-28",
            "1993-04,    1993-04-01, 1993-04-30",
            "1993,       1993-01-01, 1993-12-31",
            "0000-00-00, 0001-01-01, 9999-12-31"
    })
    void spansTheDaysItMayStandFor(String text, LocalDate earliest, LocalDate latest) {
        PartialDate date = PartialDate.parse(text);
        assertEquals(earliest, date.earliestPossible());
        assertEquals(latest, date.latestPossible());
    }

    @ParameterizedTest(name = "person {0} matches query {1}: {2}")
    @CsvSource({
            "1993-05-18, 1993,       true",
            "1993-05-18, 1993-05,    true",
            "1993-05-18, 1993-05-18, true",
            "1993-05-18, 1993-05-19, false",
            "1993-05-18, 1993-06,    false",
            "1993-05-18, 1994,       false",
            "1993-05-18, 0000-00-00, true",
            "1993-05-00, 1993-05-18, true",
            "1993-00-00, 1993-05-18, true",
            "1993-00-00, 1994-05-18, false",
            "1993-06-00, 1993-05-18, false",
            "0000-00-00, 1993-05-18, true",
            "0000-00-00, 1993,       true"
    })
    void matchesWhenEveryPartKnownOnBothSidesIsEqual(String person, String query, boolean expected) {
        assertEquals(expected, PartialDate.parse(person).matches(PartialDate.parse(query)));
    }

    @Test
    void matchingIsSymmetricAndEqualsOverlapOfPossibleDays() {
        List<PartialDate> dates = sampleDates();
        for (PartialDate a : dates) {
            for (PartialDate b : dates) {
                boolean overlap = !a.latestPossible().isBefore(b.earliestPossible())
                        && !b.latestPossible().isBefore(a.earliestPossible());
                assertEquals(overlap, a.matches(b), a + " vs " + b);
                assertEquals(a.matches(b), b.matches(a), a + " vs " + b);
            }
        }
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
            "1993-05-18, 2024-05-17, 30",
            "1993-05-18, 2024-05-18, 31",
            "1993-05-18, 1993-05-18, 0",
            "1993-05-18, 1993-05-17, ",
            "1993-05,    2024-05-31, 31",
            "1993-05,    2024-05-15, ",
            "1993-05,    2024-04-30, 30",
            "1993,       2024-12-31, 31",
            "1993,       2024-06-01, ",
            "1993,       2025-01-01, ",
            "1993,       1993-12-31, 0",
            "1993,       1993-06-01, ",
            "0000-00-00, 2024-01-01, ",
            "2000-02-29, 2001-02-28, 0",
            "2000-02-29, 2001-03-01, 1",
            "2000-02-29, 2004-02-29, 4"
    })
    void tellsAgeOnlyWhenDeterminable(String birth, LocalDate on, Integer expected) {
        OptionalInt age = PartialDate.parse(birth).ageOn(on);
        assertEquals(expected == null ? OptionalInt.empty() : OptionalInt.of(expected), age);
    }

    @Test
    void ordersAsTheStorageFormSorts() {
        List<PartialDate> dates = sampleDates();
        List<PartialDate> byCompare = new ArrayList<>(dates);
        byCompare.sort(Comparator.naturalOrder());
        List<PartialDate> byString = new ArrayList<>(dates);
        byString.sort(Comparator.comparing(PartialDate::storageForm));
        assertEquals(byString, byCompare);
        assertTrue(PartialDate.parse("1993").compareTo(PartialDate.parse("1993-01-01")) < 0);
        assertTrue(PartialDate.UNKNOWN.compareTo(PartialDate.parse("0001-01-01")) < 0);
    }

    @Test
    void equalsOnParts() {
        assertEquals(PartialDate.parse("1993-05"), PartialDate.of(1993, 5, 0));
        assertEquals(PartialDate.parse("1993-05").hashCode(), PartialDate.of(1993, 5, 0).hashCode());
        assertNotEquals(PartialDate.parse("1993-05"), PartialDate.parse("1993-05-01"));
        assertEquals(0, PartialDate.parse("1993-05").compareTo(PartialDate.of(1993, 5, 0)));
    }

    @Test
    void survivesSerialization() throws Exception {
        PartialDate date = PartialDate.parse("1993-05-00");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(date);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(date, in.readObject());
        }
    }

    private static List<PartialDate> sampleDates() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.UNKNOWN));
        Random random = new Random(42);
        for (int year : new int[] {1900, 1993, 1994, 2000}) {
            dates.add(PartialDate.ofYear(year));
            for (int month : new int[] {1, 2, 5, 12}) {
                dates.add(PartialDate.ofYearMonth(year, month));
                dates.add(PartialDate.of(year, month, 1));
                dates.add(PartialDate.of(year, month, 1 + random.nextInt(28)));
            }
        }
        dates.add(PartialDate.of(1, 1, 1));
        dates.add(PartialDate.of(9999, 12, 31));
        java.util.Collections.shuffle(dates, random);
        return dates;
    }
}
