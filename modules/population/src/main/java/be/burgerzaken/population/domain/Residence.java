package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A period of main residence (hoofdverblijfplaats / résidence principale) at an address; closed, never deleted. */
@Entity
@Table(name = "residence", schema = "population")
public class Residence extends RecordedPeriod {
    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "address_id")
    private UUID addressId;
    private String origin;
    @Column(name = "origin_nis")
    private String originNis;
    @Column(name = "origin_country")
    private String originCountry;
    @Column(name = "basis_kind")
    private String basisKind;
    @Column(name = "basis_ref")
    private String basisRef;

    protected Residence() {
    }

    public Residence(UUID id, UUID personId, UUID addressId, LocalDate validFrom, String origin, String originNis,
                     String originCountry, Instant recordedAt, String recordedBy, String basisKind, String basisRef) {
        super(validFrom, recordedAt, recordedBy);
        this.id = id;
        this.personId = personId;
        this.addressId = addressId;
        this.origin = origin;
        this.originNis = originNis;
        this.originCountry = originCountry;
        this.basisKind = basisKind;
        this.basisRef = basisRef;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public UUID addressId() {
        return addressId;
    }

    public String origin() {
        return origin;
    }

    public String originNis() {
        return originNis;
    }

    public String originCountry() {
        return originCountry;
    }

    public String basisKind() {
        return basisKind;
    }

    public String basisRef() {
        return basisRef;
    }
}
