package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Identity documents (identiteitsdocumenten / documents d'identité): eID, Kids-ID and foreigners' residence
 * cards, from the application at the counter to delivery, loss, theft, cancellation or expiry.
 *
 * <p>Every call that reads or changes a person's documents checks access (reads {@code READ_PERSON}, changes
 * {@code WRITE_PERSON}) and writes the protocol log in the same transaction; refused attempts are logged in a
 * transaction of their own. Bad input is refused with one problem per field and nothing is stored. Changes
 * name the version they are based on (optimistic locking); a step the current status does not allow is a
 * conflict naming the status and the steps allowed next.
 */
public interface IdentityDocuments {

    /** The card types, with their names in nl/fr/en (no personal data). */
    List<CardTypeView> cardTypes();

    /**
     * Takes an application (aanvraag / demande): checks that the person may hold the card type (nationality,
     * age on the application date), computes the validity from the dated legal rules, records the capture of
     * photo and fingerprints by the current user.
     */
    IdentityDocumentView apply(DocumentApplication application, AccessContext context);

    /** Records the production order (productieopdracht / commande de production) with the card number. */
    IdentityDocumentView recordProductionOrder(UUID documentId, String cardNumber, String chipNumber,
                                               long expectedVersion, AccessContext context);

    /** Records that the PIN/PUK letter (PIN/PUK-brief / lettre PIN/PUK) was sent. */
    IdentityDocumentView recordPinPukLetter(UUID documentId, long expectedVersion, AccessContext context);

    /** Records that the card was handed out and activated (uitgereikt / délivrée). */
    IdentityDocumentView deliver(UUID documentId, long expectedVersion, AccessContext context);

    /** Records a declaration of loss (verliesaangifte / déclaration de perte) with its reference. */
    IdentityDocumentView reportLost(UUID documentId, String declarationReference, long expectedVersion,
                                    AccessContext context);

    /** Records a theft (diefstal / vol) with the police report (proces-verbaal / procès-verbal) reference. */
    IdentityDocumentView reportStolen(UUID documentId, String policeReportReference, long expectedVersion,
                                      AccessContext context);

    /** Cancels the application or the card (annulering / annulation), with the reason. */
    IdentityDocumentView cancel(UUID documentId, String reason, long expectedVersion, AccessContext context);

    /** Records that the card's validity has ended (vervallen / expirée); only after its last valid day. */
    IdentityDocumentView recordExpiry(UUID documentId, long expectedVersion, AccessContext context);

    /** Any step by name: the REST API's {@code events} door to the methods above. */
    IdentityDocumentView record(UUID documentId, DocumentEvent event, long expectedVersion, AccessContext context);

    IdentityDocumentView get(UUID documentId, AccessContext context);

    /** A person's documents, newest application first. */
    List<IdentityDocumentView> forPerson(UUID personId, AccessContext context);

    /**
     * Activated cards whose last valid day falls in {@code [from, to)}, soonest first: the list of citizens to
     * invite for a new card.
     */
    Page<ExpiringDocument> expiring(LocalDate from, LocalDate to, int page, int size, AccessContext context);

    /**
     * The card types the person may hold when applying today (nationality, age on the application date), each with
     * the validity the dated rules would give it: the counter's choice and preview before {@link #apply}.
     */
    List<CardOption> options(UUID personId, AccessContext context);

    /**
     * Records expiry for every activated card whose last valid day has passed, in batches of one transaction each,
     * as the system actor (each card protocol-logged). Several instances may run it at once: each card is taken by
     * one of them ({@code FOR UPDATE SKIP LOCKED}) and a second run expires nothing. Needs {@code RUN_SCHEDULED_JOB}
     * (administrator) when called on demand; the daily job calls it without a caller.
     */
    ExpiryRun runExpiry(AccessContext context);

    /** The largest page {@link #expiring} serves. */
    int MAX_PAGE_SIZE = 500;
}
