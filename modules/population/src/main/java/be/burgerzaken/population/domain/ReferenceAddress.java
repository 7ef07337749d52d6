package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reference address (referentieadres / adresse de référence, IT 024) of a person without a fixed residence: at the
 * OCMW/CPAS or at a consenting private host who has their own main residence at the address. While it is open, the
 * person's main residence is at that address, marked as a reference address. Closed, never deleted.
 */
@Entity
@Table(name = "reference_address", schema = "population")
public class ReferenceAddress extends ProcedurePeriod {
    private String category;
    private String kind;
    @Column(name = "address_id")
    private UUID addressId;
    /** Text, not uuid: EclipseLink binds a null UUID as VARCHAR, which PostgreSQL refuses for a uuid column. */
    @Column(name = "host_person_id")
    private String hostPersonId;
    @Column(name = "consent_date")
    private LocalDate consentDate;
    @Column(name = "consent_ref")
    private String consentRef;
    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    protected ReferenceAddress() {
    }

    public ReferenceAddress(UUID id, UUID personId, String category, String kind, UUID addressId, UUID hostPersonId,
                            LocalDate consentDate, String consentRef, LocalDate from, LocalDate plannedEnd,
                            Instant recordedAt, String recordedBy, String basisKind, String basisRef) {
        super(id, personId, from, recordedAt, recordedBy, basisKind, basisRef);
        this.category = category;
        this.kind = kind;
        this.addressId = addressId;
        this.hostPersonId = hostPersonId == null ? null : hostPersonId.toString();
        this.consentDate = consentDate;
        this.consentRef = consentRef;
        this.plannedEnd = plannedEnd;
    }

    public String category() {
        return category;
    }

    public String kind() {
        return kind;
    }

    public UUID addressId() {
        return addressId;
    }

    public UUID hostPersonId() {
        return hostPersonId == null ? null : UUID.fromString(hostPersonId);
    }

    public LocalDate consentDate() {
        return consentDate;
    }

    public String consentRef() {
        return consentRef;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }
}
