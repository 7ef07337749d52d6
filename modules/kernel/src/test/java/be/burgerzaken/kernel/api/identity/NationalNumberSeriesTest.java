package be.burgerzaken.kernel.api.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalNumberSeriesTest {

    private static final PartialDate MAY_18_1993 = PartialDate.of(1993, 5, 18);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1993-05-18, 930518, 19",
            "1993-05,    930500, 19",
            "1993,       930000, 19",
            "2017-07-30, 170730, 20",
            "2000-01-01, 000101, 20",
            "1900-01-01, 000101, 19",
            "2000,       000000, 20",
            "0000-00-00, 000001, 19"
    })
    void prefixesTheBirthDateWithZerosForUnknownParts(String birth, String prefix, int century) {
        NationalNumberSeries series = NationalNumberSeries.of(PartialDate.parse(birth), Sex.MALE);
        assertEquals(prefix, series.prefix());
        assertEquals(century, series.century());
        assertEquals(century == 20, series.isBorn2000OrLater());
    }

    @Test
    void menGetOddSerialsFrom1To997() {
        NationalNumberSeries men = NationalNumberSeries.of(MAY_18_1993, Sex.MALE);
        assertEquals(1, men.firstSerial());
        assertEquals(2, men.step());
        assertEquals(997, men.lastSerial());
        assertEquals(1, men.parity());
    }

    @Test
    void womenGetEvenSerialsFrom2To998() {
        NationalNumberSeries women = NationalNumberSeries.of(MAY_18_1993, Sex.FEMALE);
        assertEquals(2, women.firstSerial());
        assertEquals(2, women.step());
        assertEquals(998, women.lastSerial());
        assertEquals(0, women.parity());
    }

    @Test
    void refusesUnknownSex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NationalNumberSeries.of(MAY_18_1993, Sex.UNKNOWN));
        assertTrue(e.getMessage().contains("MALE or FEMALE"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2100})
    void refusesYearsTheCheckDigitsCannotTell(int year) {
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.of(PartialDate.ofYear(year), Sex.MALE));
    }

    @Test
    void nextSerialStepsByTwoUntilExhausted() {
        NationalNumberSeries men = NationalNumberSeries.of(MAY_18_1993, Sex.MALE);
        assertEquals(OptionalInt.of(1), men.nextSerial(0));
        assertEquals(OptionalInt.of(3), men.nextSerial(1));
        assertEquals(OptionalInt.of(997), men.nextSerial(995));
        assertEquals(OptionalInt.empty(), men.nextSerial(997));

        NationalNumberSeries women = NationalNumberSeries.of(MAY_18_1993, Sex.FEMALE);
        assertEquals(OptionalInt.of(2), women.nextSerial(0));
        assertEquals(OptionalInt.of(4), women.nextSerial(2));
        assertEquals(OptionalInt.of(998), women.nextSerial(996));
        assertEquals(OptionalInt.empty(), women.nextSerial(998));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 999, -1, 998})
    void nextSerialRefusesASerialOfTheOtherSexOrRange(int lastIssued) {
        NationalNumberSeries men = NationalNumberSeries.of(MAY_18_1993, Sex.MALE);
        assertThrows(IllegalArgumentException.class, () -> men.nextSerial(lastIssued));
    }

    @Test
    void allocatesEverySerialOfAPrefixAsValidNumbersOfThatSex() {
        for (Sex sex : new Sex[] {Sex.MALE, Sex.FEMALE}) {
            for (PartialDate birth : List.of(MAY_18_1993, PartialDate.of(2017, 7, 30), PartialDate.of(2000, 2, 29),
                    PartialDate.ofYear(1950), PartialDate.UNKNOWN)) {
                NationalNumberSeries series = NationalNumberSeries.of(birth, sex);
                Set<NationalNumber> numbers = new HashSet<>();
                int last = 0;
                for (OptionalInt next = series.nextSerial(last); next.isPresent(); next = series.nextSerial(last)) {
                    last = next.getAsInt();
                    NationalNumber number = series.number(series.prefix(), last);
                    assertEquals(Optional.of(sex), number.sex(), "allocation rule and sex-from-serial rule agree");
                    assertEquals(birth, number.birthDate());
                    assertEquals(series.isBorn2000OrLater(), number.isBorn2000OrLater());
                    assertEquals(number, NationalNumber.parse(number.format()));
                    numbers.add(number);
                }
                assertEquals(499, numbers.size(), birth + " " + sex);
            }
        }
    }

    // ---------------------------------------------------------------- overflow

    @ParameterizedTest(name = "after {0}: {1}")
    @CsvSource({
            "930518, 930000",
            "930500, 930000",
            "931231, 930000",
            "930000, 930001",
            "930001, 930002",
            "930098, 930099",
            "930099, ",
            "000101, 000000",
            "000000, 000002",
            "000002, 000003",
            "000001, "
    })
    void continuesAnExhaustedPrefixInTheOverflowSeries(String prefix, String next) {
        assertEquals(Optional.ofNullable(next), NationalNumberSeries.nextOverflowPrefix(prefix));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93051", "9305181", "93a518", "931318", "932018", "934518", "930532"})
    void nextOverflowPrefixRefusesWhatIsNoRrnPrefix(String prefix) {
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.nextOverflowPrefix(prefix));
    }

    @Test
    void overflowPrefixIsTheYearAndAFourDigitIndex() {
        assertEquals("930000", NationalNumberSeries.overflowPrefix(1993, 0));
        assertEquals("930001", NationalNumberSeries.overflowPrefix(1993, 1));
        assertEquals("170042", NationalNumberSeries.overflowPrefix(2017, 42));
        assertEquals("930099", NationalNumberSeries.overflowPrefix(1993, 99));
        assertEquals("000002", NationalNumberSeries.overflowPrefix(2000, 2));
    }

    @Test
    void overflowPrefixRefusesTheReservedCodeAndIndexesThatReadAsMonths() {
        IllegalArgumentException reserved = assertThrows(IllegalArgumentException.class,
                () -> NationalNumberSeries.overflowPrefix(2000, 1));
        assertTrue(reserved.getMessage().contains("000001"), reserved.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.overflowPrefix(1900, 1));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.overflowPrefix(1993, 100));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.overflowPrefix(1993, -1));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.overflowPrefix(1899, 0));
    }

    @Test
    void listsThePrefixesInAllocationOrder() {
        List<String> dated = NationalNumberSeries.of(MAY_18_1993, Sex.MALE).prefixes();
        assertEquals(101, dated.size());
        assertEquals(List.of("930518", "930000", "930001"), dated.subList(0, 3));
        assertEquals("930099", dated.get(100));

        List<String> yearOnly = NationalNumberSeries.of(PartialDate.ofYear(1993), Sex.FEMALE).prefixes();
        assertEquals(100, yearOnly.size());
        assertEquals("930000", yearOnly.get(0));
        assertEquals("930001", yearOnly.get(1));

        List<String> year2000 = NationalNumberSeries.of(PartialDate.of(2000, 1, 1), Sex.MALE).prefixes();
        assertFalse(year2000.contains("000001"));
        assertEquals(List.of("000101", "000000", "000002"), year2000.subList(0, 3));
        assertEquals(100, year2000.size());

        assertEquals(List.of("000001"), NationalNumberSeries.of(PartialDate.UNKNOWN, Sex.MALE).prefixes());
    }

    @Test
    void overflowNumbersReadBackAsYearOnly() {
        NationalNumberSeries series = NationalNumberSeries.of(PartialDate.of(2017, 7, 30), Sex.FEMALE);
        for (String prefix : series.prefixes().subList(1, series.prefixes().size())) {
            NationalNumber number = series.number(prefix, 998);
            NationalNumber read = NationalNumber.parse(number.format());
            assertEquals(PartialDate.ofYear(2017), read.birthDate());
            assertTrue(read.isBorn2000OrLater());
            assertEquals(Optional.of(Sex.FEMALE), read.sex());
        }
    }

    @Test
    void numberRefusesPrefixesAndSerialsOutsideTheSeries() {
        NationalNumberSeries men = NationalNumberSeries.of(MAY_18_1993, Sex.MALE);
        assertThrows(IllegalArgumentException.class, () -> men.number("930519", 1));
        assertThrows(IllegalArgumentException.class, () -> men.number("940000", 1));
        assertThrows(IllegalArgumentException.class, () -> men.number("930518", 2));
        assertThrows(IllegalArgumentException.class, () -> men.number("930518", 999));
    }

    // ---------------------------------------------------------------- numberFor

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "930518, 1993, 223, 93.05.18-223.61",
            "420122, 1942, 51,  42.01.22-051.81",
            "170730, 2017, 33,  17.07.30-033.84",
            "170730, 1917, 33,  17.07.30-033.55",
            "000101, 2000, 1,   00.01.01-001.05",
            "000101, 1900, 1,   00.01.01-001.73"
    })
    void numberForUsesTheCheckDigitsOfTheCentury(String prefix, int year, int serial, String expected) {
        assertEquals(NationalNumber.parse(expected), NationalNumberSeries.numberFor(prefix, year, serial));
    }

    @Test
    void numberForBuildsFullyUnknownAndOverflowNumbers() {
        NationalNumber unknown = NationalNumberSeries.numberFor("000001", 0, 5);
        assertEquals(PartialDate.UNKNOWN, unknown.birthDate());
        assertFalse(unknown.isBorn2000OrLater());

        NationalNumber overflow = NationalNumberSeries.numberFor("930017", 1993, 1);
        assertEquals(PartialDate.ofYear(1993), overflow.birthDate());
        assertEquals(Optional.of(Sex.MALE), overflow.sex());
    }

    @Test
    void numberForRefusesInconsistentParts() {
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.numberFor("930518", 1994, 1));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.numberFor("930518", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.numberFor("000001", 2000, 1));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.numberFor("931318", 1993, 1));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.numberFor("934518", 1993, 1));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.numberFor("930230", 1993, 1));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.numberFor("930518", 1993, 0));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.numberFor("930518", 1993, 999));
        assertThrows(IllegalArgumentException.class, () -> NationalNumberSeries.numberFor("930518", 2100, 1));
        InvalidNationalNumberException leap = assertThrows(InvalidNationalNumberException.class,
                () -> NationalNumberSeries.numberFor("000229", 1900, 1));
        assertEquals(InvalidNationalNumberException.Reason.BAD_DAY, leap.reason());
        assertEquals(PartialDate.of(2000, 2, 29), NationalNumberSeries.numberFor("000229", 2000, 1).birthDate());
    }
}
