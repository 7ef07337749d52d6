package be.burgerzaken.population.api;

/** A street of the municipality (straat / rue) from the city's street list. */
public record Street(String nis, String streetCode, String nameNl, String nameFr, String postcode, String district) {
}
