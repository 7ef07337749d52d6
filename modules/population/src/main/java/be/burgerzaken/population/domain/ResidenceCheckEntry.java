package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One police residence check outcome (woonstvaststelling / enquête de résidence) recorded on a change of address,
 * issue 3 task E: the first check, or a correction of the previous one (verbetering / rectification) with its
 * reason. A corrected row is kept, marked superseded (who, when); it is never overwritten.
 */
@Entity
@Table(name = "residence_check_entry", schema = "population")
public class ResidenceCheckEntry {
    @Id
    private UUID id;
    @Column(name = "address_change_id")
    private UUID addressChangeId;
    private String outcome;
    @Column(name = "visit_date")
    private LocalDate visitDate;
    private String remarks;
    private String reference;
    @Column(name = "recorded_at")
    @Convert(converter = PopulationInstantConverter.class)
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "correction_reason")
    private String correctionReason;
    @Column(name = "superseded_at")
    @Convert(converter = PopulationInstantConverter.class)
    private Instant supersededAt;
    @Column(name = "superseded_by")
    private String supersededBy;

    protected ResidenceCheckEntry() {
    }

    public ResidenceCheckEntry(UUID id, UUID addressChangeId, String outcome, LocalDate visitDate, String remarks,
                               String reference, Instant recordedAt, String recordedBy, String correctionReason) {
        this.id = id;
        this.addressChangeId = addressChangeId;
        this.outcome = outcome;
        this.visitDate = visitDate;
        this.remarks = remarks;
        this.reference = reference;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.correctionReason = correctionReason;
    }

    /** A later check supersedes this one. */
    public void supersede(Instant now, String by) {
        this.supersededAt = now;
        this.supersededBy = by;
    }

    public UUID id() { return id; }
    public UUID addressChangeId() { return addressChangeId; }
    public String outcome() { return outcome; }
    public LocalDate visitDate() { return visitDate; }
    public String remarks() { return remarks; }
    public String reference() { return reference; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public String correctionReason() { return correctionReason; }
    public Instant supersededAt() { return supersededAt; }
    public String supersededBy() { return supersededBy; }
}
