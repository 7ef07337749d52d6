package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The college's decision (beslissing van het college van burgemeester en schepenen / décision du collège) to remove
 * the person: residence and household membership end on {@code decisionDate}, status REMOVED.
 *
 * @param newReferencePersonId when the person is the reference person of a household others stay in
 */
public record RemovalDecision(LocalDate decisionDate, String decisionReference, UUID newReferencePersonId) {
}
