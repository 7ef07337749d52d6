package be.burgerzaken.criminalrecords.domain;

import be.burgerzaken.criminalrecords.api.DeliveryChannel;
import be.burgerzaken.criminalrecords.api.ExtractModel;
import be.burgerzaken.criminalrecords.api.ExtractRequestView;
import be.burgerzaken.criminalrecords.api.RequestChannel;
import be.burgerzaken.criminalrecords.api.RequestStatus;
import be.burgerzaken.criminalrecords.api.RequesterKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A request for an extract from the criminal record, from intake to issued or refused; optimistic locking. */
@Entity
@Table(name = "extract_request", schema = "criminalrecords")
public class ExtractRequestRow {
    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "national_number")
    private String nationalNumber;
    @Enumerated(EnumType.STRING)
    private ExtractModel model;
    @Column(name = "sub_type")
    private String subType;
    @Column(name = "stated_purpose")
    private String statedPurpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "requester_kind")
    private RequesterKind requesterKind;
    @Column(name = "representative_name")
    private String representativeName;
    private String proof;
    @Enumerated(EnumType.STRING)
    private RequestChannel channel;
    @Enumerated(EnumType.STRING)
    private DeliveryChannel delivery;
    private String language;
    @Column(name = "eu_translation_form")
    private boolean euTranslationForm;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private BigDecimal fee;
    @Column(name = "refusal_reason")
    private String refusalReason;
    private Boolean blank;
    @Column(name = "lines_shown")
    private Integer linesShown;
    @Column(name = "rule_set")
    private String ruleSet;
    /** VARCHAR(36): NULL until issued (a NULL UUID bound by JPA breaks on PostgreSQL). */
    @Column(name = "document_id")
    private String documentId;
    @Column(name = "verification_code")
    private String verificationCode;
    @Column(name = "verify_url")
    private String verifyUrl;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "received_by")
    private String receivedBy;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Version
    private long version;

    protected ExtractRequestRow() {
    }

    public ExtractRequestRow(UUID id, UUID personId, String personName, String nationalNumber, ExtractModel model,
                             String subType, String statedPurpose, RequesterKind requesterKind,
                             String representativeName, String proof, RequestChannel channel,
                             DeliveryChannel delivery, String language, boolean euTranslationForm, BigDecimal fee,
                             Instant receivedAt, String receivedBy) {
        this.id = id;
        this.personId = personId;
        this.personName = personName;
        this.nationalNumber = nationalNumber;
        this.model = model;
        this.subType = subType;
        this.statedPurpose = statedPurpose;
        this.requesterKind = requesterKind;
        this.representativeName = representativeName;
        this.proof = proof;
        this.channel = channel;
        this.delivery = delivery;
        this.language = language;
        this.euTranslationForm = euTranslationForm;
        this.fee = fee;
        this.status = RequestStatus.RECEIVED;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    public void checked(Instant at, String by) {
        status = RequestStatus.CHECKED;
        checkedAt = at;
        checkedBy = by;
    }

    public void issued(UUID document, String code, String url, boolean isBlank, int lines, String rules, Instant at,
                       String by) {
        status = RequestStatus.ISSUED;
        documentId = document.toString();
        verificationCode = code;
        verifyUrl = url;
        blank = isBlank;
        linesShown = lines;
        ruleSet = rules;
        closedAt = at;
        closedBy = by;
    }

    public void refused(String reason, Instant at, String by) {
        status = RequestStatus.REFUSED;
        refusalReason = reason;
        closedAt = at;
        closedBy = by;
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public ExtractModel model() { return model; }
    public String subType() { return subType; }
    public String statedPurpose() { return statedPurpose; }
    public String language() { return language; }
    public boolean euTranslationForm() { return euTranslationForm; }
    public RequestStatus status() { return status; }
    public RequesterKind requesterKind() { return requesterKind; }
    public String representativeName() { return representativeName; }
    public DeliveryChannel delivery() { return delivery; }
    public String personName() { return personName; }
    public String nationalNumber() { return nationalNumber; }
    public UUID documentId() { return documentId == null ? null : UUID.fromString(documentId); }
    public long version() { return version; }

    public ExtractRequestView view() {
        return new ExtractRequestView(id, personId, personName, nationalNumber, model, subType, statedPurpose,
                requesterKind, representativeName, proof, channel, delivery, language, euTranslationForm, status, fee,
                refusalReason, blank, linesShown, documentId(), verificationCode, verifyUrl, receivedAt, receivedBy,
                checkedAt, checkedBy, closedAt, closedBy, version);
    }
}
