package be.burgerzaken.kernel.api.calendar;

import be.burgerzaken.kernel.api.calendar.BelgianHolidays.Holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A calendar of working days (werkdagen / jours ouvrables) for deadlines counted in working days, such as
 * the declaration of a change of address and the police residence check (8 working days each,
 * docs/domain.md section 3). Every such deadline in the platform is computed here.
 *
 * <h2>Counting convention</h2>
 * This is the one place where the convention is written down; the methods below refer to it.
 * <ol>
 *   <li>A working day is a day that is not a Saturday, not a Sunday and not a legal holiday
 *       ({@link BelgianHolidays}), plus any extra days a municipality configures. A holiday on a weekend
 *       gives no replacement day.</li>
 *   <li>The day of the event that starts the deadline (moving in, the declaration) does not count; counting
 *       starts on the next day. A deadline of <i>n</i> working days ends at the end of the <i>n</i>-th working
 *       day after the event, and that last day is included: an act done on it is in time.</li>
 *   <li>Because only working days are counted, the last day is always a working day, so the rule of moving a
 *       last day that falls on a Saturday, Sunday or holiday to the next working day is met by
 *       construction.</li>
 *   <li>Dates only: the time of day and time zone (Europe/Brussels) are the caller's concern.</li>
 * </ol>
 * Source: this follows the Judicial Code (Gerechtelijk Wetboek / Code judiciaire) art. 52 (counted from the
 * day after the act or event), art. 53 (the last day is included; moved to the next working day when it is a
 * Saturday, Sunday or legal holiday, which the Code thus treats as not working days). By art. 48 those
 * articles govern procedural acts; applying them to administrative deadlines such as those of the KB of
 * 16 July 1992 on the population registers is by analogy. <b>UNVERIFIED</b>: that the population-register
 * deadlines use this reading (especially that Saturday is not a working day, and that a municipality's own
 * closing days lengthen a deadline). The defaults can be changed with {@link #withRestDays(Collection)},
 * {@link #withExtraHolidays(Collection)} and {@link #withExtraAnnualHoliday(MonthDay, String)}.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return a new calendar.
 */
public final class WorkingDayCalendar {

    /** Code of the {@link Holiday} entries that a municipality configures. */
    public static final String EXTRA_HOLIDAY_CODE = "EXTRA";

    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private static final WorkingDayCalendar BELGIAN = new WorkingDayCalendar(WEEKEND, Set.of(), Map.of());

    private final Set<DayOfWeek> restDays;
    private final Set<LocalDate> extraDates;
    private final Map<MonthDay, String> extraAnnual;

    private WorkingDayCalendar(Set<DayOfWeek> restDays, Set<LocalDate> extraDates,
                               Map<MonthDay, String> extraAnnual) {
        this.restDays = Set.copyOf(restDays);
        this.extraDates = Set.copyOf(extraDates);
        this.extraAnnual = Map.copyOf(extraAnnual);
    }

    /** Saturdays, Sundays and the ten federal legal holidays are not working days; nothing else is excluded. */
    public static WorkingDayCalendar belgian() {
        return BELGIAN;
    }

    // ---------------------------------------------------------------- configuration

    /**
     * This calendar with {@code dates} as extra non-working days, for one-off closures (a day of national
     * mourning, a decision of the college). See the UNVERIFIED note in the class comment.
     */
    public WorkingDayCalendar withExtraHolidays(Collection<LocalDate> dates) {
        Set<LocalDate> union = new HashSet<>(extraDates);
        for (LocalDate date : Objects.requireNonNull(dates, "dates")) {
            union.add(Objects.requireNonNull(date, "extra holiday date"));
        }
        return new WorkingDayCalendar(restDays, union, extraAnnual);
    }

    /**
     * This calendar with a non-working day every year on {@code day}, named {@code name} in every language.
     * For days that are not federal legal holidays and so are not in {@link #belgian()}: 11 July (Day of the
     * Flemish Community), 27 September (French Community), 15 November (German-speaking Community, also
     * King's Day for federal staff), 2 November, 26 December. A 29 February counts only in leap years.
     * Configuring the same day again replaces its name.
     */
    public WorkingDayCalendar withExtraAnnualHoliday(MonthDay day, String name) {
        Objects.requireNonNull(day, "day");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an extra annual holiday needs a name");
        }
        Map<MonthDay, String> annual = new HashMap<>(extraAnnual);
        annual.put(day, name.strip());
        return new WorkingDayCalendar(restDays, extraDates, annual);
    }

    /**
     * This calendar with {@code days} as the weekly rest days instead of Saturday and Sunday, for example only
     * Sunday if the population-register deadlines turn out to count Saturdays (see the class comment).
     */
    public WorkingDayCalendar withRestDays(Collection<DayOfWeek> days) {
        Set<DayOfWeek> rest = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : Objects.requireNonNull(days, "days")) {
            rest.add(Objects.requireNonNull(day, "rest day"));
        }
        if (rest.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("a week needs at least one working day");
        }
        return new WorkingDayCalendar(rest, extraDates, extraAnnual);
    }

    // ---------------------------------------------------------------- questions

    /** Whether {@code date} is a working day: not a rest day (Saturday, Sunday), legal holiday or extra holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return !restDays.contains(date.getDayOfWeek())
                && !extraDates.contains(date)
                && !extraAnnual.containsKey(MonthDay.from(date))
                && !BelgianHolidays.isHoliday(date);
    }

    /**
     * The holidays of {@code year} in this calendar, in date order: the legal holidays, then the configured
     * extras (code {@value #EXTRA_HOLIDAY_CODE}) on dates not already listed. One-off extras carry a generic
     * name.
     */
    public List<Holiday> holidays(int year) {
        List<Holiday> all = new ArrayList<>(BelgianHolidays.of(year));
        Set<LocalDate> listed = new HashSet<>();
        all.forEach(holiday -> listed.add(holiday.date()));
        extraAnnual.forEach((day, name) -> {
            if (day.isValidYear(year) && listed.add(day.atYear(year))) {
                all.add(new Holiday(day.atYear(year), EXTRA_HOLIDAY_CODE,
                        Map.of("nl", name, "fr", name, "de", name, "en", name)));
            }
        });
        for (LocalDate date : new TreeSet<>(extraDates)) {
            if (date.getYear() == year && listed.add(date)) {
                all.add(new Holiday(date, EXTRA_HOLIDAY_CODE, Map.of("nl", "Extra sluitingsdag",
                        "fr", "Jour de fermeture supplémentaire", "de", "Zusätzlicher Schließtag",
                        "en", "Extra closing day")));
            }
        }
        all.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(all);
    }

    /** The first working day strictly after {@code date}; the same as {@code addWorkingDays(date, 1)}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayOnOrAfter(date.plusDays(1));
    }

    /** {@code date} itself when it is a working day, else the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = Objects.requireNonNull(date, "date");
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The {@code n}-th working day after {@code start}, by the counting convention of the class comment:
     * {@code start} itself never counts, whether or not it is a working day. For {@code n = 0}: {@code start}
     * when it is a working day, else the next working day ({@link #workingDayOnOrAfter}).
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must be 0 or more, not " + n);
        }
        if (n == 0) {
            return workingDayOnOrAfter(start);
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; counted++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /**
     * The number of working days {@code d} with {@code fromExclusive < d <= toInclusive}. When
     * {@code toInclusive} is before {@code fromExclusive} the result is the negative of the count the other way
     * round ({@code -workingDaysBetween(toInclusive, fromExclusive)}); on the same date it is 0.
     *
     * <p>The inverse of {@link #addWorkingDays}: {@code workingDaysBetween(s, addWorkingDays(s, n)) == n} for
     * every {@code n >= 1}, and for {@code n = 0} when {@code s} is a working day; and
     * {@code addWorkingDays(s, workingDaysBetween(s, t)) == t} for every working day {@code t} after {@code s}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last day on which an act is in time when it must happen within {@code workingDays} working days of
     * the event on {@code start}: {@link #addWorkingDays(LocalDate, int)}, by the class comment's convention.
     */
    public LocalDate deadline(LocalDate start, int workingDays) {
        return addWorkingDays(start, workingDays);
    }

    /** Whether an act done on {@code actual} misses the deadline of {@code workingDays} working days after {@code start}. */
    public boolean isLate(LocalDate start, int workingDays, LocalDate actual) {
        Objects.requireNonNull(actual, "actual");
        return actual.isAfter(deadline(start, workingDays));
    }

    // ---------------------------------------------------------------- value semantics

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDayCalendar that
                && restDays.equals(that.restDays)
                && extraDates.equals(that.extraDates)
                && extraAnnual.equals(that.extraAnnual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(restDays, extraDates, extraAnnual);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[restDays=" + new TreeSet<>(restDays) + ", legal holidays of Belgium, extra dates="
                + new TreeSet<>(extraDates) + ", extra annual=" + new TreeSet<>(extraAnnual.keySet()) + "]";
    }
}
