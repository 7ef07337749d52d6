package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;
import org.eclipse.microprofile.config.Config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The working-day calendar of the population deadlines from configuration (issue 3, task M), on top of the
 * kernel's Belgian calendar (weekends and the ten federal legal holidays):
 * <ul>
 *     <li>{@code bz.calendar.rest-days}: the weekly rest days, e.g. {@code SUNDAY} or {@code SATURDAY,SUNDAY}
 *     (default);</li>
 *     <li>{@code bz.calendar.extra-annual-holidays}: days off every year, {@code MM-DD} or {@code MM-DD=name},
 *     comma-separated, e.g. {@code 07-11=Feest van de Vlaamse Gemeenschap,11-15};</li>
 *     <li>{@code bz.calendar.extra-dates}: one-off days off, {@code YYYY-MM-DD}, comma-separated.</li>
 * </ul>
 * A bad value stops the start-up with a message naming the key and the value (never silently ignored).
 */
public final class CalendarConfig {
    public static final String REST_DAYS = "bz.calendar.rest-days";
    public static final String EXTRA_ANNUAL = "bz.calendar.extra-annual-holidays";
    public static final String EXTRA_DATES = "bz.calendar.extra-dates";

    private CalendarConfig() {
    }

    /** The calendar configured in {@code config}. */
    public static WorkingDayCalendar fromConfig(Config config) {
        return parse(config.getOptionalValue(REST_DAYS, String.class).orElse(null),
                config.getOptionalValue(EXTRA_ANNUAL, String.class).orElse(null),
                config.getOptionalValue(EXTRA_DATES, String.class).orElse(null));
    }

    /** The calendar from the three values (null or blank = the default); IllegalStateException on a bad value. */
    public static WorkingDayCalendar parse(String restDays, String extraAnnual, String extraDates) {
        WorkingDayCalendar calendar = WorkingDayCalendar.belgian();
        List<String> rest = items(restDays);
        if (!rest.isEmpty()) {
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String d : rest) {
                try {
                    days.add(DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw bad(REST_DAYS, d, "a day of the week (MONDAY ... SUNDAY)");
                }
            }
            try {
                calendar = calendar.withRestDays(days);
            } catch (IllegalArgumentException e) {
                throw bad(REST_DAYS, restDays, e.getMessage());
            }
        }
        for (String item : items(extraAnnual)) {
            int eq = item.indexOf('=');
            String day = (eq < 0 ? item : item.substring(0, eq)).strip();
            String name = eq < 0 || item.substring(eq + 1).isBlank() ? "configured holiday " + day
                    : item.substring(eq + 1).strip();
            try {
                calendar = calendar.withExtraAnnualHoliday(MonthDay.parse("--" + day), name);
            } catch (DateTimeParseException e) {
                throw bad(EXTRA_ANNUAL, item, "MM-DD or MM-DD=name, e.g. 07-11=Feest van de Vlaamse Gemeenschap");
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String item : items(extraDates)) {
            try {
                dates.add(LocalDate.parse(item));
            } catch (DateTimeParseException e) {
                throw bad(EXTRA_DATES, item, "a date YYYY-MM-DD");
            }
        }
        return dates.isEmpty() ? calendar : calendar.withExtraHolidays(dates);
    }

    private static List<String> items(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static IllegalStateException bad(String key, String value, String expected) {
        return new IllegalStateException(key + ": '" + value + "' is not " + expected);
    }
}
