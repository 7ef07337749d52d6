package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.RemovalStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An ex-officio removal procedure (afvoering van ambtswege / radiation d'office): proposed on a signal, supported by
 * the police report (the person is not found and the new address unknown), decided by the college or withdrawn.
 * Never deleted.
 */
@Entity
@Table(name = "removal_proposal", schema = "population")
public class RemovalProposal {
    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    private String status;
    @Column(name = "absent_since")
    private LocalDate absentSince;
    private String remarks;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "police_report_ref")
    private String policeReportRef;
    @Column(name = "police_finding_date")
    private LocalDate policeFindingDate;
    @Column(name = "police_recorded_at")
    private Instant policeRecordedAt;
    @Column(name = "police_recorded_by")
    private String policeRecordedBy;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "decision_ref")
    private String decisionRef;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "short_absence")
    private boolean shortAbsence;
    @Version
    private long version;

    protected RemovalProposal() {
    }

    public RemovalProposal(UUID id, UUID personId, LocalDate absentSince, String remarks, boolean shortAbsence,
                           Instant now, String by) {
        this.id = id;
        this.personId = personId;
        this.status = RemovalStatus.PROPOSED.name();
        this.absentSince = absentSince;
        this.remarks = remarks;
        this.shortAbsence = shortAbsence;
        this.proposedAt = now;
        this.proposedBy = by;
    }

    public void policeReport(String reference, LocalDate findingDate, boolean shortAbsence, Instant now, String by) {
        this.policeReportRef = reference;
        this.policeFindingDate = findingDate;
        this.shortAbsence = shortAbsence;
        this.policeRecordedAt = now;
        this.policeRecordedBy = by;
    }

    public void decide(LocalDate date, String reference, boolean shortAbsence, Instant now, String by) {
        this.status = RemovalStatus.DECIDED.name();
        this.decisionDate = date;
        this.decisionRef = reference;
        this.shortAbsence = shortAbsence;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    public void cancel(String reason, Instant now, String by) {
        this.status = RemovalStatus.CANCELLED.name();
        this.cancelReason = reason;
        this.cancelledAt = now;
        this.cancelledBy = by;
    }

    public boolean open() {
        return RemovalStatus.PROPOSED.name().equals(status);
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public RemovalStatus status() {
        return RemovalStatus.valueOf(status);
    }

    public LocalDate absentSince() {
        return absentSince;
    }

    public String remarks() {
        return remarks;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public String policeReportRef() {
        return policeReportRef;
    }

    public LocalDate policeFindingDate() {
        return policeFindingDate;
    }

    public Instant policeRecordedAt() {
        return policeRecordedAt;
    }

    public String policeRecordedBy() {
        return policeRecordedBy;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public String decisionRef() {
        return decisionRef;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public boolean shortAbsence() {
        return shortAbsence;
    }

    public long version() {
        return version;
    }
}
