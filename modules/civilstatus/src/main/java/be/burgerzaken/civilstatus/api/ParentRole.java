package be.burgerzaken.civilstatus.api;

/** A parent's role in a birth or recognition act. */
public enum ParentRole {
    /** Mother (moeder / mère). */
    MOTHER,
    /** Father (vader / père). */
    FATHER,
    /** Co-mother (meemoeder / coparente), Law of 5 May 2014. */
    CO_MOTHER
}
