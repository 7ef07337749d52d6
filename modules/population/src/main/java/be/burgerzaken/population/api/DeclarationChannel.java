package be.burgerzaken.population.api;

/**
 * How a change of address was declared (domain.md section 3): at the counter (aan het loket / au guichet), in
 * writing (schriftelijk / par écrit) or electronically (elektronisch, e-loket / électroniquement, e-guichet).
 */
public enum DeclarationChannel {
    COUNTER, WRITTEN, ELECTRONIC
}
