package be.burgerzaken.kernel.api.identity;

import be.burgerzaken.kernel.api.identity.InvalidNationalNumberException.Reason;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Belgian national register number (rijksregisternummer / numéro de registre national, RRN) or BIS number
 * (BIS-nummer / numéro BIS): together the INSZ / NISS (identificatienummer van de sociale zekerheid / numéro
 * d'identification de la sécurité sociale).
 *
 * <p>Eleven digits {@code YYMMDD SSS CC}, printed {@code YY.MM.DD-SSS.CC}: the birth date (unknown parts
 * 00, month + 20 or + 40 for BIS numbers, see {@link NationalNumberKind}), a serial (reeksnummer / numéro
 * d'ordre, 001-998) and check digits (controlegetal / nombre de contrôle) {@code 97 - (N mod 97)}, where N is
 * the first nine digits, prefixed with a {@code 2} for people born in 2000 or later. Because 2,000,000,000
 * mod 97 = 68, the check digits tell the century. Special prefixes: {@code 000001} codes a fully unknown
 * birth date; once a date's serials are exhausted numbering continues as {@code YY0000}, {@code YY0001}...
 * (see {@link NationalNumberSeries}), so month 00 does not always mean "unknown".
 * Source: KB 3 April 1984 (amended 1997, 1998, 2007), docs/domain.md section 1.
 *
 * <p>Immutable; equal when the 11 digits are equal. Instances are valid by construction: obtain them with
 * {@link #parse(String)}, {@link #check(String)} or {@link #of(PartialDate, int, NationalNumberKind)}.
 */
public final class NationalNumber implements Comparable<NationalNumber>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The first six digits that code a fully unknown birth date. */
    static final String FULLY_UNKNOWN_PREFIX = "000001";

    /** Added to the first nine digits before computing the check digits of people born in 2000 or later. */
    private static final long PREFIX_2000 = 2_000_000_000L;

    private final String digits;
    private final boolean born2000OrLater;

    private NationalNumber(String digits, boolean born2000OrLater) {
        this.digits = digits;
        this.born2000OrLater = born2000OrLater;
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a number in any common notation: {@code 93051822361}, {@code 93.05.18-223.61},
     * {@code 93 05 18 223 61}, {@code 930518-223-61}, with or without surrounding spaces. Spaces (including
     * non-breaking ones), dots, hyphens (and other dashes) and slashes are ignored wherever they stand.
     *
     * @throws InvalidNationalNumberException with the {@link Reason} and a precise message when invalid
     */
    public static NationalNumber parse(String text) {
        return check(text).orElseThrow();
    }

    /** Whether {@code text} is a valid number in any notation {@link #parse(String)} accepts. */
    public static boolean isValid(String text) {
        return check(text).valid();
    }

    /**
     * Checks a text without throwing: the result tells whether it is valid, the normalized digits, and
     * otherwise the {@link Reason} and a precise English message. Checks run in the order of
     * {@link Reason}: characters, length, month, day, serial, check digits; a 29 February is checked last,
     * once the check digits have told the century.
     */
    public static NationalNumberCheck check(String input) {
        if (input == null) {
            return NationalNumberCheck.invalid(null, null, Reason.EMPTY, "no national number given");
        }
        StringBuilder digits = new StringBuilder(11);
        int position = 0;
        for (int i = 0; i < input.length(); ) {
            int cp = input.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            if (cp >= '0' && cp <= '9') {
                digits.append((char) cp);
            } else if (!isSeparator(cp)) {
                return NationalNumberCheck.invalid(input, null, Reason.BAD_CHARACTERS, "character " + show(cp)
                        + " at position " + position + " is not a digit or a separator (space . - /)");
            }
        }
        if (digits.length() == 0) {
            return NationalNumberCheck.invalid(input, null, Reason.EMPTY, "national number is empty");
        }
        if (digits.length() != 11) {
            return NationalNumberCheck.invalid(input, null, Reason.BAD_LENGTH,
                    "expected 11 digits, got " + digits.length());
        }
        return validate(input, digits.toString());
    }

    private static NationalNumberCheck validate(String input, String d) {
        int yy = Integer.parseInt(d.substring(0, 2));
        int encodedMonth = Integer.parseInt(d.substring(2, 4));
        int day = Integer.parseInt(d.substring(4, 6));
        int serial = Integer.parseInt(d.substring(6, 9));
        int check = Integer.parseInt(d.substring(9, 11));

        NationalNumberKind kind = NationalNumberKind.ofEncodedMonth(encodedMonth);
        if (kind == null) {
            return NationalNumberCheck.invalid(input, d, Reason.BAD_MONTH, "month " + two(encodedMonth)
                    + " is not valid for a national register number (00-12) nor a BIS number (20-32, 40-52)");
        }
        int month = encodedMonth - kind.monthOffset();
        String bisNote = kind.isBis() ? " (BIS month " + two(encodedMonth) + ")" : "";
        // Month 00: the day is unknown (00), the fully unknown code (000001) or an overflow index (YY00nn).
        if (month != 0 && day > 31) {
            return NationalNumberCheck.invalid(input, d, Reason.BAD_DAY,
                    "day " + two(day) + " is not valid (01-31, or 00 when unknown)");
        }
        if (month != 0 && day > Month.of(month).maxLength()) {
            return NationalNumberCheck.invalid(input, d, Reason.BAD_DAY,
                    "day " + two(day) + " does not exist in " + monthName(month) + bisNote);
        }
        if (serial == 0 || serial == 999) {
            return NationalNumberCheck.invalid(input, d, Reason.BAD_SERIAL,
                    "serial " + d.substring(6, 9) + " is not issued (001-998)");
        }
        long first9 = Long.parseLong(d.substring(0, 9));
        int before2000 = checkDigitsFor(first9, false);
        int from2000 = checkDigitsFor(first9, true);
        if (check != before2000 && check != from2000) {
            return NationalNumberCheck.invalid(input, d, Reason.BAD_CHECK_DIGITS, "check digits " + two(check)
                    + " do not match: expected " + two(before2000) + " (born before 2000) or " + two(from2000)
                    + " (born 2000 or later)");
        }
        boolean born2000OrLater = check == from2000;
        int year = (born2000OrLater ? 2000 : 1900) + yy;
        if (month == 2 && day == 29 && !Year.isLeap(year)) {
            return NationalNumberCheck.invalid(input, d, Reason.BAD_DAY, "day 29 does not exist in February "
                    + year + bisNote + ": not a leap year (the check digits " + two(check) + " place the birth in "
                    + (born2000OrLater ? "2000 or later" : "the 1900s") + ")");
        }
        return NationalNumberCheck.ok(input, new NationalNumber(d, born2000OrLater));
    }

    /** {@code 97 - (N mod 97)}, N = the first nine digits, plus 2,000,000,000 for births from 2000: 1-97. */
    private static int checkDigitsFor(long first9, boolean born2000OrLater) {
        long n = born2000OrLater ? PREFIX_2000 + first9 : first9;
        return (int) (97 - n % 97);
    }

    private static boolean isSeparator(int cp) {
        return cp == '.' || cp == '-' || cp == '/' || cp == '\u2212'
                || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.DASH_PUNCTUATION;
    }

    private static String show(int cp) {
        String hex = String.format(Locale.ROOT, "U+%04X", cp);
        int type = Character.getType(cp);
        boolean visible = !Character.isISOControl(cp) && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE;
        return visible ? "'" + new String(Character.toChars(cp)) + "' (" + hex + ")" : hex;
    }

    private static String two(int value) {
        return String.format(Locale.ROOT, "%02d", value);
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    // ---------------------------------------------------------------- building

    /**
     * The number for a birth date, serial and kind, with the check digits of the birth century (2-prefix for
     * years 2000 and later). A fully unknown birth date gives the prefix {@code 000001} with the pre-2000
     * check rule; that code is documented for the National Register only, so BIS kinds reject it.
     *
     * @param birthDate the birth date; a known year must lie in 1900-2099 (the check digits tell only two
     *                  centuries)
     * @param serial    1-998; its parity should follow the sex for {@link NationalNumberKind#RRN} and
     *                  {@link NationalNumberKind#BIS_SEX_KNOWN} (see {@link NationalNumberSeries})
     * @throws IllegalArgumentException for a serial outside 1-998, a year outside 1900-2099, or a fully
     *                                  unknown date with a BIS kind
     */
    public static NationalNumber of(PartialDate birthDate, int serial, NationalNumberKind kind) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(kind, "kind");
        requireSerial(serial);
        if (birthDate.isUnknown()) {
            if (kind != NationalNumberKind.RRN) {
                throw new IllegalArgumentException("a fully unknown birth date is coded 000001 only in national"
                        + " register numbers; no BIS coding is documented");
            }
            return compose(FULLY_UNKNOWN_PREFIX, serial, false);
        }
        int year = birthDate.year();
        if (year < 1900 || year > 2099) {
            throw new IllegalArgumentException("birth year " + year
                    + " cannot be encoded: the check digits distinguish only 1900-1999 and 2000-2099");
        }
        String prefix = String.format(Locale.ROOT, "%02d%02d%02d",
                year % 100, birthDate.month() + kind.monthOffset(), birthDate.day());
        return compose(prefix, serial, year >= 2000);
    }

    /**
     * The number with the given six-digit prefix and serial and the check digits of the given century,
     * validated like a parsed number (shared by {@link #of} and {@link NationalNumberSeries}).
     *
     * @throws InvalidNationalNumberException when the prefix or serial makes no valid number
     */
    static NationalNumber compose(String prefix, int serial, boolean born2000OrLater) {
        requireSerial(serial);
        if (prefix == null || !prefix.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("prefix must be 6 digits, got '" + prefix + "'");
        }
        String first9 = prefix + String.format(Locale.ROOT, "%03d", serial);
        String digits = first9 + two(checkDigitsFor(Long.parseLong(first9), born2000OrLater));
        return check(digits).orElseThrow();
    }

    private static void requireSerial(int serial) {
        if (serial < 1 || serial > 998) {
            throw new IllegalArgumentException("serial " + serial + " is outside 1-998");
        }
    }

    // ---------------------------------------------------------------- parts

    /** The 11 digits without separators, e.g. {@code 93051822361}. */
    public String digits() {
        return digits;
    }

    /** The printed form {@code YY.MM.DD-SSS.CC}, e.g. {@code 93.05.18-223.61}. */
    public String format() {
        return digits.substring(0, 2) + '.' + digits.substring(2, 4) + '.' + digits.substring(4, 6) + '-'
                + digits.substring(6, 9) + '.' + digits.substring(9, 11);
    }

    /** The {@linkplain #format() printed form}. */
    @Override
    public String toString() {
        return format();
    }

    /** The first six digits as written (with any BIS month offset), e.g. {@code 930518}. */
    public String prefix() {
        return digits.substring(0, 6);
    }

    /** National register number or BIS number, read from the month digits. */
    public NationalNumberKind kind() {
        return NationalNumberKind.ofEncodedMonth(encodedMonth());
    }

    /** True for BIS numbers. */
    public boolean isBis() {
        return kind().isBis();
    }

    /** The serial (reeksnummer / numéro d'ordre), 1-998. */
    public int serial() {
        return Integer.parseInt(digits.substring(6, 9));
    }

    /** The check digits (controlegetal / nombre de contrôle), 1-97. */
    public int checkDigits() {
        return Integer.parseInt(digits.substring(9, 11));
    }

    /**
     * Whether the check digits follow the rule for births in 2000 or later. For the fully unknown code
     * {@code 000001} this tells the rule used at issue, not a known birth year.
     */
    public boolean isBorn2000OrLater() {
        return born2000OrLater;
    }

    /**
     * The birth date as far as the number tells it, with the four-digit year the check digits decide and the
     * BIS offset removed: {@code 93.05.18-223.61} gives 1993-05-18, {@code 17.07.30-033.84} 2017-07-30,
     * {@code 98.47.28-997.65} 1998-07-28. Unknown parts stay 0 ({@code 930500} gives 1993-05-00). The fully
     * unknown code {@code 000001} gives 0000-00-00. With month 00 only the year can be read: the day digits
     * are then either unknown (00) or an index in the overflow series {@code YY0001}, {@code YY0002}...
     */
    public PartialDate birthDate() {
        if (prefix().equals(FULLY_UNKNOWN_PREFIX)) {
            return PartialDate.UNKNOWN;
        }
        int year = (born2000OrLater ? 2000 : 1900) + Integer.parseInt(digits.substring(0, 2));
        int month = encodedMonth() - kind().monthOffset();
        if (month == 0) {
            return PartialDate.ofYear(year);
        }
        return PartialDate.of(year, month, Integer.parseInt(digits.substring(4, 6)));
    }

    /** The four-digit birth year, empty only for the fully unknown code {@code 000001}. */
    public OptionalInt birthYear() {
        PartialDate birth = birthDate();
        return birth.isUnknown() ? OptionalInt.empty() : OptionalInt.of(birth.year());
    }

    /**
     * The sex the serial encodes: present for national register numbers and BIS numbers issued with the sex
     * known, empty for {@link NationalNumberKind#BIS_SEX_UNKNOWN}. This is the sex at issue: a change of
     * registered sex issues a new number.
     */
    public Optional<Sex> sex() {
        return kind().encodesSex() ? Optional.of(sexFromSerial(serial())) : Optional.empty();
    }

    /*
     * THE sex-from-serial rule (KB 3 April 1984; docs/domain.md section 1): odd serial = man (001-997), even
     * serial = woman (002-998). Since 2018 a change of registered sex cancels the number and issues a new one
     * (IT 004), so the rule still holds for current numbers. A "gender-neutral number" reform is UNVERIFIED:
     * this method is the only place that reads a sex from a serial. NationalNumberSeries holds the inverse
     * (allocation) rule; NationalNumberSeriesTest ties both together.
     */
    private static Sex sexFromSerial(int serial) {
        return serial % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    private int encodedMonth() {
        return Integer.parseInt(digits.substring(2, 4));
    }

    // ---------------------------------------------------------------- identity

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalNumber n && n.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Orders by the 11 digits. */
    @Override
    public int compareTo(NationalNumber other) {
        return digits.compareTo(other.digits);
    }

    private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        NationalNumberCheck result = check(digits);
        if (!result.valid() || !digits.equals(result.normalized())
                || result.number().born2000OrLater != born2000OrLater) {
            throw new InvalidObjectException("not a valid national number: " + digits);
        }
    }
}
