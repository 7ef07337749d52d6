package be.burgerzaken.population.api;

import java.time.Instant;
import java.util.UUID;

/** One change of a quality rule: who, when, and what changed (from -> to). */
public record QualityRuleAudit(UUID ruleId, Instant changedAt, String changedBy, String change) {
}
