package be.burgerzaken.frontoffice.api;

/**
 * For whom a citizen may ask a product through the e-counter: only for themself, or also for a member of their own
 * household (e.g. the household composition, a Kids-ID, a change of address of the whole household).
 */
public enum ActFor {
    SELF, HOUSEHOLD
}
