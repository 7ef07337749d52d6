package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated rule for a legal deadline (termijn / délai): {@code amount} working or calendar days after the event,
 * for events on or after {@code validFrom}, with its legal source and whether that source was checked.
 * Working days follow the kernel's {@link WorkingDayCalendar} convention (the event's day does not count, the
 * last day is included); calendar days the same way (event day + amount is the last day in time).
 */
public record DeadlineRule(Deadline deadline, int amount, Unit unit, LocalDate validFrom, String source,
                           boolean verified) {

    /** The deadlines of the change of address. */
    public enum Deadline {
        /** Declaration after moving in (aangifte / déclaration), counted from the move date. */
        DECLARATION,
        /** Police residence check (woonstvaststelling / enquête), counted from the declaration date. */
        RESIDENCE_CHECK,
        /** Decision and notification of the previous municipality, counted from the declaration date. */
        DECISION
    }

    public enum Unit { WORKING_DAYS, CALENDAR_DAYS }

    public DeadlineRule {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(validFrom, "validFrom");
        if (amount < 0) {
            throw new IllegalArgumentException("a deadline of " + amount + " days");
        }
    }

    /** The last day on which an act is in time for an event on {@code start}. */
    public LocalDate lastDay(LocalDate start, WorkingDayCalendar calendar) {
        return unit == Unit.WORKING_DAYS ? calendar.deadline(start, amount) : start.plusDays(amount);
    }
}
