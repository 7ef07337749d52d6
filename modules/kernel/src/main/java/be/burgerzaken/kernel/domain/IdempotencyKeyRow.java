package be.burgerzaken.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One used idempotency key: which actor used it for which operation, and what it created. */
@Entity
@Table(name = "idempotency_key", schema = "kernel")
@IdClass(IdempotencyKeyRow.Key.class)
public class IdempotencyKeyRow {
    @Id
    private String actor;
    @Id
    @Column(name = "idem_key")
    private String key;
    private String operation;
    private String fingerprint;
    @Column(name = "resource_id")
    private UUID resourceId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotencyKeyRow() {
    }

    public IdempotencyKeyRow(String actor, String key, String operation, String fingerprint, UUID resourceId,
                             Instant createdAt) {
        this.actor = actor;
        this.key = key;
        this.operation = operation;
        this.fingerprint = fingerprint;
        this.resourceId = resourceId;
        this.createdAt = createdAt;
    }

    public String operation() { return operation; }
    public String fingerprint() { return fingerprint; }
    public UUID resourceId() { return resourceId; }

    /** Composite key. */
    public static class Key implements Serializable {
        private String actor;
        private String key;

        public Key() {
        }

        public Key(String actor, String key) {
            this.actor = actor;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.actor, actor) && Objects.equals(k.key, key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actor, key);
        }
    }
}
