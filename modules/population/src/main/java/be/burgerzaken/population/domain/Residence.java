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
public class Residence {
    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "address_id")
    private UUID addressId;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    private String origin;
    @Column(name = "origin_nis")
    private String originNis;
    @Column(name = "origin_country")
    private String originCountry;
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

    protected Residence() {
    }

    public Residence(UUID id, UUID personId, UUID addressId, LocalDate validFrom, String origin, String originNis,
                     String originCountry, Instant recordedAt, String recordedBy, String basisKind, String basisRef) {
        this.id = id;
        this.personId = personId;
        this.addressId = addressId;
        this.validFrom = validFrom;
        this.origin = origin;
        this.originNis = originNis;
        this.originCountry = originCountry;
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

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public UUID addressId() {
        return addressId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
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

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
