package be.burgerzaken.frontoffice.api;

/** How a citizen's question reached the department (kanaal / canal). */
public enum ServiceChannel {
    /** At the counter (loket / guichet). */
    COUNTER,
    /** The e-counter (e-loket / guichet électronique) or the city's site, an integrator acting for the citizen. */
    E_COUNTER,
    /** By post (per post / par courrier). */
    POST
}
