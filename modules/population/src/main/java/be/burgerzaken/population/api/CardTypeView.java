package be.burgerzaken.population.api;

/**
 * One card type (kaarttype / type de carte) from the card-type list, with its names in Dutch, French and
 * English. {@code verified} is false where the domain brief marks the facts (name, number format, validity)
 * UNVERIFIED.
 *
 * @param code                 the code printed on or used for the card: {@code EID}, {@code KIDS_ID}, {@code A},
 *                             {@code B}, ..., {@code EU+}, {@code F+}
 * @param fingerprintsRequired whether fingerprints are captured at application
 */
public record CardTypeView(String code, CardCategory category, String nameNl, String nameFr, String nameEn,
                           boolean fingerprintsRequired, boolean verified) {
}
