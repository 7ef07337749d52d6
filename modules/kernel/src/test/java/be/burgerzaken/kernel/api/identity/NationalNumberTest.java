package be.burgerzaken.kernel.api.identity;

import be.burgerzaken.kernel.api.identity.InvalidNationalNumberException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalNumberTest {

    // ---------------------------------------------------------------- docs/domain.md section 1, worked examples

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource({
            "93.05.18-223.61, 1993-05-18, MALE, RRN,           false",
            "42.01.22-051.81, 1942-01-22, MALE, RRN,           false",
            "17.07.30-033.84, 2017-07-30, MALE, RRN,           true",
            "00.01.01-001.05, 2000-01-01, MALE, RRN,           true",
            "98.47.28-997.65, 1998-07-28, MALE, BIS_SEX_KNOWN, false"
    })
    void readsTheWorkedExamplesOfTheDomainBrief(String text, String birth, Sex sex, NationalNumberKind kind,
                                                boolean born2000OrLater) {
        NationalNumber number = NationalNumber.parse(text);
        assertEquals(text, number.format());
        assertEquals(text.replaceAll("[.-]", ""), number.digits());
        assertEquals(PartialDate.parse(birth), number.birthDate());
        assertEquals(Optional.of(sex), number.sex());
        assertEquals(kind, number.kind());
        assertEquals(born2000OrLater, number.isBorn2000OrLater());
        assertTrue(NationalNumber.isValid(text));
    }

    @Test
    void rejectsTheWrongCheckDigitsOfTheDomainBrief() {
        NationalNumberCheck check = NationalNumber.check("93.05.18-223.62");
        assertFalse(check.valid());
        assertEquals(Reason.BAD_CHECK_DIGITS, check.reason());
        assertEquals("check digits 62 do not match: expected 61 (born before 2000) or 90 (born 2000 or later)",
                check.message());
        assertEquals("93051822362", check.normalized());
        assertNull(check.number());
        InvalidNationalNumberException e = assertThrows(InvalidNationalNumberException.class,
                () -> NationalNumber.parse("93.05.18-223.62"));
        assertEquals(Reason.BAD_CHECK_DIGITS, e.reason());
        assertEquals(check.message(), e.getMessage());
    }

    @ParameterizedTest(name = "{0} is born {1}")
    @CsvSource({
            "93.05.18-223.90, 2093-05-18",
            "17.07.30-033.55, 1917-07-30",
            "00.01.01-001.73, 1900-01-01"
    })
    void readsTheOtherCenturyFromTheOtherCheckDigits(String text, String birth) {
        assertEquals(PartialDate.parse(birth), NationalNumber.parse(text).birthDate());
    }

    @Test
    void checkDigitsDecideTheCentury() {
        for (String first9 : new String[] {"930518223", "170730033", "000101001", "420122051"}) {
            NationalNumber old = NationalNumber.parse(withCheck(first9, false));
            NationalNumber young = NationalNumber.parse(withCheck(first9, true));
            assertFalse(old.isBorn2000OrLater());
            assertTrue(young.isBorn2000OrLater());
            assertEquals(100, young.birthDate().year() - old.birthDate().year());
            assertNotEquals(old, young);
        }
    }

    // ---------------------------------------------------------------- notations

    @ParameterizedTest
    @ValueSource(strings = {"93051822361", "93.05.18-223.61", "93 05 18 223 61", "930518-223-61",
            "  93.05.18-223.61  ", "93.05.18.223-61", "930518/223/61", "93\u00A005\u00A018\u00A0223\u00A061",
            "93.05.18\u2013223.61", "\t93051822361\n"})
    void acceptsCommonNotations(String text) {
        NationalNumber number = NationalNumber.parse(text);
        assertEquals("93051822361", number.digits());
        assertEquals(NationalNumber.parse("93051822361"), number);
        NationalNumberCheck check = NationalNumber.check(text);
        assertTrue(check.valid());
        assertEquals(text, check.input());
        assertEquals("93051822361", check.normalized());
        assertNull(check.reason());
        assertNull(check.message());
        assertEquals(number, check.number());
    }

    // ---------------------------------------------------------------- invalid input

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", ". - .", "\t"})
    void rejectsEmptyInput(String text) {
        NationalNumberCheck check = NationalNumber.check(text);
        assertEquals(Reason.EMPTY, check.reason());
        assertFalse(check.valid());
        assertNull(check.normalized());
        assertEquals(Reason.EMPTY, assertThrows(InvalidNationalNumberException.class,
                () -> NationalNumber.parse(text)).reason());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "93O51822361|character 'O' (U+004F) at position 3 is not a digit or a separator (space . - /)",
            "BE93051822361|character 'B' (U+0042) at position 1 is not a digit or a separator (space . - /)",
            "93051822361x|character 'x' (U+0078) at position 12 is not a digit or a separator (space . - /)",
            "93,05,18|character ',' (U+002C) at position 3 is not a digit or a separator (space . - /)",
            "\u0669\u0663051822361|character '\u0669' (U+0669) at position 1 is not a digit or a separator (space . - /)",
            "\uFF19\uFF13051822361|character '\uFF19' (U+FF19) at position 1 is not a digit or a separator (space . - /)",
            "930518\u200B22361|character U+200B at position 7 is not a digit or a separator (space . - /)"
    })
    void rejectsBadCharactersNamingTheCharacterAndPosition(String text, String message) {
        NationalNumberCheck check = NationalNumber.check(text);
        assertEquals(Reason.BAD_CHARACTERS, check.reason());
        assertEquals(message, check.message());
        assertNull(check.normalized());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "9305182236|expected 11 digits, got 10",
            "930518223611|expected 11 digits, got 12",
            "93.05.18-223|expected 11 digits, got 9",
            "1|expected 11 digits, got 1"
    })
    void rejectsWrongLength(String text, String message) {
        NationalNumberCheck check = NationalNumber.check(text);
        assertEquals(Reason.BAD_LENGTH, check.reason());
        assertEquals(message, check.message());
        assertNull(check.normalized());
    }

    @ParameterizedTest(name = "month {0}")
    @ValueSource(strings = {"13", "19", "33", "39", "53", "60", "99"})
    void rejectsMonthsOutsideTheRrnAndBisRanges(String month) {
        String digits = withCheck("93" + month + "18223", false);
        NationalNumberCheck check = NationalNumber.check(digits);
        assertEquals(Reason.BAD_MONTH, check.reason());
        assertEquals("month " + month
                + " is not valid for a national register number (00-12) nor a BIS number (20-32, 40-52)",
                check.message());
        assertEquals(digits, check.normalized());
    }

    @ParameterizedTest(name = "month {0}")
    @ValueSource(strings = {"00", "01", "12", "20", "21", "32", "40", "41", "52"})
    void acceptsMonthsOfTheRrnAndBisRanges(String month) {
        assertTrue(NationalNumber.isValid(withCheck("93" + month + "01223", false)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "930431223|day 31 does not exist in April",
            "930230223|day 30 does not exist in February",
            "930532223|day 32 is not valid (01-31, or 00 when unknown)",
            "930599223|day 99 is not valid (01-31, or 00 when unknown)",
            "934431223|day 31 does not exist in April (BIS month 44)",
            "932631223|day 31 does not exist in June (BIS month 26)"
    })
    void rejectsDaysThatDoNotExist(String first9, String message) {
        for (boolean from2000 : new boolean[] {false, true}) {
            NationalNumberCheck check = NationalNumber.check(withCheck(first9, from2000));
            assertEquals(Reason.BAD_DAY, check.reason());
            assertEquals(message, check.message());
        }
    }

    @Test
    void rejectsLeapDayWhenCheckDigitsPlaceItInACommonYear() {
        // 00.02.29: the year 2000 is a leap year, 1900 is not; the check digits choose.
        NationalNumber in2000 = NationalNumber.parse(withCheck("000229001", true));
        assertEquals(PartialDate.of(2000, 2, 29), in2000.birthDate());
        NationalNumberCheck in1900 = NationalNumber.check(withCheck("000229001", false));
        assertEquals(Reason.BAD_DAY, in1900.reason());
        assertEquals("day 29 does not exist in February 1900: not a leap year (the check digits "
                + withCheck("000229001", false).substring(9) + " place the birth in the 1900s)", in1900.message());
    }

    @Test
    void rejectsLeapDayInCommonYearsOfBothCenturies() {
        for (boolean from2000 : new boolean[] {false, true}) {
            NationalNumberCheck check = NationalNumber.check(withCheck("970229002", from2000));
            assertEquals(Reason.BAD_DAY, check.reason());
            assertTrue(check.message().startsWith("day 29 does not exist in February " + (from2000 ? 2097 : 1997)),
                    check.message());
        }
        NationalNumberCheck bis = NationalNumber.check(withCheck("974229002", false));
        assertEquals("day 29 does not exist in February 1997 (BIS month 42): not a leap year (the check digits "
                + withCheck("974229002", false).substring(9) + " place the birth in the 1900s)", bis.message());
    }

    @Test
    void acceptsLeapDayInLeapYearsOfBothCenturies() {
        assertEquals(PartialDate.of(1996, 2, 29), NationalNumber.parse(withCheck("960229001", false)).birthDate());
        assertEquals(PartialDate.of(2096, 2, 29), NationalNumber.parse(withCheck("960229001", true)).birthDate());
        assertEquals(PartialDate.of(1904, 2, 29), NationalNumber.parse(withCheck("040229001", false)).birthDate());
        assertEquals(PartialDate.of(2004, 2, 29), NationalNumber.parse(withCheck("040229001", true)).birthDate());
        assertEquals(PartialDate.of(2024, 2, 29), NationalNumber.parse(withCheck("244229002", true)).birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "999"})
    void rejectsSerialsThatAreNeverIssued(String serial) {
        NationalNumberCheck check = NationalNumber.check(withCheck("930518" + serial, false));
        assertEquals(Reason.BAD_SERIAL, check.reason());
        assertEquals("serial " + serial + " is not issued (001-998)", check.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "98", "99"})
    void rejectsCheckDigitsNoRuleProduces(String check) {
        NationalNumberCheck result = NationalNumber.check("930518223" + check);
        assertEquals(Reason.BAD_CHECK_DIGITS, result.reason());
        assertTrue(result.message().startsWith("check digits " + check + " do not match"), result.message());
    }

    @Test
    void checkDigitsAre97WhenTheRemainderIsZero() {
        int before2000 = serialWithRemainderZero(930518_000L);
        NationalNumber old = NationalNumber.parse(String.format("930518%03d97", before2000));
        assertEquals(97, old.checkDigits());
        assertEquals(PartialDate.of(1993, 5, 18), old.birthDate());
        assertFalse(NationalNumber.isValid(String.format("930518%03d00", before2000)));

        int from2000 = serialWithRemainderZero(2_930_518_000L);
        NationalNumber young = NationalNumber.parse(String.format("930518%03d97", from2000));
        assertEquals(97, young.checkDigits());
        assertEquals(PartialDate.of(2093, 5, 18), young.birthDate());

        NationalNumber built = NationalNumber.of(PartialDate.of(1993, 5, 18), before2000, NationalNumberKind.RRN);
        assertEquals(97, built.checkDigits());
    }

    @Test
    void reportsTheFirstProblemInReasonOrder() {
        // bad month and wrong check digits: the month is reported
        assertEquals(Reason.BAD_MONTH, NationalNumber.check("93131822300").reason());
        // bad day and serial 000: the day is reported
        assertEquals(Reason.BAD_DAY, NationalNumber.check("93043100000").reason());
        // serial 000 and wrong check digits: the serial is reported
        assertEquals(Reason.BAD_SERIAL, NationalNumber.check("93051800000").reason());
    }

    @Test
    void invalidNumberExceptionIsAnIllegalArgumentException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NationalNumber.parse("93.13.18-223.61"));
        assertEquals(Reason.BAD_MONTH, ((InvalidNationalNumberException) e).reason());
    }

    @Test
    void invalidCheckThrowsOnlyWhenAskedForTheNumber() {
        NationalNumberCheck check = NationalNumber.check("123");
        InvalidNationalNumberException e = assertThrows(InvalidNationalNumberException.class, check::orElseThrow);
        assertEquals(Reason.BAD_LENGTH, e.reason());
        assertEquals("expected 11 digits, got 3", e.getMessage());
        assertEquals(NationalNumber.parse("93051822361"), NationalNumber.check("93051822361").orElseThrow());
    }

    // ---------------------------------------------------------------- unknown dates, overflow, BIS

    @Test
    void readsUnknownDayAndMonthAsUnknownParts() {
        NationalNumber dayUnknown = NationalNumber.parse(withCheck("930500223", false));
        assertEquals(PartialDate.parse("1993-05-00"), dayUnknown.birthDate());
        NationalNumber monthUnknown = NationalNumber.parse(withCheck("930000223", false));
        assertEquals(PartialDate.parse("1993-00-00"), monthUnknown.birthDate());
        assertEquals(OptionalInt.of(1993), monthUnknown.birthYear());
        NationalNumber young = NationalNumber.parse(withCheck("170000224", true));
        assertEquals(PartialDate.parse("2017-00-00"), young.birthDate());
        assertEquals(Optional.of(Sex.FEMALE), young.sex());
    }

    @Test
    void readsOnlyTheYearFromAnOverflowPrefix() {
        NationalNumber overflow = NationalNumber.parse(withCheck("930017001", false));
        assertEquals(PartialDate.ofYear(1993), overflow.birthDate());
        NationalNumber highIndex = NationalNumber.parse(withCheck("170099002", true));
        assertEquals(PartialDate.ofYear(2017), highIndex.birthDate());
        assertEquals(Optional.of(Sex.FEMALE), highIndex.sex());
    }

    @Test
    void readsTheFullyUnknownCodeAsUnknownDate() {
        for (boolean from2000 : new boolean[] {false, true}) {
            NationalNumber unknown = NationalNumber.parse(withCheck("000001123", from2000));
            assertEquals(PartialDate.UNKNOWN, unknown.birthDate());
            assertEquals(OptionalInt.empty(), unknown.birthYear());
            assertEquals(Optional.of(Sex.MALE), unknown.sex());
            assertEquals(NationalNumberKind.RRN, unknown.kind());
        }
    }

    @Test
    void bisNumberWithSexUnknownHasNoSex() {
        NationalNumber bis = NationalNumber.parse(withCheck("982728997", false));
        assertEquals(NationalNumberKind.BIS_SEX_UNKNOWN, bis.kind());
        assertTrue(bis.isBis());
        assertEquals(Optional.empty(), bis.sex());
        assertEquals(PartialDate.of(1998, 7, 28), bis.birthDate());
        assertEquals("982728", bis.prefix());
    }

    @Test
    void bisNumberWithSexKnownReadsSexFromParity() {
        NationalNumber woman = NationalNumber.parse(withCheck("984728996", false));
        assertEquals(NationalNumberKind.BIS_SEX_KNOWN, woman.kind());
        assertEquals(Optional.of(Sex.FEMALE), woman.sex());
        assertEquals(PartialDate.of(1998, 7, 28), woman.birthDate());
    }

    @Test
    void bisNumberWithUnknownMonthGivesYearOnly() {
        assertEquals(PartialDate.ofYear(1998), NationalNumber.parse(withCheck("982000001", false)).birthDate());
        assertEquals(PartialDate.ofYear(2005), NationalNumber.parse(withCheck("054000002", true)).birthDate());
    }

    @Test
    void readsSexFromSerialParity() {
        assertEquals(Optional.of(Sex.MALE), NationalNumber.parse(withCheck("930518001", false)).sex());
        assertEquals(Optional.of(Sex.FEMALE), NationalNumber.parse(withCheck("930518002", false)).sex());
        assertEquals(Optional.of(Sex.MALE), NationalNumber.parse(withCheck("930518997", false)).sex());
        assertEquals(Optional.of(Sex.FEMALE), NationalNumber.parse(withCheck("930518998", false)).sex());
    }

    // ---------------------------------------------------------------- building

    @ParameterizedTest(name = "{0} serial {1} {2} -> {3}")
    @CsvSource({
            "1993-05-18, 223, RRN,             93.05.18-223.61",
            "1942-01-22, 51,  RRN,             42.01.22-051.81",
            "2017-07-30, 33,  RRN,             17.07.30-033.84",
            "1917-07-30, 33,  RRN,             17.07.30-033.55",
            "2000-01-01, 1,   RRN,             00.01.01-001.05",
            "1900-01-01, 1,   RRN,             00.01.01-001.73",
            "1998-07-28, 997, BIS_SEX_KNOWN,   98.47.28-997.65",
            "1993-05,    2,   RRN,             93.05.00-002.",
            "1993,       3,   RRN,             93.00.00-003.",
            "1998,       5,   BIS_SEX_UNKNOWN, 98.20.00-005.",
            "2020-02-29, 4,   BIS_SEX_KNOWN,   20.42.29-004."
    })
    void buildsNumbersWithTheCheckDigitsOfTheBirthCentury(String birth, int serial, NationalNumberKind kind,
                                                         String expectedStart) {
        NationalNumber number = NationalNumber.of(PartialDate.parse(birth), serial, kind);
        assertTrue(number.format().startsWith(expectedStart), number.format());
        assertEquals(withCheck(number.digits().substring(0, 9), PartialDate.parse(birth).year() >= 2000),
                number.digits());
        assertEquals(PartialDate.parse(birth), number.birthDate());
        assertEquals(kind, number.kind());
        assertEquals(serial, number.serial());
    }

    @Test
    void buildsTheFullyUnknownCodeForAnUnknownDate() {
        NationalNumber number = NationalNumber.of(PartialDate.UNKNOWN, 7, NationalNumberKind.RRN);
        assertEquals("000001", number.prefix());
        assertEquals(withCheck("000001007", false), number.digits());
        assertEquals(PartialDate.UNKNOWN, number.birthDate());
        assertThrows(IllegalArgumentException.class,
                () -> NationalNumber.of(PartialDate.UNKNOWN, 7, NationalNumberKind.BIS_SEX_KNOWN));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 999, -1, 1000})
    void refusesToBuildSerialsOutside1To998(int serial) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NationalNumber.of(PartialDate.of(1993, 5, 18), serial, NationalNumberKind.RRN));
        assertEquals("serial " + serial + " is outside 1-998", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2100, 1})
    void refusesToBuildYearsTheCheckDigitsCannotTell(int year) {
        assertThrows(IllegalArgumentException.class,
                () -> NationalNumber.of(PartialDate.ofYear(year), 1, NationalNumberKind.RRN));
    }

    @Test
    void roundTripsManyGeneratedNumbers() {
        Random random = new Random(20240609);
        Set<NationalNumber> seen = new HashSet<>();
        LocalDate first = LocalDate.of(1900, 1, 1);
        int days = (int) (LocalDate.of(2099, 12, 31).toEpochDay() - first.toEpochDay());
        for (int i = 0; i < 20_000; i++) {
            LocalDate day = first.plusDays(random.nextInt(days + 1));
            PartialDate birth = switch (random.nextInt(6)) {
                case 0 -> PartialDate.ofYear(day.getYear());
                case 1 -> PartialDate.ofYearMonth(day.getYear(), day.getMonthValue());
                default -> PartialDate.of(day);
            };
            int serial = 1 + random.nextInt(998);
            NationalNumberKind kind = NationalNumberKind.values()[random.nextInt(3)];
            NationalNumber number = NationalNumber.of(birth, serial, kind);

            assertEquals(number, NationalNumber.parse(number.format()));
            assertEquals(number, NationalNumber.parse(number.digits()));
            assertEquals(number, NationalNumber.parse(" " + number.digits().replaceAll("(..)(..)(..)(...)(..)",
                    "$1 $2 $3 $4 $5") + " "));
            assertEquals(birth, number.birthDate());
            assertEquals(serial, number.serial());
            assertEquals(kind, number.kind());
            assertEquals(day.getYear() >= 2000, number.isBorn2000OrLater());
            assertEquals(withCheck(number.digits().substring(0, 9), day.getYear() >= 2000), number.digits());
            Optional<Sex> expectedSex = kind == NationalNumberKind.BIS_SEX_UNKNOWN ? Optional.empty()
                    : Optional.of(serial % 2 == 1 ? Sex.MALE : Sex.FEMALE);
            assertEquals(expectedSex, number.sex());
            // any other check digits are rejected
            int wrong = (number.checkDigits() + 1 + random.nextInt(98)) % 100;
            String other = withCheck(number.digits().substring(0, 9), !number.isBorn2000OrLater()).substring(9);
            if (wrong != Integer.parseInt(other)) {
                assertFalse(NationalNumber.isValid(number.digits().substring(0, 9)
                        + String.format(Locale.ROOT, "%02d", wrong)));
            }
            seen.add(number);
        }
        assertTrue(seen.size() > 19_000, "generated numbers should be mostly distinct: " + seen.size());
    }

    // ---------------------------------------------------------------- value semantics

    @Test
    void isEqualOnTheElevenDigits() {
        NationalNumber a = NationalNumber.parse("93.05.18-223.61");
        NationalNumber b = NationalNumber.parse("93051822361");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertNotEquals(a, NationalNumber.parse("42.01.22-051.81"));
        assertTrue(NationalNumber.parse("42.01.22-051.81").compareTo(a) < 0);
    }

    @Test
    void exposesItsParts() {
        NationalNumber n = NationalNumber.parse("93051822361");
        assertEquals("93051822361", n.digits());
        assertEquals("93.05.18-223.61", n.format());
        assertEquals("93.05.18-223.61", n.toString());
        assertEquals("930518", n.prefix());
        assertEquals(223, n.serial());
        assertEquals(61, n.checkDigits());
        assertEquals(OptionalInt.of(1993), n.birthYear());
        assertFalse(n.isBis());
    }

    @Test
    void survivesSerialization() throws Exception {
        NationalNumber number = NationalNumber.parse("17.07.30-033.84");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(number);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            NationalNumber read = (NationalNumber) in.readObject();
            assertEquals(number, read);
            assertTrue(read.isBorn2000OrLater());
        }
    }

    @Test
    void checkRecordRefusesInconsistentState() {
        NationalNumber n = NationalNumber.parse("93051822361");
        assertThrows(IllegalArgumentException.class,
                () -> new NationalNumberCheck(true, "x", "93051822361", Reason.BAD_DAY, "m", n));
        assertThrows(IllegalArgumentException.class,
                () -> new NationalNumberCheck(false, "x", null, Reason.BAD_DAY, "m", n));
        assertThrows(IllegalArgumentException.class,
                () -> new NationalNumberCheck(false, "x", null, null, null, null));
    }

    // ---------------------------------------------------------------- helpers (independent of the code under test)

    /** The nine digits followed by {@code 97 - (N mod 97)}, N with the 2-prefix when {@code from2000}. */
    private static String withCheck(String first9, boolean from2000) {
        long n = Long.parseLong(first9) + (from2000 ? 2_000_000_000L : 0L);
        return first9 + String.format(Locale.ROOT, "%02d", 97 - n % 97);
    }

    /** A serial s in 1-998 with (base + s) mod 97 == 0. */
    private static int serialWithRemainderZero(long base) {
        for (int s = 1; s <= 998; s++) {
            if ((base + s) % 97 == 0) {
                return s;
            }
        }
        throw new AssertionError("no serial found");
    }
}
