package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.AccessBasis;
import be.burgerzaken.civilstatus.api.ExtractKind;
import be.burgerzaken.civilstatus.api.RequesterRelation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One issued extract or copy (uitgereikt uittreksel / extrait délivré): the request, the access decision and the
 * kernel document. Only inserted (on PostgreSQL a trigger refuses changes).
 */
@Entity
@Table(name = "extract_request", schema = "civilstatus")
public class ExtractRequestRow {
    @Id
    private UUID id;
    @Column(name = "act_id")
    private UUID actId;
    @Enumerated(EnumType.STRING)
    private ExtractKind kind;
    private String language;
    /** VARCHAR(36): a NULL UUID bound by JPA reaches PostgreSQL as VARCHAR. */
    @Column(name = "requester_person_id")
    private String requesterPersonId;
    @Column(name = "requester_name")
    private String requesterName;
    @Column(name = "requester_national_number")
    private String requesterNationalNumber;
    @Enumerated(EnumType.STRING)
    private RequesterRelation relation;
    @Enumerated(EnumType.STRING)
    @Column(name = "access_basis")
    private AccessBasis access;
    @Column(name = "declared_basis")
    private String declaredBasis;
    @Column(name = "rule_id")
    private String ruleId;
    @Column(name = "public_from")
    private LocalDate publicFrom;
    private String channel;
    private String purpose;
    @Column(name = "document_id")
    private UUID documentId;
    @Column(name = "verification_code")
    private String verificationCode;
    @Column(name = "verify_url")
    private String verifyUrl;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "issued_by")
    private String issuedBy;

    protected ExtractRequestRow() {
    }

    public ExtractRequestRow(UUID id, UUID actId, ExtractKind kind, String language, UUID requesterPersonId,
                             String requesterName, String requesterNationalNumber, RequesterRelation relation,
                             AccessBasis access, String declaredBasis, String ruleId, LocalDate publicFrom,
                             String channel, String purpose, UUID documentId, String verificationCode,
                             String verifyUrl, Instant issuedAt, String issuedBy) {
        this.id = id;
        this.actId = actId;
        this.kind = kind;
        this.language = language;
        this.requesterPersonId = requesterPersonId == null ? null : requesterPersonId.toString();
        this.requesterName = requesterName;
        this.requesterNationalNumber = requesterNationalNumber;
        this.relation = relation;
        this.access = access;
        this.declaredBasis = declaredBasis;
        this.ruleId = ruleId;
        this.publicFrom = publicFrom;
        this.channel = channel;
        this.purpose = purpose;
        this.documentId = documentId;
        this.verificationCode = verificationCode;
        this.verifyUrl = verifyUrl;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public UUID id() { return id; }
    public UUID actId() { return actId; }
    public ExtractKind kind() { return kind; }
    public String language() { return language; }
    public UUID requesterPersonId() { return requesterPersonId == null ? null : UUID.fromString(requesterPersonId); }
    public String requesterName() { return requesterName; }
    public String requesterNationalNumber() { return requesterNationalNumber; }
    public RequesterRelation relation() { return relation; }
    public AccessBasis access() { return access; }
    public String declaredBasis() { return declaredBasis; }
    public String ruleId() { return ruleId; }
    public LocalDate publicFrom() { return publicFrom; }
    public String channel() { return channel; }
    public String purpose() { return purpose; }
    public UUID documentId() { return documentId; }
    public String verificationCode() { return verificationCode; }
    public String verifyUrl() { return verifyUrl; }
    public Instant issuedAt() { return issuedAt; }
    public String issuedBy() { return issuedBy; }
}
