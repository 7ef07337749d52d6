package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An address in the municipality (unique per street, house number and box; box "" = none). */
@Entity
@Table(name = "address", schema = "population")
public class AddressRow {
    @Id
    private UUID id;
    private String nis;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "house_number")
    private String houseNumber;
    private String box;
    private String postcode;

    protected AddressRow() {
    }

    public AddressRow(UUID id, String nis, String streetCode, String houseNumber, String box, String postcode) {
        this.id = id;
        this.nis = nis;
        this.streetCode = streetCode;
        this.houseNumber = houseNumber;
        this.box = box == null ? "" : box;
        this.postcode = postcode;
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

    public String postcode() {
        return postcode;
    }
}
