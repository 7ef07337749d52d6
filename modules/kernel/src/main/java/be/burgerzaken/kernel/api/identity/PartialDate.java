package be.burgerzaken.kernel.api.identity;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A possibly incomplete date of birth or death (onvolledige datum / date incomplète), as the National
 * Register records it: unknown parts are 0 and written {@code 00}.
 *
 * <p>Allowed shapes: {@code YYYY-MM-DD}, {@code YYYY-MM-00}, {@code YYYY-00-00} and the fully unknown
 * {@code 0000-00-00} (a day requires a month, a month requires a year). Known years are 1-9999; a known day
 * must exist in the calendar (leap years included).
 *
 * <p>The {@linkplain #storageForm() storage form} {@code YYYY-MM-DD} is what the database keeps; it sorts as
 * a string in the same order as {@link #compareTo}, with unknown parts before known ones.
 */
public final class PartialDate implements Comparable<PartialDate>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The fully unknown date {@code 0000-00-00}. */
    public static final PartialDate UNKNOWN = new PartialDate(0, 0, 0);

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    /** Bounds used by {@link #earliestPossible()} / {@link #latestPossible()} when the year is unknown. */
    private static final LocalDate FIRST_REPRESENTABLE = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_REPRESENTABLE = LocalDate.of(9999, 12, 31);

    private final int year;
    private final int month;
    private final int day;

    private PartialDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /**
     * A date from its parts, 0 meaning unknown.
     *
     * @throws IllegalArgumentException with a precise message when a part is out of range, a day is given
     *         without a month or a month without a year, or the day does not exist in that month and year
     */
    public static PartialDate of(int year, int month, int day) {
        String problem = problem(year, month, day);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return year == 0 ? UNKNOWN : new PartialDate(year, month, day);
    }

    /** A date of which only the year is known. */
    public static PartialDate ofYear(int year) {
        if (year == 0) {
            throw new IllegalArgumentException("year 0 means unknown; use PartialDate.UNKNOWN");
        }
        return of(year, 0, 0);
    }

    /** A date of which the year and month are known, the day not. */
    public static PartialDate ofYearMonth(int year, int month) {
        if (month == 0) {
            throw new IllegalArgumentException("month 0 means unknown; use PartialDate.ofYear");
        }
        return of(year, month, 0);
    }

    /** A complete date. */
    public static PartialDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The fully unknown date {@code 0000-00-00}. */
    public static PartialDate unknown() {
        return UNKNOWN;
    }

    /**
     * Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, with {@code 00} (or {@code 0000}) for unknown
     * parts; surrounding spaces are ignored. Examples: {@code 1993-05-18}, {@code 1993-05}, {@code 1993},
     * {@code 1993-00-00}, {@code 1993-05-00}, {@code 0000-00-00}.
     *
     * @throws IllegalArgumentException when the text has another shape or the date is impossible
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a partial date: expected YYYY, YYYY-MM or"
                    + " YYYY-MM-DD with 00 for unknown parts");
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return of(y, mo, d);
    }

    /** The year, 0 when unknown. */
    public int year() {
        return year;
    }

    /** The month 1-12, 0 when unknown. */
    public int month() {
        return month;
    }

    /** The day of the month, 0 when unknown. */
    public int day() {
        return day;
    }

    /** True when year, month and day are all known. */
    public boolean isComplete() {
        return day != 0;
    }

    /** True for {@code 0000-00-00}. */
    public boolean isUnknown() {
        return year == 0;
    }

    /** The calendar date, only when {@linkplain #isComplete() complete}. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /**
     * The first calendar day this date may stand for: the date itself when complete, else the first day of
     * the known month or year; 0001-01-01 when nothing is known.
     */
    public LocalDate earliestPossible() {
        if (year == 0) {
            return FIRST_REPRESENTABLE;
        }
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /**
     * The last calendar day this date may stand for: the date itself when complete, else the last day of
     * the known month or year; 9999-12-31 when nothing is known.
     */
    public LocalDate latestPossible() {
        if (year == 0) {
            return LAST_REPRESENTABLE;
        }
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        LocalDate firstOfMonth = LocalDate.of(year, month, 1);
        return day == 0 ? firstOfMonth.withDayOfMonth(firstOfMonth.lengthOfMonth()) : firstOfMonth.withDayOfMonth(day);
    }

    /**
     * Whether this (recorded) date may be the date the search {@code query} asks for: every part known on
     * both sides must be equal. Parts the query leaves unknown match anything ({@code 1993} finds
     * {@code 1993-05-18}), and so do parts unknown on this side: a person recorded as {@code 1993-05-00} is
     * found by the query {@code 1993-05-18}, and one recorded as {@code 0000-00-00} by every query, because
     * they may be born on that day. The relation is therefore symmetric and equals "the ranges
     * [{@link #earliestPossible()}, {@link #latestPossible()}] of both dates overlap". Callers that want only
     * exact knowledge add a condition on {@link #isComplete()}.
     */
    public boolean matches(PartialDate query) {
        Objects.requireNonNull(query, "query");
        return compatible(year, query.year) && compatible(month, query.month) && compatible(day, query.day);
    }

    private static boolean compatible(int ours, int theirs) {
        return ours == 0 || theirs == 0 || ours == theirs;
    }

    /**
     * The age in completed years on {@code referenceDate}, only when every day this date may stand for gives
     * the same answer: {@code 1993} has a determinable age on 2024-12-31 (31) but not on 2024-06-01 (30 or
     * 31). Empty when the year is unknown or when the person may not be born yet on {@code referenceDate}.
     */
    public OptionalInt ageOn(LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        if (year == 0 || referenceDate.isBefore(latestPossible())) {
            return OptionalInt.empty();
        }
        int oldest = completedYears(earliestPossible(), referenceDate);
        int youngest = completedYears(latestPossible(), referenceDate);
        return oldest == youngest ? OptionalInt.of(oldest) : OptionalInt.empty();
    }

    /**
     * Completed years between a birth day and a reference day, with java.time semantics: someone born on
     * 29 February completes a year on 1 March in common years. (The legal rule for 29 February is
     * UNVERIFIED; this is the one place to change it.)
     */
    private static int completedYears(LocalDate birth, LocalDate on) {
        return Period.between(birth, on).getYears();
    }

    /** {@code YYYY-MM-DD} with {@code 00} (or {@code 0000}) for unknown parts, e.g. {@code 1993-05-00}. */
    public String storageForm() {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** The {@linkplain #storageForm() storage form}. */
    @Override
    public String toString() {
        return storageForm();
    }

    /** Orders as the storage form sorts: by year, month, day, with unknown (0) parts first. */
    @Override
    public int compareTo(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        return c != 0 ? c : Integer.compare(day, other.day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day;
    }

    @Override
    public int hashCode() {
        return (year * 100 + month) * 100 + day;
    }

    private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        String problem = problem(year, month, day);
        if (problem != null) {
            throw new InvalidObjectException(problem);
        }
    }

    /** Why the parts do not form a partial date, or {@code null} when they do. */
    private static String problem(int year, int month, int day) {
        if (year < 0 || year > 9999) {
            return "year " + year + " is out of range (1-9999, or 0 when unknown)";
        }
        if (month < 0 || month > 12) {
            return "month " + month + " is not valid (1-12, or 0 when unknown)";
        }
        if (day < 0 || day > 31) {
            return "day " + day + " is not valid (1-31, or 0 when unknown)";
        }
        if (year == 0 && month != 0) {
            return "month " + month + " given without a year: a known month requires a known year";
        }
        if (month == 0 && day != 0) {
            return "day " + day + " given without a month: a known day requires a known month";
        }
        if (day != 0 && day > Month.of(month).length(Year.isLeap(year))) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            boolean leapDay = month == 2 && day == 29;
            return "day " + day + " does not exist in " + monthName + " " + year
                    + (leapDay ? " (not a leap year)" : "");
        }
        return null;
    }
}
