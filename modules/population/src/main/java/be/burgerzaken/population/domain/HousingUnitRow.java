package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A known housing unit (woongelegenheid / logement): street, house number, box ("" = none), kind. */
@Entity
@Table(name = "housing_unit", schema = "population")
public class HousingUnitRow {
    @Id
    private UUID id;
    private String nis;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "house_number")
    private String houseNumber;
    private String box;
    private String kind;
    private String source;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected HousingUnitRow() {
    }

    public HousingUnitRow(UUID id, String nis, String streetCode, String houseNumber, String box, String kind,
                          String source, Instant recordedAt, String recordedBy) {
        this.id = id;
        this.nis = nis;
        this.streetCode = streetCode;
        this.houseNumber = houseNumber;
        this.box = box == null ? "" : box;
        this.kind = kind;
        this.source = source;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID id() {
        return id;
    }

    public String nis() {
        return nis;
    }

    public String streetCode() {
        return streetCode;
    }

    public String houseNumber() {
        return houseNumber;
    }

    public String box() {
        return box;
    }

    public String kind() {
        return kind;
    }

    public String source() {
        return source;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
