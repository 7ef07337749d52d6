package be.burgerzaken.population.api;

/** How urgently a quality signal should be looked at (ernst / gravité). */
public enum SignalSeverity {
    LOW, MEDIUM, HIGH
}
