package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Quality signals of the population registers (kwaliteitssignalen / signaux de qualité): configurable, dated rules
 * (more than N residents at one address, more than N moves in M days, residents at an address that is not a known
 * housing unit, many family names at one address) raise signals about addresses or persons; a clerk reviews them.
 * Every call checks access and writes the protocol log in its transaction; reading a signal is logged for the
 * persons it names (MAIN_RESIDENCE).
 */
public interface QualitySignals {

    /** Every version of every rule, by code and validity. */
    List<QualityRuleView> rules(AccessContext context);

    /** Changes a rule version; {@code version} is the one the change is based on (stale: 409). Audit-logged. */
    QualityRuleView updateRule(UUID ruleId, QualityRuleChange change, long version, AccessContext context);

    /**
     * Adds a dated version of a rule from {@code change.validFrom()}: the version valid that day ends there (its
     * validTo set), the new one starts. Audit-logged.
     */
    QualityRuleView addRuleVersion(QualityRuleChange change, AccessContext context);

    /** The change log of a rule version, newest first. */
    List<QualityRuleAudit> ruleChanges(UUID ruleId, AccessContext context);

    /**
     * Runs every enabled rule valid on {@code date} (default today) and stores a signal per finding, unless a signal
     * for the same rule and subject is open, or one was reviewed with the same facts. All or nothing.
     */
    QualityRun run(LocalDate date, AccessContext context);

    /** The review list, newest first; {@code status} null = every status, {@code rule} null = every rule. */
    Page<QualitySignalSummary> signals(QualityRuleCode rule, SignalStatus status, int page, int size,
                                       AccessContext context);

    /** One signal with its facts and the persons it names. */
    QualitySignal signal(UUID id, AccessContext context);

    /** Marks an open signal reviewed; {@code version} is the one the review is based on (stale: 409). */
    QualitySignal review(UUID id, SignalReview review, long version, AccessContext context);
}
