package be.burgerzaken.population.api;

/** Where a quality signal stands: open, or reviewed with one of three outcomes. */
public enum SignalStatus {
    /** Waiting for review (open / ouvert). */
    OPEN,
    /** Reviewed: the situation is explained and in order (verantwoord / justifié), e.g. a large family. */
    JUSTIFIED,
    /** Reviewed: a police residence check (woonstvaststelling / enquête de résidence) is asked for. */
    REFERRED_TO_POLICE,
    /** Reviewed: not relevant (afgewezen / classé), always with a note. */
    DISMISSED
}
