package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One membership period of a household's composition history (samenstelling / composition, IT 140/141): who, in
 * which position, valid {@code [validFrom, validTo)}, recorded and closed by whom.
 */
public record HouseholdHistoryEntry(UUID personId, HouseholdPosition position, String positionCode,
                                    LocalDate validFrom, LocalDate validTo, Instant recordedAt, String recordedBy,
                                    Instant closedAt, String closedBy) {
}
