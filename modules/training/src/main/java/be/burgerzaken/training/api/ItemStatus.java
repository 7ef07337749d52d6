package be.burgerzaken.training.api;

/**
 * Where a staff member stands on one requirement on a day. VALID, EXPIRING, IN_GRACE, EXEMPTED and DUE hold (the
 * role stays effective); EXPIRED and MISSING do not.
 */
public enum ItemStatus {
    /** Held and valid. */
    VALID,
    /** Held and valid, but it expires within the warning period. */
    EXPIRING,
    /** Expired (or never held under a new requirement), within the requirement's grace period (respijt / délai de grâce). */
    IN_GRACE,
    /** Not held, but an administrator's exemption (vrijstelling / dispense) covers the day. */
    EXEMPTED,
    /** A briefing not yet completed whose due date has not passed. */
    DUE,
    /** Held once, expired beyond the grace period. */
    EXPIRED,
    /** Never held (or a briefing past its due date). */
    MISSING;

    public boolean holds() {
        return this != EXPIRED && this != MISSING;
    }
}
