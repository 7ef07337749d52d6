package be.burgerzaken.population.api;

import java.util.UUID;

/** A validated Belgian address in the municipality, with the street's names in Dutch and French. */
public record Address(UUID id, String nis, String streetCode, String streetNameNl, String streetNameFr,
                      String houseNumber, String box, String postcode, String district) {

    /** One line, as printed: {@code Naamsestraat 12 bus 3, 3000}. */
    public String line() {
        return streetNameNl + " " + houseNumber + (box == null || box.isEmpty() ? "" : " bus " + box) + ", " + postcode;
    }
}
