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
    /** OCMW or PRIVATE_HOST when the address is a reference address (IT 024); null for an ordinary residence. */
    @Column(name = "reference_address")
    private String referenceAddress;
    /**
     * Set when the registration is provisional (voorlopige inschrijving / inscription provisoire, domain.md
     * section 3): why; null for a definitive registration (issue 3, task M).
     */
    @Column(name = "provisional_reason")
    private String provisionalReason;

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

    /** A residence at a reference address ({@code referenceAddress} OCMW or PRIVATE_HOST). */
    public Residence(UUID id, UUID personId, UUID addressId, LocalDate validFrom, String origin, String originNis,
                     String originCountry, Instant recordedAt, String recordedBy, String basisKind, String basisRef,
                     String referenceAddress) {
        this(id, personId, addressId, validFrom, origin, originNis, originCountry, recordedAt, recordedBy, basisKind,
                basisRef);
        this.referenceAddress = referenceAddress;
    }

    /** Marks the registration provisional, with its reason (before it is stored). */
    public Residence provisional(String reason) {
        this.provisionalReason = reason;
        return this;
    }

    public String provisionalReason() {
        return provisionalReason;
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

    public String referenceAddress() {
        return referenceAddress;
    }
}
