package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A household with current members but no reference person (referentiepersoon / personne de référence): after the
 * death of its reference person when no single adult was left to take over. The population officer names one.
 *
 * @param since the day the last reference person's membership ended (null: never had one)
 */
public record HouseholdWithoutReference(UUID householdId, Address address, boolean collective, int members,
                                        LocalDate since, long version) {
}
