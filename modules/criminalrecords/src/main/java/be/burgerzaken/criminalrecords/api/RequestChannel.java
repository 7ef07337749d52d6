package be.burgerzaken.criminalrecords.api;

/** How the request came in. */
public enum RequestChannel {
    /** At the counter, in person (aan het loket / au guichet). */
    COUNTER,
    /** Through the e-counter (e-loket / guichet électronique) over the REST API. */
    E_COUNTER
}
