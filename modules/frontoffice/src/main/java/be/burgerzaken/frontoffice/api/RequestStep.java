package be.burgerzaken.frontoffice.api;

/**
 * A step in a request's life: {@code action} START (take it in hand, assigns the caller or {@code assignee}),
 * ASSIGN, FULFIL, REFUSE (with {@code note}), CANCEL; {@code procedureRef} links the module's procedure record
 * when it was started from its own screen; {@code documentId} the document handed out.
 */
public record RequestStep(String action, String assignee, String note, String procedureRef, String documentId) {
}
