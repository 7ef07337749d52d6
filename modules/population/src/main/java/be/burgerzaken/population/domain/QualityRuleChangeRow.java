package be.burgerzaken.population.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change of a quality rule version: who, when, what (insert only). */
@Entity
@Table(name = "quality_rule_change", schema = "population")
public class QualityRuleChangeRow {
    @Id
    private UUID id;
    @Column(name = "rule_id")
    private UUID ruleId;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "change_text")
    private String changeText;

    protected QualityRuleChangeRow() {
    }

    public QualityRuleChangeRow(UUID id, UUID ruleId, Instant changedAt, String changedBy, String changeText) {
        this.id = id;
        this.ruleId = ruleId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.changeText = changeText.length() > 2000 ? changeText.substring(0, 2000) : changeText;
    }

    public UUID ruleId() {
        return ruleId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String changeText() {
        return changeText;
    }
}
