package be.burgerzaken.training.api;

/** A staff member's overall standing on the dashboard. */
public enum ComplianceStatus {
    /** Every role effective, nothing expiring. */
    COMPLIANT,
    /** Every role effective, but something expires soon, runs on grace or exemption, or a briefing is due. */
    EXPIRING_SOON,
    /** At least one role is not effective. */
    BLOCKED
}
