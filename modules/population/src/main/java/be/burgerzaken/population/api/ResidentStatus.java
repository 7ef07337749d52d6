package be.burgerzaken.population.api;

/** Where a resident stands in the registers. */
public enum ResidentStatus {
    /** Ingeschreven / inscrit: has a main residence in the municipality. */
    REGISTERED,
    /** Overleden / décédé: residence and household membership ended at the death. */
    DECEASED,
    /**
     * Vertrokken naar het buitenland / parti à l'étranger: residence, household membership and register period ended
     * on the day of departure; the residence abroad is kept (IT 022). A return makes the person REGISTERED again.
     */
    EMIGRATED,
    /**
     * Afgevoerd van ambtswege / radié d'office: removed by a decision of the college on a police report (person not
     * found, new address unknown). A return (registration again) makes the person REGISTERED again.
     */
    REMOVED,
    /**
     * Aankomst uit een andere gemeente / arrivée d'une autre commune (issue 3, task M): declared arrival from another
     * Belgian municipality, not (yet) registered: the change-of-address procedure (police check, decision) is open,
     * or the registration was refused. An approval makes the person REGISTERED from the declaration date.
     */
    ARRIVING
}
