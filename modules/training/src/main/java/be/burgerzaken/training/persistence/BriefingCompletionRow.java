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

/** A staff member completed a legal change briefing. */
@Entity
@Table(name = "briefing_completion", schema = "training")
public class BriefingCompletionRow {
    @Id
    private UUID id;
    @Column(name = "legal_change_id")
    private UUID legalChangeId;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "registered_by")
    private String registeredBy;

    public BriefingCompletionRow() {
    }

    public UUID id() {
        return id;
    }

    public BriefingCompletionRow id(UUID value) {
        this.id = value;
        return this;
    }

    public UUID legalChangeId() {
        return legalChangeId;
    }

    public BriefingCompletionRow legalChangeId(UUID value) {
        this.legalChangeId = value;
        return this;
    }

    public UUID staffId() {
        return staffId;
    }

    public BriefingCompletionRow staffId(UUID value) {
        this.staffId = value;
        return this;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public BriefingCompletionRow completedOn(LocalDate value) {
        this.completedOn = value;
        return this;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public BriefingCompletionRow registeredBy(String value) {
        this.registeredBy = value;
        return this;
    }
}
