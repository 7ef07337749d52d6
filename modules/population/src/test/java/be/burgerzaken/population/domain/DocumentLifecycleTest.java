package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.population.api.DocumentStatus;
import be.burgerzaken.population.api.DocumentStep;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static be.burgerzaken.population.api.DocumentStatus.ACTIVATED;
import static be.burgerzaken.population.api.DocumentStatus.APPLIED;
import static be.burgerzaken.population.api.DocumentStatus.CANCELLED;
import static be.burgerzaken.population.api.DocumentStatus.EXPIRED;
import static be.burgerzaken.population.api.DocumentStatus.LOST;
import static be.burgerzaken.population.api.DocumentStatus.PIN_PUK_SENT;
import static be.burgerzaken.population.api.DocumentStatus.PRODUCTION_ORDERED;
import static be.burgerzaken.population.api.DocumentStatus.STOLEN;
import static be.burgerzaken.population.api.DocumentStep.CANCEL;
import static be.burgerzaken.population.api.DocumentStep.DELIVER;
import static be.burgerzaken.population.api.DocumentStep.EXPIRE;
import static be.burgerzaken.population.api.DocumentStep.ORDER_PRODUCTION;
import static be.burgerzaken.population.api.DocumentStep.REPORT_LOST;
import static be.burgerzaken.population.api.DocumentStep.REPORT_STOLEN;
import static be.burgerzaken.population.api.DocumentStep.SEND_PIN_PUK_LETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every (status, step) pair: the allowed ones lead where the procedure says, all others are 409 conflicts. */
class DocumentLifecycleTest {
    static final Map<DocumentStatus, Map<DocumentStep, DocumentStatus>> EXPECTED = new EnumMap<>(DocumentStatus.class);

    static {
        for (DocumentStatus s : DocumentStatus.values()) {
            EXPECTED.put(s, new EnumMap<>(DocumentStep.class));
        }
        EXPECTED.get(APPLIED).putAll(Map.of(ORDER_PRODUCTION, PRODUCTION_ORDERED, CANCEL, CANCELLED));
        EXPECTED.get(PRODUCTION_ORDERED).putAll(Map.of(SEND_PIN_PUK_LETTER, PIN_PUK_SENT, CANCEL, CANCELLED));
        EXPECTED.get(PIN_PUK_SENT).putAll(Map.of(DELIVER, ACTIVATED, CANCEL, CANCELLED));
        EXPECTED.get(ACTIVATED).putAll(Map.of(REPORT_LOST, LOST, REPORT_STOLEN, STOLEN, EXPIRE, EXPIRED,
                CANCEL, CANCELLED));
    }

    @Test
    void everyStatusAndStepPairIsAllowedOrRefusedAsSpecified() {
        int allowed = 0;
        int refused = 0;
        for (DocumentStatus s : DocumentStatus.values()) {
            for (DocumentStep step : DocumentStep.values()) {
                DocumentStatus expected = EXPECTED.get(s).get(step);
                if (expected != null) {
                    assertEquals(expected, DocumentLifecycle.next(s, step), s + " " + step);
                    allowed++;
                } else {
                    ConflictException e = assertThrows(ConflictException.class, () -> DocumentLifecycle.next(s, step));
                    assertEquals(409, e.status());
                    assertEquals("illegal-transition", e.type());
                    assertTrue(e.getMessage().contains("is " + s), e.getMessage());
                    assertTrue(e.getMessage().contains(step.name()), e.getMessage());
                    refused++;
                }
            }
        }
        assertEquals(10, allowed);
        assertEquals(DocumentStatus.values().length * DocumentStep.values().length - 10, refused);
    }

    @Test
    void refusalNamesTheStepsAllowedNext() {
        ConflictException e = assertThrows(ConflictException.class, () -> DocumentLifecycle.next(PRODUCTION_ORDERED, DELIVER));
        assertEquals("the document is PRODUCTION_ORDERED: DELIVER is not allowed; allowed next: "
                + "[SEND_PIN_PUK_LETTER, CANCEL]", e.getMessage());
        ConflictException fin = assertThrows(ConflictException.class, () -> DocumentLifecycle.next(STOLEN, CANCEL));
        assertTrue(fin.getMessage().endsWith("allowed next: none (final status)"), fin.getMessage());
    }

    @Test
    void finalStatusesAllowNothingAndOthersSomething() {
        for (DocumentStatus s : DocumentStatus.values()) {
            assertEquals(s.isFinal(), DocumentLifecycle.allowed(s).isEmpty(), s.name());
            assertEquals(List.copyOf(EXPECTED.get(s).keySet()).size(), DocumentLifecycle.allowed(s).size());
            assertEquals(Set.copyOf(EXPECTED.get(s).keySet()), Set.copyOf(DocumentLifecycle.allowed(s)));
        }
    }

    @Test
    void aDocumentWalksTheWholeProcedureAndRecordsEachStep() {
        Validity v = new Validity(LocalDate.of(2026, 1, 5), LocalDate.of(2036, 1, 5),
                new ValidityRule("EID-2014", Set.of("EID"), 18, 75, Period.ofYears(10), null, null, "law", true));
        Instant t = Instant.parse("2026-01-05T09:00:00Z");
        IdentityDocument d = new IdentityDocument(UUID.randomUUID(), UUID.randomUUID(), "EID", true, t, "population",
                v, true, true);
        assertEquals(APPLIED, d.status());
        assertEquals("population", d.fingerprintsCapturedBy());
        assertEquals(t, d.photoCapturedAt());
        DocumentStatusChange first = d.applicationRecord();
        assertNull(first.fromStatus());
        assertEquals("urgent procedure", first.reason());
        assertEquals(PRODUCTION_ORDERED, d.take(ORDER_PRODUCTION, t, "a", null, null).toStatus());
        assertEquals(PIN_PUK_SENT, d.take(SEND_PIN_PUK_LETTER, t, "a", null, null).toStatus());
        assertThrows(ConflictException.class, () -> d.take(ORDER_PRODUCTION, t, "a", null, null));
        assertEquals(PIN_PUK_SENT, d.status(), "a refused step changes nothing");
        assertEquals(ACTIVATED, d.take(DELIVER, t, "a", null, null).toStatus());
        DocumentStatusChange stolen = d.take(REPORT_STOLEN, t, "clerk", null, "PV LE.55.L1.012345/26");
        assertEquals(ACTIVATED, stolen.fromStatus());
        assertEquals(STOLEN, stolen.toStatus());
        assertEquals(REPORT_STOLEN, stolen.step());
        assertEquals("PV LE.55.L1.012345/26", d.declarationReference());
    }

    @Test
    void withoutFingerprintsNothingIsRecordedAsCaptured() {
        Validity v = new Validity(LocalDate.of(2026, 1, 5), LocalDate.of(2029, 1, 5),
                new ValidityRule("KIDS-ID", Set.of("KIDS_ID"), 0, 12, Period.ofYears(3), null, null, "law", true));
        IdentityDocument d = new IdentityDocument(UUID.randomUUID(), UUID.randomUUID(), "KIDS_ID", false,
                Instant.now(), "population", v, true, false);
        assertNull(d.fingerprintsCapturedBy());
        assertNull(d.fingerprintsCapturedAt());
        assertNull(d.applicationRecord().reason());
    }
}
