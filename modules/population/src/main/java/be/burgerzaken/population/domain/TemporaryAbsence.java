package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A temporary absence (tijdelijke afwezigheid / absence temporaire, IT 026): away from {@code validFrom}, planned
 * back on {@code plannedEnd} (exclusive, like every {@code valid_to}); an extension moves the planned end and is
 * counted; the recorded return closes the period ({@code validTo}). Closed, never deleted.
 */
@Entity
@Table(name = "temporary_absence", schema = "population")
public class TemporaryAbsence extends ProcedurePeriod {
    private String reason;
    @Column(name = "planned_end")
    private LocalDate plannedEnd;
    @Column(name = "original_planned_end")
    private LocalDate originalPlannedEnd;
    private int extensions;
    private String remarks;
    @Column(name = "rule_source")
    private String ruleSource;
    @Column(name = "extended_at")
    private Instant extendedAt;
    @Column(name = "extended_by")
    private String extendedBy;
    @Column(name = "extension_basis_kind")
    private String extensionBasisKind;
    @Column(name = "extension_basis_ref")
    private String extensionBasisRef;
    @Column(name = "end_remarks")
    private String endRemarks;

    protected TemporaryAbsence() {
    }

    public TemporaryAbsence(UUID id, UUID personId, String reason, LocalDate from, LocalDate plannedEnd, String remarks,
                            String ruleSource, Instant recordedAt, String recordedBy, String basisKind, String basisRef) {
        super(id, personId, from, recordedAt, recordedBy, basisKind, basisRef);
        this.reason = reason;
        this.plannedEnd = plannedEnd;
        this.originalPlannedEnd = plannedEnd;
        this.remarks = remarks;
        this.ruleSource = ruleSource;
    }

    /** Moves the planned end (verlenging / prolongation) and counts the extension. */
    public void extend(LocalDate newPlannedEnd, Instant at, String by, String basisKind, String basisRef) {
        this.plannedEnd = newPlannedEnd;
        this.extensions++;
        this.extendedAt = at;
        this.extendedBy = by;
        this.extensionBasisKind = basisKind;
        this.extensionBasisRef = basisRef;
    }

    /** The recorded return: the absence ends on {@code firstDayBack}. */
    public void end(LocalDate firstDayBack, String remarks, Instant at, String by) {
        close(firstDayBack, at, by);
        this.endRemarks = remarks;
    }

    /** The last day of absence + 1: the recorded return, else the planned end. */
    public LocalDate effectiveEnd() {
        return AbsenceLimits.effectiveEnd(validTo(), plannedEnd);
    }

    public String reason() {
        return reason;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public LocalDate originalPlannedEnd() {
        return originalPlannedEnd;
    }

    public int extensions() {
        return extensions;
    }

    public String remarks() {
        return remarks;
    }

    public String ruleSource() {
        return ruleSource;
    }

    public Instant extendedAt() {
        return extendedAt;
    }

    public String extendedBy() {
        return extendedBy;
    }

    public String extensionBasisKind() {
        return extensionBasisKind;
    }

    public String extensionBasisRef() {
        return extensionBasisRef;
    }

    public String endRemarks() {
        return endRemarks;
    }
}
