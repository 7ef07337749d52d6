package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An event for the outside world (transactional outbox): written in the transaction of the change it reports,
 * published afterwards; {@code publishedAt} null = not yet delivered.
 */
@Entity
@Table(name = "outbox", schema = "population")
public class OutboxMessage {
    @Id
    private UUID id;
    private String type;
    private String payload;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(UUID id, String type, String payload, Instant createdAt) {
        this.id = id;
        this.type = type;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public void published(Instant at) {
        this.publishedAt = at;
    }

    public UUID id() { return id; }
    public String type() { return type; }
    public String payload() { return payload; }
    public Instant createdAt() { return createdAt; }
    public Instant publishedAt() { return publishedAt; }
}
