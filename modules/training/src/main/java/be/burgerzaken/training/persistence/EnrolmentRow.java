package be.burgerzaken.training.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A staff member in a session: enrolled, waiting, cancelled or attended (with result and certificate). */
@Entity
@Table(name = "enrolment", schema = "training")
public class EnrolmentRow {
    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "staff_id")
    private UUID staffId;
    private String status;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;
    @Column(name = "attended_on")
    private LocalDate attendedOn;
    private String result;
    private Integer score;
    @Column(name = "certificate_id")
    private String certificateId;
    @Column(name = "certificate_code")
    private String certificateCode;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_reason")
    private String revokedReason;
    @Version
    private long version;

    public EnrolmentRow() {
    }

    public UUID id() {
        return id;
    }

    public EnrolmentRow id(UUID value) {
        this.id = value;
        return this;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public EnrolmentRow sessionId(UUID value) {
        this.sessionId = value;
        return this;
    }

    public UUID staffId() {
        return staffId;
    }

    public EnrolmentRow staffId(UUID value) {
        this.staffId = value;
        return this;
    }

    public String status() {
        return status;
    }

    public EnrolmentRow status(String value) {
        this.status = value;
        return this;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public EnrolmentRow enrolledAt(Instant value) {
        this.enrolledAt = value;
        return this;
    }

    public LocalDate attendedOn() {
        return attendedOn;
    }

    public EnrolmentRow attendedOn(LocalDate value) {
        this.attendedOn = value;
        return this;
    }

    public String result() {
        return result;
    }

    public EnrolmentRow result(String value) {
        this.result = value;
        return this;
    }

    public Integer score() {
        return score;
    }

    public EnrolmentRow score(Integer value) {
        this.score = value;
        return this;
    }

    public String certificateId() {
        return certificateId;
    }

    public EnrolmentRow certificateId(String value) {
        this.certificateId = value;
        return this;
    }

    public String certificateCode() {
        return certificateCode;
    }

    public EnrolmentRow certificateCode(String value) {
        this.certificateCode = value;
        return this;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public EnrolmentRow revokedAt(Instant value) {
        this.revokedAt = value;
        return this;
    }

    public String revokedReason() {
        return revokedReason;
    }

    public EnrolmentRow revokedReason(String value) {
        this.revokedReason = value;
        return this;
    }

    public long version() {
        return version;
    }
}
