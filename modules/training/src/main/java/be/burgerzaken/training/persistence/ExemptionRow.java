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

/** A time-limited exemption (vrijstelling / dispense) from one item, with its reason. */
@Entity
@Table(name = "exemption", schema = "training")
public class ExemptionRow {
    @Id
    private UUID id;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "item_code")
    private String itemCode;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    private String reason;
    @Column(name = "granted_by")
    private String grantedBy;
    @Column(name = "granted_at")
    private Instant grantedAt;
    /** The day an administrator ended it early (from this day on it no longer covers); null: runs to validUntil. */
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "ended_by")
    private String endedBy;
    @Column(name = "end_reason")
    private String endReason;
    @Version
    private long version;

    public ExemptionRow() {
    }

    public UUID id() {
        return id;
    }

    public ExemptionRow id(UUID value) {
        this.id = value;
        return this;
    }

    public UUID staffId() {
        return staffId;
    }

    public ExemptionRow staffId(UUID value) {
        this.staffId = value;
        return this;
    }

    public String itemCode() {
        return itemCode;
    }

    public ExemptionRow itemCode(String value) {
        this.itemCode = value;
        return this;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public ExemptionRow validFrom(LocalDate value) {
        this.validFrom = value;
        return this;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public ExemptionRow validUntil(LocalDate value) {
        this.validUntil = value;
        return this;
    }

    public String reason() {
        return reason;
    }

    public ExemptionRow reason(String value) {
        this.reason = value;
        return this;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public ExemptionRow grantedBy(String value) {
        this.grantedBy = value;
        return this;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public ExemptionRow grantedAt(Instant value) {
        this.grantedAt = value;
        return this;
    }

    public long version() {
        return version;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endedBy() {
        return endedBy;
    }

    public String endReason() {
        return endReason;
    }

    /** Ends the exemption early: it covers until the day before {@code on}. */
    public ExemptionRow end(LocalDate on, String by, String why) {
        this.endedOn = on;
        this.endedBy = by;
        this.endReason = why;
        return this;
    }

    /** The last day it covers: validUntil, or the day before it was ended. */
    public LocalDate effectiveUntil() {
        if (endedOn == null) {
            return validUntil;
        }
        LocalDate dayBefore = endedOn.minusDays(1);
        return dayBefore.isBefore(validUntil) ? dayBefore : validUntil;
    }
}
