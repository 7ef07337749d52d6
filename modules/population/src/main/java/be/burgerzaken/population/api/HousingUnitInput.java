package be.burgerzaken.population.api;

/** A housing unit to add: street code, house number, optional box, kind (by name), optional source. */
public record HousingUnitInput(String streetCode, String houseNumber, String box, String kind, String source) {
}
