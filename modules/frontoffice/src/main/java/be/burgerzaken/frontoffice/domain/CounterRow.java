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

/** A counter (row of {@code frontoffice.counter}). Plain row: the application services keep the rules. */
@Entity
@Table(schema = "frontoffice", name = "counter")
public class CounterRow {
    @Id
    @Column(name = "code")
    public String code;
    @Column(name = "name")
    public String name;
    @Column(name = "location")
    public String location;
    @Column(name = "slot_minutes")
    public int slotMinutes;
    @Column(name = "products")
    public String products;
    @Column(name = "active")
    public boolean active;
    @Version
    @Column(name = "version")
    public long version;
}
