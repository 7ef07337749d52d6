package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A period of the person in one register (IT 210); closed, never deleted. */
@Entity
@Table(name = "register_entry", schema = "population")
public class RegisterEntry {
    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "register_type")
    private String registerType;
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
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;

    protected RegisterEntry() {
    }

    public RegisterEntry(UUID id, UUID personId, String registerType, LocalDate validFrom, Instant recordedAt,
                         String recordedBy, String basisKind, String basisRef) {
        this.id = id;
        this.personId = personId;
        this.registerType = registerType;
        this.validFrom = validFrom;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.basisKind = basisKind;
        this.basisRef = basisRef;
    }

    public void close(LocalDate validTo, Instant at, String by) {
        this.validTo = validTo;
        this.closedAt = at;
        this.closedBy = by;
    }

    public UUID personId() {
        return personId;
    }

    public String registerType() {
        return registerType;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String basisKind() {
        return basisKind;
    }

    public String basisRef() {
        return basisRef;
    }
}
