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
 * One dated version of a quality rule (kwaliteitsregel / règle de qualité), valid {@code [validFrom, validTo)}:
 * whether it runs, its parameters (N = {@code threshold}, M = {@code windowDays}) and the severity of its signals.
 * Every change bumps the version (optimistic locking) and is written to {@code quality_rule_change}.
 */
@Entity
@Table(name = "quality_rule", schema = "population")
public class QualityRule {
    @Id
    private UUID id;
    private String code;
    private boolean enabled;
    private int threshold;
    @Column(name = "window_days")
    private Integer windowDays;
    private String severity;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    private String description;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected QualityRule() {
    }

    public QualityRule(UUID id, String code, boolean enabled, int threshold, Integer windowDays, String severity,
                       LocalDate validFrom, LocalDate validTo, String description, Instant now, String by) {
        this.id = id;
        this.code = code;
        set(enabled, threshold, windowDays, severity, validFrom, validTo, description, now, by);
    }

    /** Sets the values and returns what changed ({@code threshold 8 -> 10, ...}), empty when nothing did. */
    public String change(boolean enabled, int threshold, Integer windowDays, String severity, LocalDate validFrom,
                         LocalDate validTo, String description, Instant now, String by) {
        StringBuilder what = new StringBuilder();
        diff(what, "enabled", this.enabled, enabled);
        diff(what, "threshold", this.threshold, threshold);
        diff(what, "window days", this.windowDays, windowDays);
        diff(what, "severity", this.severity, severity);
        diff(what, "valid from", this.validFrom, validFrom);
        diff(what, "valid to", this.validTo, validTo);
        diff(what, "description", this.description, description);
        if (what.length() == 0) {
            return "";
        }
        set(enabled, threshold, windowDays, severity, validFrom, validTo, description, now, by);
        return what.toString();
    }

    private void set(boolean enabled, int threshold, Integer windowDays, String severity, LocalDate validFrom,
                     LocalDate validTo, String description, Instant now, String by) {
        this.enabled = enabled;
        this.threshold = threshold;
        this.windowDays = windowDays;
        this.severity = severity;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.description = description;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Ends this version at {@code to} (exclusive): a newer version takes over from that day. */
    public String endAt(LocalDate to, Instant now, String by) {
        return change(enabled, threshold, windowDays, severity, validFrom, to, description, now, by);
    }

    private static void diff(StringBuilder what, String name, Object before, Object after) {
        if (before == null ? after != null : !before.equals(after)) {
            what.append(what.length() == 0 ? "" : ", ").append(name).append(' ').append(before == null ? "-" : before)
                    .append(" -> ").append(after == null ? "-" : after);
        }
    }

    public boolean covers(LocalDate day) {
        return ValidPeriod.covers(validFrom, validTo, day);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public boolean enabled() {
        return enabled;
    }

    public int threshold() {
        return threshold;
    }

    public Integer windowDays() {
        return windowDays;
    }

    public String severity() {
        return severity;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String description() {
        return description;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
