package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The urgent procedure (spoedprocedure / procédure urgente) for an identity card: the card is ready on the next
 * working day when applied for on a working day before the cut-off time (15:00 per the domain brief,
 * configurable), otherwise the application counts from the next working day and the card is ready the working
 * day after that. Working days are the kernel's Belgian {@link WorkingDayCalendar}.
 */
public record UrgentProcedure(LocalTime cutOff, WorkingDayCalendar calendar) {
    /** 15:00 local time (domain brief §3). */
    public static final LocalTime STANDARD_CUT_OFF = LocalTime.of(15, 0);

    public UrgentProcedure {
        Objects.requireNonNull(cutOff, "cutOff");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The day the card is expected for an urgent application made at {@code applied} (Belgian local time). */
    public LocalDate expectedOn(LocalDateTime applied) {
        LocalDate day = applied.toLocalDate();
        LocalDate counted = calendar.isWorkingDay(day) && applied.toLocalTime().isBefore(cutOff) ? day
                : calendar.nextWorkingDay(day);
        return calendar.nextWorkingDay(counted);
    }
}
