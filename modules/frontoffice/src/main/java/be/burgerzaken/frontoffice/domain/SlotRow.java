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

/** A grid slot an active appointment occupies; its key makes a double booking impossible. Plain row: the application services keep the rules. */
@Entity
@Table(schema = "frontoffice", name = "appointment_slot")
public class SlotRow {
    @Id
    @Column(name = "slot_key")
    public String slotKey;
    @Column(name = "appointment_id")
    public UUID appointmentId;
}
