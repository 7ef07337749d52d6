package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A quality signal raised by a rule about an address or a person: the facts (JSON), the status of its review.
 * {@code openKey} is set while the signal is open (unique: one open signal per rule and subject) and cleared by
 * the review. Reviews bump the version.
 */
@Entity
@Table(name = "quality_signal", schema = "population")
public class QualitySignalRow {
    public static final String OPEN = "OPEN";

    @Id
    private UUID id;
    @Column(name = "rule_id")
    private UUID ruleId;
    @Column(name = "rule_code")
    private String ruleCode;
    private String severity;
    @Column(name = "subject_kind")
    private String subjectKind;
    @Column(name = "subject_id")
    private String subjectId;
    @Column(name = "reference_date")
    private LocalDate referenceDate;
    @Column(name = "person_count")
    private int personCount;
    private String facts;
    private String fingerprint;
    private String status;
    @Column(name = "open_key")
    private String openKey;
    @Column(name = "detected_at")
    private Instant detectedAt;
    @Column(name = "detected_by")
    private String detectedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "review_note")
    private String reviewNote;
    @Version
    private long version;

    protected QualitySignalRow() {
    }

    public QualitySignalRow(UUID id, UUID ruleId, String ruleCode, String severity, String subjectKind, UUID subjectId,
                            LocalDate referenceDate, int personCount, String facts, String fingerprint,
                            Instant detectedAt, String detectedBy) {
        this.id = id;
        this.ruleId = ruleId;
        this.ruleCode = ruleCode;
        this.severity = severity;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId.toString();
        this.referenceDate = referenceDate;
        this.personCount = personCount;
        this.facts = facts;
        this.fingerprint = fingerprint;
        this.status = OPEN;
        this.openKey = openKey(ruleCode, subjectId.toString());
        this.detectedAt = detectedAt;
        this.detectedBy = detectedBy;
    }

    /** The key of the one open signal a rule may have about a subject. */
    public static String openKey(String ruleCode, String subjectId) {
        return ruleCode + ":" + subjectId;
    }

    /** Records the review: the status, who, when, the note; the signal is no longer open. */
    public void review(String outcome, String note, Instant at, String by) {
        this.status = outcome;
        this.reviewNote = note;
        this.reviewedAt = at;
        this.reviewedBy = by;
        this.openKey = null;
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    public UUID id() {
        return id;
    }

    public UUID ruleId() {
        return ruleId;
    }

    public String ruleCode() {
        return ruleCode;
    }

    public String severity() {
        return severity;
    }

    public String subjectKind() {
        return subjectKind;
    }

    public UUID subjectId() {
        return UUID.fromString(subjectId);
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    public int personCount() {
        return personCount;
    }

    public String facts() {
        return facts;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String status() {
        return status;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public String detectedBy() {
        return detectedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public long version() {
        return version;
    }
}
