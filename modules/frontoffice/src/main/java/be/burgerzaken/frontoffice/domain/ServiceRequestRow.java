package be.burgerzaken.frontoffice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A citizen's service request (row of {@code frontoffice.service_request}). Plain row: the application services keep the rules. */
@Entity
@Table(schema = "frontoffice", name = "service_request")
public class ServiceRequestRow {
    @Id
    @Column(name = "id")
    public UUID id;
    @Column(name = "product_code")
    public String productCode;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "requester_nn")
    public String requesterNn;
    @Column(name = "requester_relation")
    public String requesterRelation;
    @Column(name = "channel")
    public String channel;
    @Column(name = "status")
    public String status;
    @Column(name = "procedure_key")
    public String procedureKey;
    @Column(name = "procedure_ref")
    public String procedureRef;
    @Convert(converter = UuidStringConverter.class)
    @Column(name = "document_id")
    public UUID documentId;
    @Column(name = "verification_code")
    public String verificationCode;
    @Column(name = "assigned_to")
    public String assignedTo;
    @Column(name = "note")
    public String note;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "target_days")
    public int targetDays;
    @Column(name = "lead_days")
    public Integer leadDays;
    @Column(name = "first_contact")
    public boolean firstContact;
    @Version
    @Column(name = "version")
    public long version;
}
