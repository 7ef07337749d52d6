package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A person who moves with a change of address, and their position in the household at the new address. */
@Entity
@Table(name = "address_change_member", schema = "population")
@IdClass(AddressChangeMember.Key.class)
public class AddressChangeMember {
    @Id
    @Column(name = "address_change_id")
    private UUID addressChangeId;
    @Id
    @Column(name = "person_id")
    private UUID personId;
    private String position;

    protected AddressChangeMember() {
    }

    public AddressChangeMember(UUID addressChangeId, UUID personId, String position) {
        this.addressChangeId = addressChangeId;
        this.personId = personId;
        this.position = position;
    }

    public UUID addressChangeId() { return addressChangeId; }
    public UUID personId() { return personId; }
    public String position() { return position; }

    public record Key(UUID addressChangeId, UUID personId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
