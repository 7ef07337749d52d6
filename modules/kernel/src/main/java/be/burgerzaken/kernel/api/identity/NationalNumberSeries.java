package be.burgerzaken.kernel.api.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The allocation rule for new national register numbers (toekenning van het rijksregisternummer /
 * attribution du numéro de registre national): which prefixes and serials (reeksnummers / numéros d'ordre)
 * a person with a given birth date and sex may receive. Pure: the allocator that stores the last serial per
 * (prefix, century, parity) asks this class what comes next.
 *
 * <p>Rules (KB 3 April 1984, amended 2007; docs/domain.md section 1):
 * <ul>
 *   <li>Prefix {@code YYMMDD} with 00 for an unknown month and/or day; {@code 000001} for a fully unknown
 *       birth date.</li>
 *   <li>Serials in order of registration per prefix: men odd 001, 003 ... 997, women even 002 ... 998
 *       (step 2). This is the inverse of the sex-from-serial rule in {@link NationalNumber#sex()}.</li>
 *   <li>When a prefix is exhausted numbering continues as {@code YY0000}, {@code YY0001}, ...; month 00 is
 *       then not "unknown". Design decisions (the continuation beyond the first steps is UNVERIFIED): the
 *       overflow index stops at 99 ({@code YY0099}) because {@code YY0100} would read as January; for year
 *       {@code 00} the index 1 is skipped because {@code 000001} is the fully-unknown code; the fully
 *       unknown prefix {@code 000001} has no documented continuation.</li>
 *   <li>The check digits depend on the century (2-prefix for 2000 and later), so 1993 and 2093 are separate
 *       series with the same prefix. A fully unknown date uses the pre-2000 rule (century 19).</li>
 * </ul>
 * National register numbers only: BIS numbers are issued by the Crossroads Bank for Social Security.
 */
public final class NationalNumberSeries {

    /** Distance between two serials of the same sex. */
    public static final int STEP = 2;

    /** The last overflow index: {@code YY0099}. */
    public static final int MAX_OVERFLOW_INDEX = 99;

    private final PartialDate birthDate;
    private final Sex sex;

    private NationalNumberSeries(PartialDate birthDate, Sex sex) {
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /**
     * The series for a birth date (known year in 1900-2099, or fully unknown) and a sex.
     *
     * @throws IllegalArgumentException for {@link Sex#UNKNOWN} (a national register number encodes the sex)
     *                                  or a year outside 1900-2099
     */
    public static NationalNumberSeries of(PartialDate birthDate, Sex sex) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        if (sex == Sex.UNKNOWN) {
            throw new IllegalArgumentException("a national register number encodes the sex: MALE or FEMALE"
                    + " required, got UNKNOWN");
        }
        if (!birthDate.isUnknown()) {
            requireYear(birthDate.year());
        }
        return new NationalNumberSeries(birthDate, sex);
    }

    public PartialDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    /** {@code YYMMDD} with 00 for unknown parts, {@code 000001} for a fully unknown date. */
    public String prefix() {
        if (birthDate.isUnknown()) {
            return NationalNumber.FULLY_UNKNOWN_PREFIX;
        }
        return String.format(Locale.ROOT, "%02d%02d%02d",
                birthDate.year() % 100, birthDate.month(), birthDate.day());
    }

    /** Whether the check digits use the 2000+ rule; false for a fully unknown date. */
    public boolean isBorn2000OrLater() {
        return birthDate.year() >= 2000;
    }

    /** The century key for the allocator: 20 for births in 2000 or later, else 19. */
    public int century() {
        return isBorn2000OrLater() ? 20 : 19;
    }

    /** The parity key for the allocator: 1 (odd serials, men) or 0 (even serials, women). */
    public int parity() {
        return firstSerial() % 2;
    }

    /*
     * The allocation rule (KB 3 April 1984): men odd 001-997, women even 002-998. Inverse of
     * NationalNumber.sexFromSerial; number(...) verifies both agree on every number it builds.
     */

    /** 1 for men, 2 for women. */
    public int firstSerial() {
        return sex == Sex.MALE ? 1 : 2;
    }

    /** Always {@link #STEP} (2). */
    public int step() {
        return STEP;
    }

    /** 997 for men, 998 for women. */
    public int lastSerial() {
        return sex == Sex.MALE ? 997 : 998;
    }

    /**
     * The serial after {@code lastIssuedSerial} in one prefix, or empty when the prefix is exhausted.
     *
     * @param lastIssuedSerial the last serial handed out for this prefix, century and parity; 0 when none
     * @throws IllegalArgumentException when {@code lastIssuedSerial} is not 0 nor a serial of this series
     */
    public OptionalInt nextSerial(int lastIssuedSerial) {
        if (lastIssuedSerial == 0) {
            return OptionalInt.of(firstSerial());
        }
        requireSerialOfThisSex(lastIssuedSerial);
        int next = lastIssuedSerial + STEP;
        return next <= lastSerial() ? OptionalInt.of(next) : OptionalInt.empty();
    }

    /**
     * The prefixes in allocation order: {@link #prefix()} first, then the overflow prefixes of the birth
     * year ({@code YY0000} ... {@code YY0099}, without repeating {@code prefix()}). Only {@code 000001} for
     * a fully unknown date.
     */
    public List<String> prefixes() {
        List<String> result = new ArrayList<>();
        String p = prefix();
        result.add(p);
        for (Optional<String> next = nextOverflowPrefix(p); next.isPresent(); next = nextOverflowPrefix(next.get())) {
            result.add(next.get());
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * The number with one of this series' {@linkplain #prefixes() prefixes} and a serial of this sex.
     *
     * @throws IllegalArgumentException when the prefix or serial does not belong to this series
     */
    public NationalNumber number(String prefix, int serial) {
        if (!prefixes().contains(prefix)) {
            throw new IllegalArgumentException("prefix " + prefix + " does not belong to the series of "
                    + birthDate + " (" + prefix() + ")");
        }
        requireSerialOfThisSex(serial);
        NationalNumber number = numberFor(prefix, birthDate.year(), serial);
        if (!number.sex().equals(Optional.of(sex))) {
            throw new IllegalStateException("allocation rule and NationalNumber.sex() disagree for " + number);
        }
        return number;
    }

    private void requireSerialOfThisSex(int serial) {
        if (serial < firstSerial() || serial > lastSerial() || serial % 2 != parity()) {
            throw new IllegalArgumentException("serial " + serial + " is not a " + sex + " serial ("
                    + firstSerial() + "-" + lastSerial() + ", step " + STEP + ")");
        }
    }

    // ---------------------------------------------------------------- overflow and building

    /**
     * The overflow prefix {@code YY} + four-digit {@code index}: {@code overflowPrefix(1993, 0)} is
     * {@code 930000}, {@code overflowPrefix(1993, 1)} is {@code 930001}.
     *
     * @param year  the full birth year, 1900-2099
     * @param index 0-{@value #MAX_OVERFLOW_INDEX}; not 1 for years ending in 00 ({@code 000001} is reserved)
     */
    public static String overflowPrefix(int year, int index) {
        requireYear(year);
        if (index < 0 || index > MAX_OVERFLOW_INDEX) {
            throw new IllegalArgumentException("overflow index " + index + " is outside 0-" + MAX_OVERFLOW_INDEX
                    + " (a higher index would read as a month)");
        }
        String prefix = String.format(Locale.ROOT, "%02d%04d", year % 100, index);
        if (prefix.equals(NationalNumber.FULLY_UNKNOWN_PREFIX)) {
            throw new IllegalArgumentException("prefix 000001 is reserved for a fully unknown birth date");
        }
        return prefix;
    }

    /**
     * The prefix to continue with when {@code prefix} is exhausted: {@code YY0000} after a dated prefix
     * ({@code YYMMDD} or {@code YYMM00}), {@code YY00nn+1} after {@code YY00nn} (skipping {@code 000001});
     * empty after {@code YY0099} and after the fully unknown {@code 000001}.
     *
     * @throws IllegalArgumentException when {@code prefix} is not a national register number prefix
     */
    public static Optional<String> nextOverflowPrefix(String prefix) {
        requirePrefix(prefix);
        if (prefix.equals(NationalNumber.FULLY_UNKNOWN_PREFIX)) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(prefix.substring(0, 2));
        int month = Integer.parseInt(prefix.substring(2, 4));
        int next = month != 0 ? 0 : Integer.parseInt(prefix.substring(4, 6)) + 1;
        if (yy == 0 && next == 1) {
            next = 2;
        }
        if (next > MAX_OVERFLOW_INDEX) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%02d%04d", yy, next));
    }

    /**
     * The national register number with this prefix and serial and the check digits of {@code fullYear}'s
     * century.
     *
     * @param prefix   a national register number prefix (month 00-12), including overflow prefixes
     * @param fullYear the birth year, 1900-2099, ending in the prefix's {@code YY}; 0 only with
     *                 {@code 000001} (fully unknown date, pre-2000 check rule)
     * @param serial   1-998
     * @throws IllegalArgumentException when the parts make no valid number
     */
    public static NationalNumber numberFor(String prefix, int fullYear, int serial) {
        requirePrefix(prefix);
        if (prefix.equals(NationalNumber.FULLY_UNKNOWN_PREFIX) || fullYear == 0) {
            if (!prefix.equals(NationalNumber.FULLY_UNKNOWN_PREFIX) || fullYear != 0) {
                throw new IllegalArgumentException("year 0 (unknown) goes with prefix 000001 and only with it;"
                        + " got prefix " + prefix + " and year " + fullYear);
            }
            return NationalNumber.compose(prefix, serial, false);
        }
        requireYear(fullYear);
        if (fullYear % 100 != Integer.parseInt(prefix.substring(0, 2))) {
            throw new IllegalArgumentException("prefix " + prefix + " does not start with the year " + fullYear);
        }
        return NationalNumber.compose(prefix, serial, fullYear >= 2000);
    }

    private static void requireYear(int year) {
        if (year < 1900 || year > 2099) {
            throw new IllegalArgumentException("birth year " + year
                    + " cannot be encoded: the check digits distinguish only 1900-1999 and 2000-2099");
        }
    }

    private static void requirePrefix(String prefix) {
        if (prefix == null || !prefix.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a prefix is 6 digits, got '" + prefix + "'");
        }
        int month = Integer.parseInt(prefix.substring(2, 4));
        int day = Integer.parseInt(prefix.substring(4, 6));
        if (month > 12) {
            throw new IllegalArgumentException("prefix " + prefix + " has month " + prefix.substring(2, 4)
                    + ": national register numbers use 00-12");
        }
        if (month != 0 && day > 31) {
            throw new IllegalArgumentException("prefix " + prefix + " has day " + prefix.substring(4, 6));
        }
    }
}
