package be.burgerzaken.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One recorded identity fact (gegeven / donnée) with valid time and record time. Never updated or deleted
 * (the PostgreSQL schema forbids it); a correction is a later row.
 */
@Entity
@Table(name = "person_fact", schema = "kernel")
public class PersonFact {
    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    private String fact;
    @Column(name = "fact_value")
    private String value;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "basis_kind")
    private String basisKind;
    @Column(name = "basis_ref")
    private String basisRef;
    private String note;

    protected PersonFact() {
    }

    public PersonFact(UUID id, UUID personId, String fact, String value, LocalDate validFrom, LocalDate validTo,
                      Instant recordedAt, String recordedBy, String basisKind, String basisRef, String note) {
        this.id = id;
        this.personId = personId;
        this.fact = fact;
        this.value = value;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.basisKind = basisKind;
        this.basisRef = basisRef;
        this.note = note;
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public String fact() { return fact; }
    public String value() { return value; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public String basisKind() { return basisKind; }
    public String basisRef() { return basisRef; }
    public String note() { return note; }

    public FactTimeline.Entry<PersonFact> asEntry() {
        return new FactTimeline.Entry<>(validFrom, validTo, recordedAt, this);
    }
}
