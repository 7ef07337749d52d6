package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * The outcome of the police residence check (woonstvaststelling / enquête de résidence): {@code outcome}
 * POSITIVE (the persons live there) or NEGATIVE, the date of the visit (not in the future, not before the
 * declaration), remarks, and {@code reference}: the officer or the police report (proces-verbaal /
 * procès-verbal) it comes from, e.g. when the report arrives on paper and the population officer enters it.
 */
public record ResidenceCheck(String outcome, LocalDate visitDate, String remarks, String reference) {
}
