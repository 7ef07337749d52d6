package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.population.api.IdentityDocuments;
import be.burgerzaken.population.persistence.IdentityDocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/** One batch of the expiry job in a transaction of its own: lock the cards, record each expiry, commit together. */
@ApplicationScoped
public class DocumentExpiryBatch {
    @Inject
    IdentityDocumentStore store;
    @Inject
    IdentityDocuments documents;

    /** Expires up to {@code size} cards not held by anyone else; answers how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int expire(LocalDate day, int size, AccessContext context) {
        var cards = store.lockExpirable(day, size);
        for (var card : cards) {
            // the ordinary step: access check (system), lifecycle, history line and protocol-log entry
            documents.recordExpiry(card.id(), card.version(), context);
        }
        return cards.size();
    }
}
