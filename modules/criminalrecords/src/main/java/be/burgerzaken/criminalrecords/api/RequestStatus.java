package be.burgerzaken.criminalrecords.api;

/** Where a request stands: received, then checked (identity and right to ask), then issued or refused. */
public enum RequestStatus {
    RECEIVED, CHECKED, ISSUED, REFUSED
}
