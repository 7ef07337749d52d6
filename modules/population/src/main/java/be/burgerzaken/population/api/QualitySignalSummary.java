package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A quality signal in the review list: the rule, what it is about (an {@code address}, or a {@code personId}) and
 * how many persons it names, without naming those at an address (the detail, {@link QualitySignal}, does).
 */
public record QualitySignalSummary(UUID id, QualityRuleCode rule, SignalSeverity severity,
                                   SignalSubjectKind subjectKind, Address address, UUID personId, int personCount,
                                   LocalDate referenceDate, Instant detectedAt, SignalStatus status, long version) {
}
