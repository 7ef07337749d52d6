package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.UUID;

/** A member of a household with the position relative to the reference person, valid {@code [from, to)}. */
public record HouseholdMember(UUID personId, HouseholdPosition position, String positionCode, LocalDate validFrom,
                              LocalDate validTo) {
}
