package be.burgerzaken.population.api;

/** A step of the identity-document procedure (stap / étape); each leads from some statuses to one other. */
public enum DocumentStep {
    /** Record the production order (productieopdracht / commande de production) with the card number. */
    ORDER_PRODUCTION,
    /** Record that the PIN/PUK letter was sent (PIN/PUK-brief / lettre PIN/PUK). */
    SEND_PIN_PUK_LETTER,
    /** Hand out and activate the card (uitreiken en activeren / délivrer et activer). */
    DELIVER,
    /** Declaration of loss (verliesaangifte / déclaration de perte); needs its reference. */
    REPORT_LOST,
    /** Declaration of theft (aangifte van diefstal / déclaration de vol); needs the police report reference. */
    REPORT_STOLEN,
    /** Cancel (annuleren / annuler); needs a reason. */
    CANCEL,
    /** Record that the card's validity has ended (vervallen / expiration). */
    EXPIRE
}
