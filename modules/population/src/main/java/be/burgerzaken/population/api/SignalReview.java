package be.burgerzaken.population.api;

/**
 * The review of a quality signal: {@code outcome} JUSTIFIED, REFERRED_TO_POLICE or DISMISSED (a note is required
 * when dismissed), {@code note} at most 2000 characters.
 */
public record SignalReview(String outcome, String note) {
}
