package be.burgerzaken.civilstatus.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One step of an act's history: the original act, then each amended act in the order of registration, with
 * the basis, the reason and the fields it changed.
 */
public record HistoryEntry(UUID actId, ActType type, ActStatus status, String number, LocalDate drawnUpOn,
                           Instant registeredAt, Officer officer, LegalBasis legalBasis, String reason,
                           List<FieldChange> changes) {
}
