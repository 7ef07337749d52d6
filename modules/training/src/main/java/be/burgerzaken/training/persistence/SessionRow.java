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

/** A session of a course (sessie / session): when, where, trainer, capacity. */
@Entity
@Table(name = "training_session", schema = "training")
public class SessionRow {
    @Id
    private UUID id;
    @Column(name = "course_id")
    private UUID courseId;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;
    private String place;
    private String trainer;
    private int capacity;
    @Version
    private long version;

    public SessionRow() {
    }

    public UUID id() {
        return id;
    }

    public SessionRow id(UUID value) {
        this.id = value;
        return this;
    }

    public UUID courseId() {
        return courseId;
    }

    public SessionRow courseId(UUID value) {
        this.courseId = value;
        return this;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public SessionRow startsAt(LocalDateTime value) {
        this.startsAt = value;
        return this;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public SessionRow endsAt(LocalDateTime value) {
        this.endsAt = value;
        return this;
    }

    public String place() {
        return place;
    }

    public SessionRow place(String value) {
        this.place = value;
        return this;
    }

    public String trainer() {
        return trainer;
    }

    public SessionRow trainer(String value) {
        this.trainer = value;
        return this;
    }

    public int capacity() {
        return capacity;
    }

    public SessionRow capacity(int value) {
        this.capacity = value;
        return this;
    }

    public long version() {
        return version;
    }
}
