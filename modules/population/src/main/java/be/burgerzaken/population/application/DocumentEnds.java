package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Channel;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.DocumentStatus;
import be.burgerzaken.population.api.DocumentStep;
import be.burgerzaken.population.domain.CardType;
import be.burgerzaken.population.domain.CardTypeCatalog;
import be.burgerzaken.population.domain.IdentityDocument;
import be.burgerzaken.population.persistence.IdentityDocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Ends identity documents as a consequence of another change, in the transaction of that change (history kept, a
 * CANCEL step with its reason, protocol-logged as the system):
 * <ul>
 *     <li>a death (overlijden / décès) or a departure abroad (vertrek naar het buitenland / départ à l'étranger)
 *     cancels the person's applied, in-production and activated documents;</li>
 *     <li>delivering a new card (uitreiking / délivrance) ends the holder's earlier activated card of the same kind
 *     (Belgian card: eID or Kids-ID; foreigner's card): it is replaced (vervangen / remplacée).</li>
 * </ul>
 */
@ApplicationScoped
public class DocumentEnds {
    @Inject
    IdentityDocumentStore store;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;

    /** Cancels every live document of the person; answers how many. */
    public int cancelAll(UUID personId, String reason) {
        List<IdentityDocument> live = store.live(personId);
        if (live.isEmpty()) {
            return 0;
        }
        end(personId, live, reason, "identity documents cancelled: " + reason);
        return live.size();
    }

    /** Ends the holder's other activated cards of the kind of {@code delivered}; answers them. */
    public List<IdentityDocument> replacedBy(IdentityDocument delivered) {
        boolean belgian = belgian(delivered.cardType());
        List<IdentityDocument> earlier = new ArrayList<>();
        for (IdentityDocument d : store.live(delivered.personId())) {
            if (!d.id().equals(delivered.id()) && d.status() == DocumentStatus.ACTIVATED
                    && belgian(d.cardType()) == belgian) {
                earlier.add(d);
            }
        }
        if (!earlier.isEmpty()) {
            end(delivered.personId(), earlier, "replaced by document " + delivered.id(),
                    "identity document replaced by " + delivered.id());
        }
        return earlier;
    }

    static boolean belgian(String cardType) {
        return CardTypeCatalog.standard().find(cardType).map(CardType::forBelgians).orElse(false);
    }

    private void end(UUID personId, List<IdentityDocument> documents, String reason, String what) {
        Instant now = clock.instant();
        String text = IdentityDocumentService.MAX_REASON < reason.length()
                ? reason.substring(0, IdentityDocumentService.MAX_REASON) : reason;
        access.asSystem(() -> {
            List<String> ids = new ArrayList<>();
            for (IdentityDocument d : documents) {
                store.add(d.take(DocumentStep.CANCEL, now, "system", text, null));
                ids.add(d.id().toString());
            }
            store.flush();
            String purpose = "consequence: " + text;
            log.record(ProtocolRecord.of(ProtocolAction.CHANGE, IdentityDocumentService.TYPES, List.of(personId),
                    new AccessContext(purpose.length() <= AccessContext.MAX_PURPOSE ? purpose
                            : purpose.substring(0, AccessContext.MAX_PURPOSE), Channel.BATCH),
                    what + " " + ids, ProtocolOutcome.OK));
            return null;
        });
    }
}
