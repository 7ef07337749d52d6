package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's membership of a household in a position (IT 140/141), valid [from, to); closed, never deleted. */
@Entity
@Table(name = "household_membership", schema = "population")
public class HouseholdMembership extends RecordedPeriod {
    @Id
    private UUID id;
    @Column(name = "household_id")
    private UUID householdId;
    @Column(name = "person_id")
    private UUID personId;
    private String position;

    protected HouseholdMembership() {
    }

    public HouseholdMembership(UUID id, UUID householdId, UUID personId, String position, LocalDate validFrom,
                               Instant recordedAt, String recordedBy) {
        super(validFrom, recordedAt, recordedBy);
        this.id = id;
        this.householdId = householdId;
        this.personId = personId;
        this.position = position;
    }

    public UUID householdId() {
        return householdId;
    }

    public UUID personId() {
        return personId;
    }

    public String position() {
        return position;
    }
}
