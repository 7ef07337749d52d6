package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of the street list: the street, what changed (old and new names, postcode, district), the day a
 * retired street stopped being valid ({@code validTo}, exclusive), and the import that made it (null while the
 * report is a preview).
 */
public record StreetChange(String nis, String streetCode, StreetChangeKind kind, String oldNameNl, String newNameNl,
                           String oldNameFr, String newNameFr, String oldPostcode, String newPostcode,
                           String oldDistrict, String newDistrict, LocalDate validTo, Long listVersion,
                           Instant changedAt, String changedBy) {
}
