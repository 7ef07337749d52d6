package be.burgerzaken.kernel.api.access;

/** Through which door a read or change came in. */
public enum Channel {
    /** The JSF staff screens. */
    UI,
    /** The REST API. */
    REST,
    /** A batch or start-up job. */
    BATCH
}
