package be.burgerzaken.civilstatus.api;

/** Where an act is in its life (status van de akte / statut de l'acte). */
public enum ActStatus {
    /** Being drawn up (ontwerp / projet); may be changed, with the version it is based on. */
    DRAFT,
    /** Complete, waiting for the civil registrar's signature (klaar voor ondertekening / prêt pour signature). */
    READY_FOR_SIGNATURE,
    /**
     * Signed and registered (geregistreerd / enregistré) with its act number: never changed again; a correction is
     * an amended act.
     */
    REGISTERED,
    /** Given up with a reason, never registered (stopgezet / abandonné). */
    ABANDONED
}
