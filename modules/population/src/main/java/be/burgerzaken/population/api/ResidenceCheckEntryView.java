package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One police residence check outcome in a change of address's history (issue 3, task E), oldest first: the first
 * check ({@code correctionReason} null) or a correction with its reason; {@code supersededAt}/{@code supersededBy}
 * when a later correction replaced it (null: the current outcome).
 */
public record ResidenceCheckEntryView(UUID id, String outcome, LocalDate visitDate, String remarks, String reference,
                                      Instant recordedAt, String recordedBy, String correctionReason,
                                      Instant supersededAt, String supersededBy) {
}
