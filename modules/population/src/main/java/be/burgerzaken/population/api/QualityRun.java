package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What one run of the quality rules on {@code date} found: per rule, the findings, how many became new signals,
 * how many were already open and how many were reviewed before with the same facts (not raised again).
 */
public record QualityRun(LocalDate date, int newSignals, List<RuleOutcome> rules) {
    public QualityRun {
        rules = List.copyOf(rules);
    }

    /** One rule's part of the run; {@code note} says why a rule did not run (disabled, no version on the date). */
    public record RuleOutcome(QualityRuleCode code, java.util.UUID ruleId, boolean applied, int findings,
                              int newSignals, int alreadyOpen, int alreadyReviewed, String note) {
    }
}
