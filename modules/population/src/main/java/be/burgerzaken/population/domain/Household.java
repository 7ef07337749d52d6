package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A household (gezin / ménage) at an address; {@code collective} for a collective dwelling (care home, convent).
 * Every change of its composition bumps the version (optimistic locking).
 */
@Entity
@Table(name = "household", schema = "population")
public class Household {
    @Id
    private UUID id;
    @Column(name = "address_id")
    private UUID addressId;
    private boolean collective;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Household() {
    }

    public Household(UUID id, UUID addressId, boolean collective, Instant now) {
        this.id = id;
        this.addressId = addressId;
        this.collective = collective;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID addressId() {
        return addressId;
    }

    public boolean collective() {
        return collective;
    }

    public long version() {
        return version;
    }
}
