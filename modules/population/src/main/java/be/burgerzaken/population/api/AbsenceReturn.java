package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * The person is back before the planned end (terugkeer / retour): the absence ends on {@code date} (the first day
 * back; not before the start, not in the future, not after the planned end).
 */
public record AbsenceReturn(LocalDate date, String remarks) {
}
