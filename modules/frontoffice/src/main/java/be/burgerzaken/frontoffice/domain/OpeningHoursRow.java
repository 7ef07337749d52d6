package be.burgerzaken.frontoffice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One opening period of a counter on a weekday, dated. Plain row: the application services keep the rules. */
@Entity
@Table(schema = "frontoffice", name = "opening_hours")
public class OpeningHoursRow {
    @Id
    @Column(name = "id")
    public UUID id;
    @Column(name = "counter_code")
    public String counterCode;
    @Column(name = "weekday")
    public int weekday;
    @Column(name = "opens")
    public LocalTime opens;
    @Column(name = "closes")
    public LocalTime closes;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
}
