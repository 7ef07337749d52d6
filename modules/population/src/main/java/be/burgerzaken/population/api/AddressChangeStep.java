package be.burgerzaken.population.api;

/** A step of the change-of-address procedure after the declaration. */
public enum AddressChangeStep {
    /** The police residence check's outcome (woonstvaststelling / enquête de résidence). */
    RECORD_CHECK,
    /** Registration at the new address (goedkeuring / approbation), from the declaration date. */
    APPROVE,
    /** Refusal with a motivation (weigering / refus). */
    REFUSE
}
