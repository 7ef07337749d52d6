package be.burgerzaken.criminalrecords.api;

/** How the issued extract reaches the citizen. */
public enum DeliveryChannel {
    COUNTER,
    /** The citizen's e-box (since 14 December 2021). */
    EBOX,
    POST
}
