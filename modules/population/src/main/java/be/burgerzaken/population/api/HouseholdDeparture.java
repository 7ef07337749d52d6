package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of a household's departure abroad ({@link HouseholdEmigration}): who left on {@code date} (status
 * EMIGRATED), who stays in the household, its reference person from then on (null: nobody stays) and the
 * household's version (its ETag) after the change.
 */
public record HouseholdDeparture(UUID householdId, LocalDate date, String country, List<UUID> departed,
                                 List<UUID> staying, UUID referencePersonId, long version) {
}
