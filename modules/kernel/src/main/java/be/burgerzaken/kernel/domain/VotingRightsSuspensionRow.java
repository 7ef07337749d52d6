package be.burgerzaken.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored voting-rights suspension (schorsing van het kiesrecht / suspension des droits électoraux). */
@Entity
@Table(name = "voting_rights_suspension", schema = "kernel")
public class VotingRightsSuspensionRow {
    @Id
    @Column(name = "source_ref")
    private String sourceRef;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "legal_basis")
    private String legalBasis;
    private boolean withdrawn;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private String changedBy;
    @Version
    private long version;

    protected VotingRightsSuspensionRow() {
    }

    public VotingRightsSuspensionRow(String sourceRef, UUID personId, Instant recordedAt, String recordedBy) {
        this.sourceRef = sourceRef;
        this.personId = personId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Sets the period and basis; true when anything differed. */
    public boolean set(UUID person, LocalDate from, LocalDate until, String basis, boolean isWithdrawn) {
        boolean same = person.equals(personId) && from.equals(validFrom) && java.util.Objects.equals(until, validUntil)
                && basis.equals(legalBasis) && isWithdrawn == withdrawn;
        personId = person;
        validFrom = from;
        validUntil = until;
        legalBasis = basis;
        withdrawn = isWithdrawn;
        return !same;
    }

    public void changed(Instant at, String by) {
        changedAt = at;
        changedBy = by;
    }

    public String sourceRef() { return sourceRef; }
    public UUID personId() { return personId; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
    public String legalBasis() { return legalBasis; }
    public boolean withdrawn() { return withdrawn; }
}
