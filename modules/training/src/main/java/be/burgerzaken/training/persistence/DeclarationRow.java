package be.burgerzaken.training.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A declaration signed by a staff member, with its expiry where one applies. */
@Entity
@Table(name = "declaration", schema = "training")
public class DeclarationRow {
    @Id
    private UUID id;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "type_code")
    private String typeCode;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "registered_by")
    private String registeredBy;
    @Version
    private long version;

    public DeclarationRow() {
    }

    public UUID id() {
        return id;
    }

    public DeclarationRow id(UUID value) {
        this.id = value;
        return this;
    }

    public UUID staffId() {
        return staffId;
    }

    public DeclarationRow staffId(UUID value) {
        this.staffId = value;
        return this;
    }

    public String typeCode() {
        return typeCode;
    }

    public DeclarationRow typeCode(String value) {
        this.typeCode = value;
        return this;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public DeclarationRow signedOn(LocalDate value) {
        this.signedOn = value;
        return this;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public DeclarationRow expiresOn(LocalDate value) {
        this.expiresOn = value;
        return this;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public DeclarationRow registeredBy(String value) {
        this.registeredBy = value;
        return this;
    }

    public long version() {
        return version;
    }
}
