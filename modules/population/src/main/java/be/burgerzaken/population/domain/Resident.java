package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person known to the population registers (ingeschrevene / inscrit): current register and status. Every
 * change of the person's register, residence or household goes through this row and bumps its version, so two
 * concurrent changes to one person cannot both commit.
 */
@Entity
@Table(name = "resident", schema = "population")
public class Resident {
    @Id
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "register_type")
    private String registerType;
    private String status;
    @Column(name = "registered_on")
    private LocalDate registeredOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Resident() {
    }

    public Resident(UUID personId, String registerType, LocalDate registeredOn, Instant now) {
        this.personId = personId;
        this.registerType = registerType;
        this.status = "REGISTERED";
        this.registeredOn = registeredOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID personId() {
        return personId;
    }

    public String registerType() {
        return registerType;
    }

    public String status() {
        return status;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public long version() {
        return version;
    }

    public void died(Instant now) {
        this.status = "DECEASED";
        this.updatedAt = now;
    }

    /**
     * Marks the row changed, so its version goes up at the next flush: every register procedure passes here first,
     * so a concurrent change of the same person fails on the version (optimistic locking).
     */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Left for abroad (vertrokken naar het buitenland / parti à l'étranger). */
    public void emigrated(Instant now) {
        this.status = "EMIGRATED";
        this.updatedAt = now;
    }

    /** Removed ex officio by a decision of the college (afgevoerd van ambtswege / radié d'office). */
    public void removed(Instant now) {
        this.status = "REMOVED";
        this.updatedAt = now;
    }

    /** A declared arrival from another Belgian municipality, not registered yet (issue 3, task M). */
    public static Resident arriving(UUID personId, String registerType, LocalDate declaredOn, Instant now) {
        Resident r = new Resident(personId, registerType, declaredOn, now);
        r.status = "ARRIVING";
        return r;
    }

    /** Registered again after a return from abroad or a removal, in {@code registerType} from {@code date}. */
    public void registeredAgain(String registerType, LocalDate date, Instant now) {
        this.status = "REGISTERED";
        this.registerType = registerType;
        this.registeredOn = date;
        this.updatedAt = now;
    }

    // --- registers (issue 3, register transfer) ---
    /** Transferred to another register (overgang naar een ander register); status and registration date unchanged. */
    public void transferred(String registerType, Instant now) {
        this.registerType = registerType;
        this.updatedAt = now;
    }
}
