package be.burgerzaken.kernel.api.person;

/** A person's standing in the kernel. */
public enum PersonStatus {
    /** Living and known (actief). */
    ACTIVE,
    /** Died; see the DEATH fact (overleden / décédé). */
    DECEASED,
    /** Removed from the registers ex officio (ambtshalve afgevoerd / radié d'office). */
    REMOVED,
    /** Left for abroad (geëmigreerd / émigré). */
    EMIGRATED,
    /** The identification was cancelled, e.g. a duplicate (geannuleerd / annulé). */
    CANCELLED
}
