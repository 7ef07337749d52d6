package be.burgerzaken.population.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A known housing unit (woongelegenheid / logement) at a street of the city, house number and box ("" = none),
 * whether or not anyone lives there; where it came from ({@code source}) and who recorded it.
 */
public record HousingUnit(UUID id, String streetCode, String streetName, String houseNumber, String box,
                          HousingUnitKind kind, String source, Instant recordedAt, String recordedBy) {
}
