package be.burgerzaken.population.api;

import java.time.LocalDate;

/** A member's new position in the household (positie in het gezin / position dans le ménage, IT 141) from a date. */
public record PositionChange(HouseholdPosition position, LocalDate date) {
}
