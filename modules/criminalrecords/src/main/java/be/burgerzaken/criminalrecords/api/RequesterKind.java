package be.burgerzaken.criminalrecords.api;

/** Who asks for the extract. */
public enum RequesterKind {
    /** The person themself (de betrokkene / la personne concernée). */
    SELF,
    /** A proxy holder with a written proxy (volmacht / procuration). */
    PROXY,
    /** A legal representative (wettelijk vertegenwoordiger / représentant légal), e.g. a parent of a minor. */
    LEGAL_REPRESENTATIVE
}
