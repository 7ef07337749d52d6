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
public class HouseholdMembership {
    @Id
    private UUID id;
    @Column(name = "household_id")
    private UUID householdId;
    @Column(name = "person_id")
    private UUID personId;
    private String position;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;

    protected HouseholdMembership() {
    }

    public HouseholdMembership(UUID id, UUID householdId, UUID personId, String position, LocalDate validFrom,
                               Instant recordedAt, String recordedBy) {
        this.id = id;
        this.householdId = householdId;
        this.personId = personId;
        this.position = position;
        this.validFrom = validFrom;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public void close(LocalDate validTo, Instant at, String by) {
        this.validTo = validTo;
        this.closedAt = at;
        this.closedBy = by;
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

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
