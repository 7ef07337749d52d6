package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One dated version of a quality rule (kwaliteitsregel / règle de qualité), valid {@code [validFrom, validTo)}
 * (validTo null = open). Its parameters: {@code threshold} is N in "more than N", {@code windowDays} is M in "in M
 * days" (FREQUENT_MOVES only). {@code version} is the optimistic-locking version (the ETag).
 */
public record QualityRuleView(UUID id, QualityRuleCode code, boolean enabled, int threshold, Integer windowDays,
                              SignalSeverity severity, LocalDate validFrom, LocalDate validTo, String description,
                              Instant updatedAt, String updatedBy, long version) {
}
