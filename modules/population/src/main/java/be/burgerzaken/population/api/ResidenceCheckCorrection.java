package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * A correction of the police residence check posted by mistake (verbetering van de woonstvaststelling /
 * rectification de l'enquête de résidence), issue 3 task E: a new outcome that supersedes the current one, with
 * {@code reason} why; the earlier check stays in the procedure's history.
 *
 * @param outcome   POSITIVE or NEGATIVE
 * @param visitDate the date of the visit (not in the future, not before the declaration)
 * @param remarks   optional remarks
 * @param reference optional: the officer or the police report the corrected outcome comes from
 * @param reason    why the earlier check is corrected (required)
 */
public record ResidenceCheckCorrection(String outcome, LocalDate visitDate, String remarks, String reference,
                                       String reason) {
}
