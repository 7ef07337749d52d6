package be.burgerzaken.civilstatus.api;

/**
 * What a citizen asks for about a registered act.
 */
public enum ExtractKind {
    /**
     * Extract (uittreksel / extrait): the act's current data, i.e. with its registered amendments applied; the
     * default.
     */
    EXTRACT,
    /** Copy (afschrift / copie): the act's original data and the history of its amendments, on explicit request. */
    COPY,
    /**
     * Extract with the multilingual standard form (meertalig modelformulier / formulaire type multilingue, EU
     * Regulation 2016/1191) as an annex in the same document: labels in Dutch, French, German and English side by
     * side. Birth, marriage and death acts only.
     */
    MULTILINGUAL;

    /** The kernel document type of this kind. */
    public String documentType() {
        return switch (this) {
            case EXTRACT -> "civilstatus.extract";
            case COPY -> "civilstatus.copy";
            case MULTILINGUAL -> "civilstatus.extract-multilingual";
        };
    }
}
