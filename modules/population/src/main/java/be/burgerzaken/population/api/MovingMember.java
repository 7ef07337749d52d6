package be.burgerzaken.population.api;

import java.util.UUID;

/**
 * A person who moves with a change of address and the position they take in the household at the new address;
 * {@code position} null = the position they hold in their current household.
 */
public record MovingMember(UUID personId, HouseholdPosition position) {
}
