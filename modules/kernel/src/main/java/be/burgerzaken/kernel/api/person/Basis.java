package be.burgerzaken.kernel.api.person;

/**
 * The legal basis of a recorded fact (rechtsgrond / base légale): which act, decision or declaration.
 *
 * @param kind      ACT (civil status act), COURT_DECISION, DECISION (administrative), DECLARATION, CORRECTION,
 *                  REGISTRATION, IMPORT
 * @param reference e.g. the act number, the decision's reference
 */
public record Basis(String kind, String reference, String note) {
    public static final java.util.List<String> KINDS = java.util.List.of("ACT", "COURT_DECISION", "DECISION",
            "DECLARATION", "CORRECTION", "REGISTRATION", "IMPORT");

    public static Basis of(String kind, String reference) {
        return new Basis(kind, reference, null);
    }
}
