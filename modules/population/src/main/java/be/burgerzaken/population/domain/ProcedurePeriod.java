package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the periods the register procedures record share besides their {@link RecordedPeriod}: an id, the person
 * and the legal basis (kind and reference) of the record.
 */
@MappedSuperclass
public abstract class ProcedurePeriod extends RecordedPeriod {
    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "basis_kind")
    private String basisKind;
    @Column(name = "basis_ref")
    private String basisRef;

    protected ProcedurePeriod() {
    }

    protected ProcedurePeriod(UUID id, UUID personId, LocalDate validFrom, Instant recordedAt, String recordedBy,
                              String basisKind, String basisRef) {
        super(validFrom, recordedAt, recordedBy);
        this.id = id;
        this.personId = personId;
        this.basisKind = basisKind;
        this.basisRef = basisRef;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String basisKind() {
        return basisKind;
    }

    public String basisRef() {
        return basisRef;
    }
}
