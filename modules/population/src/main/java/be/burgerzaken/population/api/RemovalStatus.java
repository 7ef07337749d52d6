package be.burgerzaken.population.api;

/** Where an ex-officio removal procedure (afvoering van ambtswege / radiation d'office) stands. */
public enum RemovalStatus {
    /** Voorgesteld / proposée: waiting for the police report and the college's decision. */
    PROPOSED,
    /** Beslist / décidée: the college removed the person from the registers. */
    DECIDED,
    /** Ingetrokken / annulée: the person was found, or the proposal was withdrawn. */
    CANCELLED
}
