package be.burgerzaken.criminalrecords.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A conviction of the register in our store (its penalties as JSON); replaced when the register changes it. */
@Entity
@Table(name = "conviction", schema = "criminalrecords")
public class ConvictionRow {
    @Id
    private UUID id;
    @Column(name = "central_id")
    private String centralId;
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
    @Column(name = "content_hash")
    private String contentHash;
    private int revision;
    @Column(name = "imported_at")
    private Instant importedAt;
    @Column(name = "imported_by")
    private String importedBy;
    @Version
    private long version;

    protected ConvictionRow() {
    }

    public ConvictionRow(UUID id, String centralId) {
        this.id = id;
        this.centralId = centralId;
    }

    /** Sets the content of a (new or next) revision. */
    public void content(UUID personId, String court, LocalDate decisionDate, LocalDate finalDate, String category,
                        String penalties, LocalDate rehabilitatedOn, String contentHash, int revision,
                        Instant importedAt, String importedBy) {
        this.personId = personId;
        this.court = court;
        this.decisionDate = decisionDate;
        this.finalDate = finalDate;
        this.category = category;
        this.penalties = penalties;
        this.rehabilitatedOn = rehabilitatedOn;
        this.contentHash = contentHash;
        this.revision = revision;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public UUID id() { return id; }
    public String centralId() { return centralId; }
    public UUID personId() { return personId; }
    public String court() { return court; }
    public LocalDate decisionDate() { return decisionDate; }
    public LocalDate finalDate() { return finalDate; }
    public String category() { return category; }
    public String penalties() { return penalties; }
    public LocalDate rehabilitatedOn() { return rehabilitatedOn; }
    public String contentHash() { return contentHash; }
    public int revision() { return revision; }
    public Instant importedAt() { return importedAt; }
    public String importedBy() { return importedBy; }
    public long version() { return version; }
}
