package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;

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
    /** The first day the street no longer exists (exclusive); null while it is current (since V43). */
    @Column(name = "valid_to")
    private LocalDate validTo;

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

    public LocalDate validTo() {
        return validTo;
    }

    /** The street exists on {@code day}: not retired, or retired after it. */
    public boolean validOn(LocalDate day) {
        return validTo == null || day.isBefore(validTo);
    }

    /** The composite key (nis, street code). */
    public record Key(String nis, String streetCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
