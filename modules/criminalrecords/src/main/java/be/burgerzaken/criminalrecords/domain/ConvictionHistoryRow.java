package be.burgerzaken.criminalrecords.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An earlier revision of a conviction the register changed (only inserted). */
@Entity
@Table(name = "conviction_history", schema = "criminalrecords")
public class ConvictionHistoryRow {
    @Id
    private UUID id;
    @Column(name = "central_id")
    private String centralId;
    private int revision;
    @Column(name = "person_id")
    private UUID personId;
    private String court;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "final_date")
    private LocalDate finalDate;
    @Column(name = "offence_category")
    private String category;
    private String penalties;
    @Column(name = "rehabilitated_on")
    private LocalDate rehabilitatedOn;
    @Column(name = "imported_at")
    private Instant importedAt;
    @Column(name = "imported_by")
    private String importedBy;
    @Column(name = "replaced_at")
    private Instant replacedAt;
    @Column(name = "replaced_by")
    private String replacedBy;

    protected ConvictionHistoryRow() {
    }

    public ConvictionHistoryRow(ConvictionRow old, Instant replacedAt, String replacedBy) {
        this.id = UUID.randomUUID();
        this.centralId = old.centralId();
        this.revision = old.revision();
        this.personId = old.personId();
        this.court = old.court();
        this.decisionDate = old.decisionDate();
        this.finalDate = old.finalDate();
        this.category = old.category();
        this.penalties = old.penalties();
        this.rehabilitatedOn = old.rehabilitatedOn();
        this.importedAt = old.importedAt();
        this.importedBy = old.importedBy();
        this.replacedAt = replacedAt;
        this.replacedBy = replacedBy;
    }

    public String centralId() { return centralId; }
    public int revision() { return revision; }
}
