package be.burgerzaken.frontoffice.domain;

import be.burgerzaken.kernel.api.calendar.BelgianHolidays;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A counter's opening on a day (openingsuren / heures d'ouverture): the weekly pattern valid on the day, minus the
 * legal holidays of the kernel's calendar and the configured closures; the slot grid (every {@code slotMinutes}
 * from each opening) and which start times fit an appointment of a given duration inside one opening period.
 */
public final class Schedule {
    /** One opening period. */
    public record Period(LocalTime opens, LocalTime closes) {
    }

    private Schedule() {
    }

    /** The opening periods on {@code day} from the weekly rows valid then, by time. */
    public static List<Period> periods(List<OpeningHoursRow> rows, LocalDate day) {
        int weekday = day.getDayOfWeek().getValue();
        List<Period> out = new ArrayList<>();
        for (OpeningHoursRow r : rows) {
            if (r.weekday == weekday && !day.isBefore(r.validFrom) && (r.validTo == null || day.isBefore(r.validTo))) {
                out.add(new Period(r.opens, r.closes));
            }
        }
        out.sort(Comparator.comparing(Period::opens));
        return out;
    }

    /** Why the counter is closed on the day (a legal holiday or a closure), if it is. */
    public static Optional<String> closedBecause(LocalDate day, String counter, List<ClosureRow> closures) {
        for (BelgianHolidays.Holiday h : BelgianHolidays.of(day.getYear())) {
            if (h.date().equals(day)) {
                return Optional.of(h.names().getOrDefault("en", h.code()));
            }
        }
        return closures.stream().filter(c -> c.day.equals(day) && (c.counterCode == null || c.counterCode.equals(counter)))
                .map(c -> c.reason).findFirst();
    }

    /** Every start on the grid where an appointment of {@code minutes} fits inside one period. */
    public static List<LocalTime> starts(List<Period> periods, int slotMinutes, int minutes) {
        List<LocalTime> out = new ArrayList<>();
        for (Period p : periods) {
            for (LocalTime t = p.opens(); !t.plusMinutes(minutes).isAfter(p.closes()) && !t.isBefore(p.opens());
                 t = t.plusMinutes(slotMinutes)) {
                out.add(t);
                if (t.plusMinutes(slotMinutes).isBefore(t)) {
                    break; // wrapped past midnight
                }
            }
        }
        return out;
    }

    /** The grid slots an appointment from {@code start} for {@code minutes} occupies (keys of appointment_slot). */
    public static List<String> slotKeys(String counter, LocalDate day, LocalTime start, int minutes, int slotMinutes) {
        List<String> keys = new ArrayList<>();
        int n = (minutes + slotMinutes - 1) / slotMinutes;
        for (int i = 0; i < n; i++) {
            keys.add(key(counter, day, start.plusMinutes((long) i * slotMinutes)));
        }
        return keys;
    }

    public static String key(String counter, LocalDate day, LocalTime time) {
        return counter + "/" + day + "/" + time.truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * Why an appointment from {@code start} for {@code minutes} cannot be given on the day (closed, outside the
     * opening hours, not on the grid), or empty when it fits.
     */
    public static Optional<String> refusal(List<Period> periods, Optional<String> closed, int slotMinutes,
                                           LocalTime start, int minutes) {
        if (closed.isPresent()) {
            return Optional.of("the counter is closed that day (" + closed.get() + ")");
        }
        if (periods.isEmpty()) {
            return Optional.of("the counter is not open that day");
        }
        for (Period p : periods) {
            if (!start.isBefore(p.opens()) && start.isBefore(p.closes())) {
                if (start.plusMinutes(minutes).isAfter(p.closes())) {
                    return Optional.of("an appointment of " + minutes + " minutes from " + start + " ends after closing at "
                            + p.closes());
                }
                long offset = ChronoUnit.MINUTES.between(p.opens(), start);
                if (offset % slotMinutes != 0) {
                    return Optional.of("appointments start every " + slotMinutes + " minutes from " + p.opens());
                }
                return Optional.empty();
            }
        }
        return Optional.of("outside the opening hours (" + describe(periods) + ")");
    }

    static String describe(List<Period> periods) {
        StringBuilder b = new StringBuilder();
        for (Period p : periods) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(p.opens()).append('-').append(p.closes());
        }
        return b.toString();
    }
}
