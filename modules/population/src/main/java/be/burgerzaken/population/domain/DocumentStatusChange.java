package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.DocumentStatus;
import be.burgerzaken.population.api.DocumentStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of an identity document's status history: from, to, which step, when, by whom, why. Insert only. */
@Entity
@Table(name = "identity_document_event", schema = "population")
public class DocumentStatusChange {
    @Id
    private UUID id;
    @Column(name = "document_id")
    private UUID documentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private DocumentStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private DocumentStatus toStatus;
    @Enumerated(EnumType.STRING)
    private DocumentStep step;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    private String reason;
    private String reference;

    protected DocumentStatusChange() {
    }

    public DocumentStatusChange(UUID id, UUID documentId, DocumentStatus fromStatus, DocumentStatus toStatus,
                                DocumentStep step, Instant occurredAt, String recordedBy, String reason,
                                String reference) {
        this.id = id;
        this.documentId = documentId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.step = step;
        this.occurredAt = occurredAt;
        this.recordedBy = recordedBy;
        this.reason = reason;
        this.reference = reference;
    }

    public UUID id() { return id; }
    public UUID documentId() { return documentId; }
    public DocumentStatus fromStatus() { return fromStatus; }
    public DocumentStatus toStatus() { return toStatus; }
    public DocumentStep step() { return step; }
    public Instant occurredAt() { return occurredAt; }
    public String recordedBy() { return recordedBy; }
    public String reason() { return reason; }
    public String reference() { return reference; }
}
