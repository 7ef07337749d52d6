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

/** A day a counter (or, without counter, every counter) is closed beyond the legal holidays. Plain row: the application services keep the rules. */
@Entity
@Table(schema = "frontoffice", name = "closure")
public class ClosureRow {
    @Id
    @Column(name = "id")
    public UUID id;
    @Column(name = "counter_code")
    public String counterCode;
    @Column(name = "on_day")
    public LocalDate day;
    @Column(name = "reason")
    public String reason;
}
