package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What every history row of the registers shares: its valid period {@code [validFrom, validTo)} (see
 * {@link ValidPeriod}), when and by whom it was recorded, and when and by whom the period was closed. A period is
 * closed, never deleted.
 */
@MappedSuperclass
public abstract class RecordedPeriod {
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

    protected RecordedPeriod() {
    }

    protected RecordedPeriod(LocalDate validFrom, Instant recordedAt, String recordedBy) {
        this.validFrom = validFrom;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Ends the period: valid until {@code validTo} (exclusive), closed at {@code at} by {@code by}. */
    public void close(LocalDate validTo, Instant at, String by) {
        this.validTo = validTo;
        this.closedAt = at;
        this.closedBy = by;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
