package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * The outcome of the police residence check (woonstvaststelling / enquête de résidence): {@code outcome}
 * POSITIVE (the persons live there) or NEGATIVE, the date of the visit (not in the future, not before the
 * declaration) and remarks.
 */
public record ResidenceCheck(String outcome, LocalDate visitDate, String remarks) {
}
