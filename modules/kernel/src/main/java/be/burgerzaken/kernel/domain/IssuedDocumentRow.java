package be.burgerzaken.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the register of issued documents (register van uitgereikte documenten / registre des documents
 * délivrés): what was issued, for whom, by whom, when, the SHA-256 of the PDF and the PDF itself. Only the
 * revocation ever changes a row.
 */
@Entity
@Table(name = "issued_document", schema = "kernel")
public class IssuedDocumentRow {
    public static final String VALID = "VALID";
    public static final String REVOKED = "REVOKED";

    @Id
    private UUID id;
    @Column(name = "verification_code")
    private String verificationCode;
    @Column(name = "doc_type")
    private String docType;
    private String language;
    /**
     * Written by {@code DocumentStore.add} after the insert, and only when there is a subject: a NULL UUID bound by
     * JPA reaches PostgreSQL as VARCHAR, which a uuid column refuses (a document about no registered person).
     */
    @Column(name = "subject_person_id", insertable = false, updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID subjectPersonId;
    private String requester;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    private String sha256;
    @Column(name = "core_facts")
    private String coreFacts;
    private byte[] pdf;
    private String status;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoke_reason")
    private String revokeReason;
    @Version
    private long version;
    /**
     * A document of a print run (issue 10) has no PDF of its own: its pages {@code firstPage ..} of the run's PDF.
     * Written only by the run's batch insert ({@code DocumentStore.addRun}).
     */
    @Column(name = "print_run_id", insertable = false, updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID printRunId;
    @Column(name = "first_page", insertable = false, updatable = false)
    private Integer firstPage;
    @Column(name = "page_count", insertable = false, updatable = false)
    private Integer pageCount;

    protected IssuedDocumentRow() {
    }

    public IssuedDocumentRow(UUID id, String verificationCode, String docType, String language, UUID subjectPersonId,
                             String requester, String issuedBy, Instant issuedAt, String sha256, String coreFacts,
                             byte[] pdf) {
        this.id = id;
        this.verificationCode = verificationCode;
        this.docType = docType;
        this.language = language;
        this.subjectPersonId = subjectPersonId;
        this.requester = requester;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.sha256 = sha256;
        this.coreFacts = coreFacts;
        this.pdf = pdf;
        this.status = VALID;
    }

    /** Marks the document revoked (ingetrokken / révoqué); verification answers REVOKED from then on. */
    public void revoke(Instant at, String by, String reason) {
        if (REVOKED.equals(status)) {
            throw new IllegalStateException("document " + verificationCode + " is already revoked");
        }
        this.status = REVOKED;
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason;
    }

    public UUID id() { return id; }
    public String verificationCode() { return verificationCode; }
    public String docType() { return docType; }
    public String language() { return language; }
    public UUID subjectPersonId() { return subjectPersonId; }
    public String requester() { return requester; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
    public String sha256() { return sha256; }
    public String coreFacts() { return coreFacts; }
    public byte[] pdf() { return pdf; }
    public String status() { return status; }
    public boolean revoked() { return REVOKED.equals(status); }
    public Instant revokedAt() { return revokedAt; }
    public String revokedBy() { return revokedBy; }
    public String revokeReason() { return revokeReason; }
    public long version() { return version; }
    /** The print run holding the document's pages, or null when the row holds its own PDF. */
    public UUID printRunId() { return printRunId; }
    public Integer firstPage() { return firstPage; }
    public Integer pageCount() { return pageCount; }
}
