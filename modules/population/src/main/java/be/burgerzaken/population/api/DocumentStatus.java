package be.burgerzaken.population.api;

/**
 * Where an identity document is in its life (status / statut). The allowed steps between them are the
 * domain's state machine ({@code DocumentLifecycle}); every view lists the steps allowed next.
 */
public enum DocumentStatus {
    /** Applied for (aangevraagd / demandée): photo and fingerprints captured at the counter. */
    APPLIED,
    /** Production ordered (productieopdracht gegeven / commande de production passée); the card number is known. */
    PRODUCTION_ORDERED,
    /** PIN/PUK letter sent to the citizen (PIN/PUK-brief verstuurd / lettre PIN/PUK envoyée). */
    PIN_PUK_SENT,
    /** Handed out and activated at the counter (uitgereikt en geactiveerd / délivrée et activée). */
    ACTIVATED,
    /** Past its end of validity (vervallen / expirée). */
    EXPIRED,
    /** Declared lost (verloren verklaard / déclarée perdue), with the declaration reference. */
    LOST,
    /** Declared stolen (gestolen verklaard / déclarée volée), with the police report reference. */
    STOLEN,
    /** Cancelled (geannuleerd / annulée): application withdrawn, card not collected, or card revoked. */
    CANCELLED;

    /** No step leads out of a final status. */
    public boolean isFinal() {
        return this == EXPIRED || this == LOST || this == STOLEN || this == CANCELLED;
    }
}
