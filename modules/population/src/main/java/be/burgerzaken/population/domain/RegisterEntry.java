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
public class RegisterEntry extends RecordedPeriod {
    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "register_type")
    private String registerType;
    @Column(name = "basis_kind")
    private String basisKind;
    @Column(name = "basis_ref")
    private String basisRef;

    protected RegisterEntry() {
    }

    public RegisterEntry(UUID id, UUID personId, String registerType, LocalDate validFrom, Instant recordedAt,
                         String recordedBy, String basisKind, String basisRef) {
        super(validFrom, recordedAt, recordedBy);
        this.id = id;
        this.personId = personId;
        this.registerType = registerType;
        this.basisKind = basisKind;
        this.basisRef = basisRef;
    }

    public UUID personId() {
        return personId;
    }

    public String registerType() {
        return registerType;
    }

    public String basisKind() {
        return basisKind;
    }

    public String basisRef() {
        return basisRef;
    }
}
