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

/** Index row: protocol entry X concerns person Y (for "who looked at my data"). */
@Entity
@Table(name = "protocol_entry_person", schema = "kernel")
@IdClass(ProtocolEntryPerson.Key.class)
public class ProtocolEntryPerson {
    @Id
    @Column(name = "entry_id")
    private long entryId;
    @Id
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected ProtocolEntryPerson() {
    }

    public ProtocolEntryPerson(long entryId, UUID personId, Instant occurredAt) {
        this.entryId = entryId;
        this.personId = personId;
        this.occurredAt = occurredAt;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private long entryId;
        private UUID personId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.entryId == entryId && Objects.equals(k.personId, personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entryId, personId);
        }
    }
}
