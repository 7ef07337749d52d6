package be.burgerzaken.population.api;

/** Where a person registering for the first time comes from (herkomst / provenance). */
public enum OriginKind {
    /** Another Belgian municipality (verhuis uit een andere gemeente / venant d'une autre commune). */
    MUNICIPALITY,
    /** Abroad (komende uit het buitenland / venant de l'étranger). */
    ABROAD,
    /** Neither, e.g. a person already known to the kernel without a previous residence. */
    OTHER,
    /**
     * Born here (geboorte / naissance): a newborn entered by the registration of the birth act, at a parent's main
     * residence from the birth date; never chosen for a first registration.
     */
    BIRTH
}
