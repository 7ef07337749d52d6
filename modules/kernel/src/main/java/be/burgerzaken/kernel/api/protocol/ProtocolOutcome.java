package be.burgerzaken.kernel.api.protocol;

/** How the attempt ended. Refused attempts are logged too. */
public enum ProtocolOutcome {
    OK, DENIED, NOT_FOUND, INVALID
}
