package be.burgerzaken.frontoffice.api;

/** Where a service request stands; RECEIVED and IN_PROGRESS are open (the backlog). */
public enum RequestStatus {
    RECEIVED, IN_PROGRESS, FULFILLED, REFUSED, CANCELLED;

    public boolean isOpen() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
