package be.burgerzaken.population.api;

import java.util.UUID;

/**
 * The household a newly registered person belongs to: an existing household at the address
 * ({@code householdId}) in a position, or a new household ({@code householdId} null) of which the person is the
 * reference person; {@code collectiveDwelling} marks a new household as a collective one (care home, convent).
 */
public record HouseholdChoice(UUID householdId, HouseholdPosition position, boolean collectiveDwelling) {
    public static HouseholdChoice newHousehold() {
        return new HouseholdChoice(null, HouseholdPosition.REFERENCE_PERSON, false);
    }

    public static HouseholdChoice join(UUID householdId, HouseholdPosition position) {
        return new HouseholdChoice(householdId, position, false);
    }
}
