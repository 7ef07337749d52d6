package be.burgerzaken.kernel.api.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One recorded identity fact with its valid time (from inclusive, to exclusive; null = unbounded) and its
 * record time (when, by whom, on which basis). {@code superseded} tells whether a later record covers all of
 * this one's valid period.
 */
public record FactRecord(UUID id, IdentityFact fact, Map<String, Object> value, LocalDate validFrom,
                         LocalDate validTo, Instant recordedAt, String recordedBy, Basis basis,
                         boolean superseded) {
}
