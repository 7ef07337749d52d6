package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An identity document (identiteitsdocument / document d'identité) as the counter sees it.
 *
 * @param validityRule       the id of the dated legal rule that fixed the validity (e.g. {@code EID-2014-12-18})
 * @param validityRuleSource the rule's legal source, in words
 * @param allowedSteps       the steps the document may take next from its current status
 * @param version            optimistic-locking version, the REST ETag
 * @param expectedOn         urgent procedure: the day the card is expected (next working day when applied for
 *                           before the cut-off), otherwise null
 * @param codeLetter         the codes the PIN/PUK letter carries: {@code PIN_AND_PUK}, or {@code PUK_ONLY} for a
 *                           Kids-ID of a child under 6
 */
public record IdentityDocumentView(UUID id, UUID personId, String cardType, CardCategory category,
                                   String cardNumber, String chipNumber, DocumentStatus status, boolean urgent,
                                   Instant appliedAt, String appliedBy, LocalDate validFrom, LocalDate validUntil,
                                   String validityRule, String validityRuleSource,
                                   boolean photoCaptured, String photoCapturedBy, Instant photoCapturedAt,
                                   boolean fingerprintsCaptured, String fingerprintsCapturedBy,
                                   Instant fingerprintsCapturedAt, String declarationReference,
                                   List<DocumentStep> allowedSteps, List<StatusChange> history, long version,
                                   LocalDate expectedOn, String codeLetter) {
    public IdentityDocumentView {
        allowedSteps = List.copyOf(allowedSteps);
        history = List.copyOf(history);
    }
}
