package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.population.api.DocumentStatus;
import be.burgerzaken.population.api.DocumentStep;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state machine of an identity document: which step leads from which status to which. Everything not
 * listed is refused with a conflict (HTTP 409) naming the current status and the steps allowed next.
 *
 * <pre>
 * APPLIED --ORDER_PRODUCTION--> PRODUCTION_ORDERED --SEND_PIN_PUK_LETTER--> PIN_PUK_SENT --DELIVER--> ACTIVATED
 * ACTIVATED --REPORT_LOST--> LOST | --REPORT_STOLEN--> STOLEN | --EXPIRE--> EXPIRED
 * APPLIED, PRODUCTION_ORDERED, PIN_PUK_SENT, ACTIVATED --CANCEL--> CANCELLED
 * EXPIRED, LOST, STOLEN, CANCELLED: final
 * </pre>
 */
public final class DocumentLifecycle {
    private static final Map<DocumentStatus, Map<DocumentStep, DocumentStatus>> NEXT = new EnumMap<>(DocumentStatus.class);

    static {
        for (DocumentStatus s : DocumentStatus.values()) {
            NEXT.put(s, new LinkedHashMap<>());
        }
        NEXT.get(DocumentStatus.APPLIED).put(DocumentStep.ORDER_PRODUCTION, DocumentStatus.PRODUCTION_ORDERED);
        NEXT.get(DocumentStatus.APPLIED).put(DocumentStep.CANCEL, DocumentStatus.CANCELLED);
        NEXT.get(DocumentStatus.PRODUCTION_ORDERED).put(DocumentStep.SEND_PIN_PUK_LETTER, DocumentStatus.PIN_PUK_SENT);
        NEXT.get(DocumentStatus.PRODUCTION_ORDERED).put(DocumentStep.CANCEL, DocumentStatus.CANCELLED);
        NEXT.get(DocumentStatus.PIN_PUK_SENT).put(DocumentStep.DELIVER, DocumentStatus.ACTIVATED);
        NEXT.get(DocumentStatus.PIN_PUK_SENT).put(DocumentStep.CANCEL, DocumentStatus.CANCELLED);
        NEXT.get(DocumentStatus.ACTIVATED).put(DocumentStep.REPORT_LOST, DocumentStatus.LOST);
        NEXT.get(DocumentStatus.ACTIVATED).put(DocumentStep.REPORT_STOLEN, DocumentStatus.STOLEN);
        NEXT.get(DocumentStatus.ACTIVATED).put(DocumentStep.EXPIRE, DocumentStatus.EXPIRED);
        NEXT.get(DocumentStatus.ACTIVATED).put(DocumentStep.CANCEL, DocumentStatus.CANCELLED);
    }

    private DocumentLifecycle() {
    }

    /** The steps allowed from {@code status}, in procedure order. */
    public static List<DocumentStep> allowed(DocumentStatus status) {
        return List.copyOf(Collections.unmodifiableMap(NEXT.get(status)).keySet());
    }

    /** The status {@code step} leads to from {@code current}, or a 409 conflict naming what is allowed. */
    public static DocumentStatus next(DocumentStatus current, DocumentStep step) {
        DocumentStatus to = NEXT.get(current).get(step);
        if (to == null) {
            List<DocumentStep> allowed = allowed(current);
            throw new ConflictException("illegal-transition", "the document is " + current + ": " + step
                    + " is not allowed; allowed next: " + (allowed.isEmpty() ? "none (final status)" : allowed), 409);
        }
        return to;
    }
}
