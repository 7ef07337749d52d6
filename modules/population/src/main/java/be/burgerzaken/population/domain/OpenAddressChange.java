package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * The guard "one open change of address per person": a row per moving person while the procedure is open; its
 * primary key refuses a second, concurrent declaration; the decision removes it.
 */
@Entity
@Table(name = "address_change_open", schema = "population")
public class OpenAddressChange {
    @Id
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "address_change_id")
    private UUID addressChangeId;

    protected OpenAddressChange() {
    }

    public OpenAddressChange(UUID personId, UUID addressChangeId) {
        this.personId = personId;
        this.addressChangeId = addressChangeId;
    }

    public UUID personId() { return personId; }
    public UUID addressChangeId() { return addressChangeId; }
}
