package be.burgerzaken.population.api;

import java.time.Instant;

/** One line of a document's history (statusgeschiedenis / historique des statuts): who did what and when. */
public record StatusChange(DocumentStatus from, DocumentStatus to, DocumentStep step, Instant at, String by,
                           String reason, String reference) {
}
