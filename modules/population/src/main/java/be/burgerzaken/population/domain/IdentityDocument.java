package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.DocumentStatus;
import be.burgerzaken.population.api.DocumentStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An identity document (identiteitsdocument / document d'identité) of one person: card type, number, status
 * and validity. Its status only changes through {@link #take}, which follows {@link DocumentLifecycle} and
 * returns the history line to store with it. Biometrics are never stored: only that, by whom and when they
 * were captured.
 */
@Entity
@Table(name = "identity_document", schema = "population")
public class IdentityDocument {

    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "card_type")
    private String cardType;
    @Column(name = "card_number")
    private String cardNumber;
    @Column(name = "chip_number")
    private String chipNumber;
    @Enumerated(EnumType.STRING)
    private DocumentStatus status;
    private boolean urgent;
    @Column(name = "applied_at")
    private Instant appliedAt;
    @Column(name = "applied_by")
    private String appliedBy;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "validity_rule")
    private String validityRule;
    @Column(name = "photo_captured")
    private boolean photoCaptured;
    @Column(name = "photo_captured_by")
    private String photoCapturedBy;
    @Column(name = "photo_captured_at")
    private Instant photoCapturedAt;
    @Column(name = "fingerprints_captured")
    private boolean fingerprintsCaptured;
    @Column(name = "fingerprints_captured_by")
    private String fingerprintsCapturedBy;
    @Column(name = "fingerprints_captured_at")
    private Instant fingerprintsCapturedAt;
    @Column(name = "declaration_ref")
    private String declarationReference;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "expected_on")
    private LocalDate expectedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "code_letter")
    private CodeLetter codeLetter = CodeLetter.PIN_AND_PUK;
    @Version
    private long version;

    protected IdentityDocument() {
    }

    /** A new application, with the validity the rule table gave for the application date. */
    public IdentityDocument(UUID id, UUID personId, String cardType, boolean urgent, Instant now, String by,
                            Validity validity, boolean photo, boolean fingerprints) {
        this.id = id;
        this.personId = personId;
        this.cardType = cardType;
        this.urgent = urgent;
        this.status = DocumentStatus.APPLIED;
        this.appliedAt = now;
        this.appliedBy = by;
        this.validFrom = validity.validFrom();
        this.validUntil = validity.validUntil();
        this.validityRule = validity.rule().id();
        this.photoCaptured = photo;
        this.photoCapturedBy = photo ? by : null;
        this.photoCapturedAt = photo ? now : null;
        this.fingerprintsCaptured = fingerprints;
        this.fingerprintsCapturedBy = fingerprints ? by : null;
        this.fingerprintsCapturedAt = fingerprints ? now : null;
        this.updatedAt = now;
    }

    /**
     * Sets the day an urgent card is expected ({@link UrgentProcedure}) and the codes of its letter; at the
     * application, before it is stored.
     */
    public void procedure(LocalDate expectedOn, CodeLetter codeLetter) {
        this.expectedOn = expectedOn;
        this.codeLetter = codeLetter;
    }

    /** The history line of the application itself. */
    public DocumentStatusChange applicationRecord() {
        return new DocumentStatusChange(UUID.randomUUID(), id, null, DocumentStatus.APPLIED, null, appliedAt,
                appliedBy, urgent ? "urgent procedure" + (expectedOn == null ? "" : ", expected on " + expectedOn)
                        : null, null);
    }

    /**
     * Takes a step of the procedure; refuses (409) a step the current status does not allow. Returns the
     * history line to store.
     */
    public DocumentStatusChange take(DocumentStep step, Instant now, String by, String reason, String reference) {
        DocumentStatus from = status;
        DocumentStatus to = DocumentLifecycle.next(from, step);
        status = to;
        if (step == DocumentStep.REPORT_LOST || step == DocumentStep.REPORT_STOLEN) {
            declarationReference = reference;
        }
        updatedAt = now;
        return new DocumentStatusChange(UUID.randomUUID(), id, from, to, step, now, by, reason, reference);
    }

    /** Sets the card number (compact form) and chip number at the production order. */
    public void numbers(String cardNumber, String chipNumber) {
        this.cardNumber = cardNumber;
        this.chipNumber = chipNumber;
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public String cardType() { return cardType; }
    public String cardNumber() { return cardNumber; }
    public String chipNumber() { return chipNumber; }
    public DocumentStatus status() { return status; }
    public boolean urgent() { return urgent; }
    public Instant appliedAt() { return appliedAt; }
    public String appliedBy() { return appliedBy; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
    public String validityRule() { return validityRule; }
    public boolean photoCaptured() { return photoCaptured; }
    public String photoCapturedBy() { return photoCapturedBy; }
    public Instant photoCapturedAt() { return photoCapturedAt; }
    public boolean fingerprintsCaptured() { return fingerprintsCaptured; }
    public String fingerprintsCapturedBy() { return fingerprintsCapturedBy; }
    public Instant fingerprintsCapturedAt() { return fingerprintsCapturedAt; }
    public String declarationReference() { return declarationReference; }
    public LocalDate expectedOn() { return expectedOn; }
    public CodeLetter codeLetter() { return codeLetter == null ? CodeLetter.PIN_AND_PUK : codeLetter; }
    public long version() { return version; }
}
