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

/** A training requirement of a role (opleidingsvereiste / exigence de formation), dated. */
@Entity
@Table(name = "requirement", schema = "training")
public class RequirementRow {
    @Id
    private UUID id;
    @Column(name = "role_name")
    private String roleName;
    @Column(name = "item_kind")
    private String itemKind;
    @Column(name = "item_code")
    private String itemCode;
    @Column(name = "grace_days")
    private int graceDays;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Version
    private long version;

    public RequirementRow() {
    }

    public UUID id() {
        return id;
    }

    public RequirementRow id(UUID value) {
        this.id = value;
        return this;
    }

    public String roleName() {
        return roleName;
    }

    public RequirementRow roleName(String value) {
        this.roleName = value;
        return this;
    }

    public String itemKind() {
        return itemKind;
    }

    public RequirementRow itemKind(String value) {
        this.itemKind = value;
        return this;
    }

    public String itemCode() {
        return itemCode;
    }

    public RequirementRow itemCode(String value) {
        this.itemCode = value;
        return this;
    }

    public int graceDays() {
        return graceDays;
    }

    public RequirementRow graceDays(int value) {
        this.graceDays = value;
        return this;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public RequirementRow validFrom(LocalDate value) {
        this.validFrom = value;
        return this;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public RequirementRow validTo(LocalDate value) {
        this.validTo = value;
        return this;
    }

    public long version() {
        return version;
    }
}
