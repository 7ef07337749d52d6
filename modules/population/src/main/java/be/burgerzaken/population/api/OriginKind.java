package be.burgerzaken.population.api;

/** Where a person registering for the first time comes from (herkomst / provenance). */
public enum OriginKind {
    /** Another Belgian municipality (verhuis uit een andere gemeente / venant d'une autre commune). */
    MUNICIPALITY,
    /** Abroad (komende uit het buitenland / venant de l'étranger). */
    ABROAD,
    /** Neither, e.g. a person already known to the kernel without a previous residence (later: birth). */
    OTHER
}
