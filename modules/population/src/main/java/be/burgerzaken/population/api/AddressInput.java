package be.burgerzaken.population.api;

/**
 * An address as entered (adres / adresse): a street of the city by its street code, a house number
 * (huisnummer / numéro) and optionally a box (bus / boîte). The postcode is taken from the street; when given
 * it must match.
 */
public record AddressInput(String streetCode, String houseNumber, String box, String postcode) {
    public static AddressInput of(String streetCode, String houseNumber, String box) {
        return new AddressInput(streetCode, houseNumber, box, null);
    }
}
