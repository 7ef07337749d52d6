package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A departure abroad (vertrek naar het buitenland / départ à l'étranger) and the residence abroad it starts
 * (IT 022), valid from the day of departure until the return; closed, never deleted.
 */
@Entity
@Table(name = "emigration", schema = "population")
public class Emigration extends RecordedPeriod {
    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    private String country;
    @Column(name = "foreign_address")
    private String foreignAddress;
    @Column(name = "basis_kind")
    private String basisKind;
    @Column(name = "basis_ref")
    private String basisRef;

    protected Emigration() {
    }

    public Emigration(UUID id, UUID personId, String country, String foreignAddress, LocalDate date,
                      Instant recordedAt, String recordedBy, String basisKind, String basisRef) {
        super(date, recordedAt, recordedBy);
        this.id = id;
        this.personId = personId;
        this.country = country;
        this.foreignAddress = foreignAddress;
        this.basisKind = basisKind;
        this.basisRef = basisRef;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String country() {
        return country;
    }

    public String foreignAddress() {
        return foreignAddress;
    }

    public String basisKind() {
        return basisKind;
    }

    public String basisRef() {
        return basisRef;
    }
}
