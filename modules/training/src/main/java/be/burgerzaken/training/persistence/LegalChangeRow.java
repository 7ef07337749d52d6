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

/** A legal change (wetswijziging / modification légale) whose briefing the roles concerned must complete. */
@Entity
@Table(name = "legal_change", schema = "training")
public class LegalChangeRow {
    @Id
    private UUID id;
    private String code;
    private String title;
    @Column(name = "rule_reference")
    private String ruleReference;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private String roles;
    @Column(name = "marked_by")
    private String markedBy;
    @Version
    private long version;

    public LegalChangeRow() {
    }

    public UUID id() {
        return id;
    }

    public LegalChangeRow id(UUID value) {
        this.id = value;
        return this;
    }

    public String code() {
        return code;
    }

    public LegalChangeRow code(String value) {
        this.code = value;
        return this;
    }

    public String title() {
        return title;
    }

    public LegalChangeRow title(String value) {
        this.title = value;
        return this;
    }

    public String ruleReference() {
        return ruleReference;
    }

    public LegalChangeRow ruleReference(String value) {
        this.ruleReference = value;
        return this;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public LegalChangeRow effectiveOn(LocalDate value) {
        this.effectiveOn = value;
        return this;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LegalChangeRow dueOn(LocalDate value) {
        this.dueOn = value;
        return this;
    }

    public String roles() {
        return roles;
    }

    public LegalChangeRow roles(String value) {
        this.roles = value;
        return this;
    }

    public String markedBy() {
        return markedBy;
    }

    public LegalChangeRow markedBy(String value) {
        this.markedBy = value;
        return this;
    }

    public long version() {
        return version;
    }
}
