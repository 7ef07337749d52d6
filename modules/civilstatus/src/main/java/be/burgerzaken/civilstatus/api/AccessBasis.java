package be.burgerzaken.civilstatus.api;

/** Why an extract or copy could be issued. */
public enum AccessBasis {
    /** The act is public (openbaar / public): anyone may obtain it. */
    PUBLIC,
    /** The requester's relation is in the rule's circle and our own data (registered acts) confirm it. */
    VERIFIED,
    /**
     * The requester's relation is in the rule's circle but our data do not confirm it: it is declared with a basis
     * (notary deed, court decision, ...) and the request is flagged "declared, not verified".
     */
    DECLARED
}
