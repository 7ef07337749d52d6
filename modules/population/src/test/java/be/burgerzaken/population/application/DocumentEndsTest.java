package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.protocol.ChainVerification;
import be.burgerzaken.kernel.api.protocol.ProtocolEntryView;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolQuery;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.DocumentStatus;
import be.burgerzaken.population.api.DocumentStep;
import be.burgerzaken.population.domain.DocumentStatusChange;
import be.burgerzaken.population.domain.IdentityDocument;
import be.burgerzaken.population.domain.ValidityRuleTable;
import be.burgerzaken.population.persistence.IdentityDocumentStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents ended as a consequence: all live ones on death or departure, the earlier card of the same kind on delivery. */
class DocumentEndsTest {
    static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");
    final UUID person = UUID.randomUUID();
    final List<IdentityDocument> documents = new ArrayList<>();
    final List<DocumentStatusChange> history = new ArrayList<>();
    final List<ProtocolRecord> logged = new ArrayList<>();
    final List<String> actors = new ArrayList<>();
    final DocumentEnds ends = new DocumentEnds();

    DocumentEndsTest() {
        ends.store = new IdentityDocumentStore() {
            @Override
            public List<IdentityDocument> live(UUID personId) {
                return documents.stream().filter(d -> d.personId().equals(personId)
                        && IdentityDocumentStore.LIVE.contains(d.status())).toList();
            }

            @Override
            public void add(DocumentStatusChange change) {
                history.add(change);
            }

            @Override
            public void flush() {
            }
        };
        ends.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ends.log = new ProtocolLog() {
            @Override
            public void record(ProtocolRecord record) {
                logged.add(record);
                actors.add(current);
            }

            @Override
            public void recordIndependently(ProtocolRecord record) {
                throw new AssertionError("in the transaction of the cause");
            }

            @Override
            public Page<ProtocolEntryView> find(ProtocolQuery query) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ChainVerification verify() {
                throw new UnsupportedOperationException();
            }
        };
        ends.access = new AccessControl() {
            @Override
            public Actor currentActor() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Actor require(Capability capability, AccessContext context) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean allows(Capability capability) {
                return false;
            }

            @Override
            public <T> T asSystem(Supplier<T> work) {
                String before = current;
                current = "system";
                try {
                    return work.get();
                } finally {
                    current = before;
                }
            }
        };
    }

    String current = "clerk";

    @Test
    void aDeathOrDepartureCancelsEveryLiveDocumentAsTheSystemWithTheReason() {
        IdentityDocument applied = document("EID", 0);
        IdentityDocument activated = document("EID", 3);
        IdentityDocument lost = document("EID", 3);
        lost.take(DocumentStep.REPORT_LOST, NOW, "clerk", null, "loss 1");
        assertEquals(2, ends.cancelAll(person, "death on 2026-03-01 (ACT a/1)"));
        assertEquals(DocumentStatus.CANCELLED, applied.status());
        assertEquals(DocumentStatus.CANCELLED, activated.status());
        assertEquals(DocumentStatus.LOST, lost.status(), "a final status stays");
        assertEquals(2, history.size());
        assertTrue(history.stream().allMatch(c -> c.step() == DocumentStep.CANCEL && c.recordedBy().equals("system")
                && c.reason().equals("death on 2026-03-01 (ACT a/1)")));
        assertEquals(List.of("system"), actors, "one protocol-log entry, as the system");
        assertEquals(List.of(person), logged.get(0).personIds());
        assertEquals(0, ends.cancelAll(person, "again"), "nothing left to cancel");
        assertEquals(1, logged.size());
    }

    @Test
    void deliveringACardEndsTheEarlierActivatedCardOfTheSameKindOnly() {
        IdentityDocument kidsId = document("KIDS_ID", 3);
        IdentityDocument foreigner = document("B", 3);
        IdentityDocument pending = document("EID", 0);
        IdentityDocument delivered = document("EID", 3);
        List<IdentityDocument> replaced = ends.replacedBy(delivered);
        assertEquals(List.of(kidsId), replaced, "a Kids-ID is replaced by the eID; a residence card is another kind");
        assertEquals(DocumentStatus.CANCELLED, kidsId.status());
        assertEquals("replaced by document " + delivered.id(), history.get(0).reason());
        assertEquals(DocumentStatus.ACTIVATED, foreigner.status());
        assertEquals(DocumentStatus.APPLIED, pending.status(), "only activated cards are replaced");
        assertEquals(DocumentStatus.ACTIVATED, delivered.status());
    }

    /** A document of the person after {@code steps} steps of ORDER, LETTER, DELIVER (0: applied, 3: activated). */
    private IdentityDocument document(String type, int steps) {
        LocalDate day = LocalDate.of(2026, 1, 5);
        IdentityDocument d = new IdentityDocument(UUID.randomUUID(), person, type, false, NOW, "clerk",
                ValidityRuleTable.standard().validity("KIDS_ID".equals(type) ? "KIDS_ID" : type,
                        "KIDS_ID".equals(type) ? 8 : 30, day).orElseThrow(), true, true);
        List<DocumentStep> path = List.of(DocumentStep.ORDER_PRODUCTION, DocumentStep.SEND_PIN_PUK_LETTER,
                DocumentStep.DELIVER);
        for (int i = 0; i < steps; i++) {
            d.take(path.get(i), NOW, "clerk", null, null);
        }
        documents.add(d);
        return d;
    }
}
