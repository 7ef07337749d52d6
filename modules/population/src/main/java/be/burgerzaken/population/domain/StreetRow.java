package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A street of the city's street list (reference data, loaded from CSV). */
@Entity
@Table(name = "street", schema = "population")
@IdClass(StreetRow.Key.class)
public class StreetRow {
    @Id
    private String nis;
    @Id
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "name_nl")
    private String nameNl;
    @Column(name = "name_fr")
    private String nameFr;
    private String postcode;
    private String district;
    @Column(name = "name_key")
    private String nameKey;

    protected StreetRow() {
    }

    public String nis() {
        return nis;
    }

    public String streetCode() {
        return streetCode;
    }

    public String nameNl() {
        return nameNl;
    }

    public String nameFr() {
        return nameFr;
    }

    public String postcode() {
        return postcode;
    }

    public String district() {
        return district;
    }

    /** The composite key (nis, street code). */
    public record Key(String nis, String streetCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
