package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A quality signal (kwaliteitssignaal / signal de qualité) with the facts that triggered it and the persons it
 * names; reading it is protocol-logged for those persons (MAIN_RESIDENCE). {@code version} is the ETag for the
 * review.
 */
public record QualitySignal(UUID id, QualityRuleCode rule, UUID ruleId, SignalSeverity severity,
                            SignalSubjectKind subjectKind, Address address, UUID personId, LocalDate referenceDate,
                            Map<String, String> facts, List<UUID> personIds, Instant detectedAt, String detectedBy,
                            SignalStatus status, Instant reviewedAt, String reviewedBy, String reviewNote,
                            long version) {
    public QualitySignal {
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
