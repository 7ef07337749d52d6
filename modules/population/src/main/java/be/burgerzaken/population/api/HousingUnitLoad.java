package be.burgerzaken.population.api;

/** The outcome of loading a list of housing units: how many were added, how many were known already. */
public record HousingUnitLoad(int added, int alreadyKnown) {
}
