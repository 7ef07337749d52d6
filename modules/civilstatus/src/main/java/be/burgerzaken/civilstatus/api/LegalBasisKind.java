package be.burgerzaken.civilstatus.api;

/** What an act rests on (rechtsgrond / base légale). */
public enum LegalBasisKind {
    /** A court decision (rechterlijke beslissing / décision judiciaire). */
    COURT_DECISION,
    /** A police report (proces-verbaal / procès-verbal). */
    POLICE_REPORT,
    /** A royal decree (koninklijk besluit / arrêté royal). */
    ROYAL_DECREE,
    /** An administrative or ministerial decision (administratieve beslissing / décision administrative). */
    ADMINISTRATIVE_DECISION,
    /** A foreign act or decision (buitenlandse akte / acte étranger). */
    FOREIGN_ACT,
    /** A declaration before the civil registrar (aangifte, verklaring / déclaration). */
    DECLARATION,
    /** Another civil-status act (akte / acte). */
    ACT
}
