package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A residence abroad after a departure (vertrek naar het buitenland / départ à l'étranger, IT 022): from the day of
 * departure {@code validFrom} until the return {@code validTo} (null: still abroad).
 */
public record EmigrationView(UUID id, String country, String foreignAddress, LocalDate validFrom, LocalDate validTo,
                             Instant recordedAt, String recordedBy, String basisKind, String basisRef,
                             Instant closedAt, String closedBy) {
}
