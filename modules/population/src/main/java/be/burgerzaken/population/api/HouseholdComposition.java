package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The composition of a household (gezinssamenstelling / composition de ménage) on a date: the members valid on
 * {@code asOf}, reference person first. {@code version} is the household's optimistic-locking version.
 */
public record HouseholdComposition(UUID householdId, Address address, boolean collectiveDwelling, LocalDate asOf,
                                   List<HouseholdMember> members, long version) {
}
