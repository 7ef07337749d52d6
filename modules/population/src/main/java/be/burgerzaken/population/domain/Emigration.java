package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A departure abroad (vertrek naar het buitenland / départ à l'étranger) and the residence abroad it starts
 * (IT 022), valid from the day of departure until the return; closed, never deleted.
 */
@Entity
@Table(name = "emigration", schema = "population")
public class Emigration extends ProcedurePeriod {
    private String country;
    @Column(name = "foreign_address")
    private String foreignAddress;

    protected Emigration() {
    }

    public Emigration(UUID id, UUID personId, String country, String foreignAddress, LocalDate date,
                      Instant recordedAt, String recordedBy, String basisKind, String basisRef) {
        super(id, personId, date, recordedAt, recordedBy, basisKind, basisRef);
        this.country = country;
        this.foreignAddress = foreignAddress;
    }

    public String country() {
        return country;
    }

    public String foreignAddress() {
        return foreignAddress;
    }
}
