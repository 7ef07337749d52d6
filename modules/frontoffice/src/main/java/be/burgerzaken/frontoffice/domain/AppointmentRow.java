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

/** An appointment (row of {@code frontoffice.appointment}). Plain row: the application services keep the rules. */
@Entity
@Table(schema = "frontoffice", name = "appointment")
public class AppointmentRow {
    @Id
    @Column(name = "id")
    public UUID id;
    @Column(name = "counter_code")
    public String counterCode;
    @Column(name = "product_code")
    public String productCode;
    @Column(name = "on_day")
    public LocalDate day;
    @Column(name = "starts")
    public LocalTime starts;
    @Column(name = "minutes")
    public int minutes;
    @Convert(converter = UuidStringConverter.class)
    @Column(name = "person_id")
    public UUID personId;
    /** The city's site: the national number it asserted when booking (null for staff bookings). */
    @Column(name = "requester_nn")
    public String requesterNn;
    @Column(name = "citizen_name")
    public String citizenName;
    @Column(name = "channel")
    public String channel;
    @Column(name = "status")
    public String status;
    @Convert(converter = UuidStringConverter.class)
    @Column(name = "document_id")
    public UUID documentId;
    @Column(name = "verification_code")
    public String verificationCode;
    @Column(name = "first_free_days")
    public int firstFreeDays;
    @Column(name = "booked_on")
    public LocalDate bookedOn;
    @Column(name = "booked_at")
    public Instant bookedAt;
    @Column(name = "booked_by")
    public String bookedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;
    @Version
    @Column(name = "version")
    public long version;
}
