package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A temporary absence (tijdelijke afwezigheid / absence temporaire, IT 026) still open after its planned end: the
 * officer checks whether the person is back (end it), extends it, or starts an ex-officio removal.
 */
public record OverdueAbsence(UUID absenceId, UUID personId, String reason, LocalDate from, LocalDate plannedEnd,
                             int extensions) {
}
