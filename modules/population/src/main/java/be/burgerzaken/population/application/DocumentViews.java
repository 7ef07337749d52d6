package be.burgerzaken.population.application;

import be.burgerzaken.population.api.CardCategory;
import be.burgerzaken.population.api.IdentityDocumentView;
import be.burgerzaken.population.api.StatusChange;
import be.burgerzaken.population.domain.CardType;
import be.burgerzaken.population.domain.CardTypeCatalog;
import be.burgerzaken.population.domain.DocumentLifecycle;
import be.burgerzaken.population.domain.DocumentStatusChange;
import be.burgerzaken.population.domain.IdentityDocument;
import be.burgerzaken.population.domain.ValidityRule;
import be.burgerzaken.population.domain.ValidityRuleTable;

import java.util.List;

/** Entity to view: the card number in its printed form, the rule's source, the steps allowed next. */
final class DocumentViews {
    private DocumentViews() {
    }

    static IdentityDocumentView view(IdentityDocument d, List<DocumentStatusChange> history, ValidityRuleTable rules) {
        CardType type = CardTypeCatalog.standard().find(d.cardType()).orElse(null);
        List<StatusChange> lines = history.stream().filter(c -> c.documentId().equals(d.id()))
                .map(c -> new StatusChange(c.fromStatus(), c.toStatus(), c.step(), c.occurredAt(), c.recordedBy(),
                        c.reason(), c.reference())).toList();
        return new IdentityDocumentView(d.id(), d.personId(), d.cardType(),
                type == null ? CardCategory.FOREIGNER_CARD : type.category(), cardNumber(d, CardTypeCatalog.standard()),
                d.chipNumber(), d.status(), d.urgent(), d.appliedAt(), d.appliedBy(), d.validFrom(), d.validUntil(),
                d.validityRule(), rules.byId(d.validityRule()).map(ValidityRule::source).orElse(null),
                d.photoCaptured(), d.photoCapturedBy(), d.photoCapturedAt(), d.fingerprintsCaptured(),
                d.fingerprintsCapturedBy(), d.fingerprintsCapturedAt(), d.declarationReference(),
                DocumentLifecycle.allowed(d.status()), lines, d.version(),
                d.expectedOn(), d.codeLetter().name());
    }

    static String cardNumber(IdentityDocument d, CardTypeCatalog catalog) {
        if (d.cardNumber() == null) {
            return null;
        }
        return catalog.find(d.cardType()).map(t -> t.numberFormat().format(d.cardNumber())).orElse(d.cardNumber());
    }
}
