package be.burgerzaken.population.api;

/** Where an ex-officio removal procedure stands, for the officer's work list and the college's agenda. */
public enum RemovalStage {
    /** Proposed, waiting for the police report (politieverslag / rapport de police). */
    AWAITING_POLICE_REPORT,
    /** Police report recorded, waiting for the college's decision (collegebeslissing / décision du collège). */
    AWAITING_DECISION,
    /** Decided: the person was removed. */
    DECIDED,
    /** Withdrawn. */
    CANCELLED
}
