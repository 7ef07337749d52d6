package be.burgerzaken.training.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** An expiry warning, shown to the staff member and to the training coordinator. */
@Entity
@Table(name = "notification", schema = "training")
public class NotificationRow {
    @Id
    private UUID id;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "item_code")
    private String itemCode;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    private String message;
    @Column(name = "created_at")
    private Instant createdAt;

    public NotificationRow() {
    }

    public UUID id() {
        return id;
    }

    public NotificationRow id(UUID value) {
        this.id = value;
        return this;
    }

    public UUID staffId() {
        return staffId;
    }

    public NotificationRow staffId(UUID value) {
        this.staffId = value;
        return this;
    }

    public String itemCode() {
        return itemCode;
    }

    public NotificationRow itemCode(String value) {
        this.itemCode = value;
        return this;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public NotificationRow expiresOn(LocalDate value) {
        this.expiresOn = value;
        return this;
    }

    public String message() {
        return message;
    }

    public NotificationRow message(String value) {
        this.message = value;
        return this;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public NotificationRow createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }
}
