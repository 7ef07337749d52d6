package be.burgerzaken.kernel.api.protocol;

/** What was done with the personal data. */
public enum ProtocolAction {
    READ, SEARCH, CREATE, CHANGE, AUDIT
}
