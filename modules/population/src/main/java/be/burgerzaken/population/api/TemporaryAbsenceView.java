package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A temporary absence (tijdelijke afwezigheid / absence temporaire, IT 026) with its history: away from
 * {@code validFrom}; {@code plannedEnd} is the planned first day back (after an extension the extended one,
 * {@code originalPlannedEnd} the first); {@code validTo} the first day back when the return was recorded (null:
 * not recorded). {@code current}: the absence covers today; {@code elapsed}: the planned end passed without a
 * recorded return.
 *
 * @param rule the dated rule (source) that limited the duration and the extension
 */
public record TemporaryAbsenceView(UUID id, AbsenceReason reason, LocalDate validFrom, LocalDate plannedEnd,
                                   LocalDate originalPlannedEnd, int extensions, LocalDate validTo, String remarks,
                                   boolean current, boolean elapsed, Instant recordedAt, String recordedBy,
                                   String basisKind, String basisRef, Instant extendedAt, String extendedBy,
                                   String extensionBasisRef, Instant closedAt, String closedBy, String rule) {
}
