package be.burgerzaken.kernel.api.person;

import java.time.LocalDate;
import java.util.Map;

/**
 * Records a new value for one identity fact, valid from {@code validFrom} (inclusive) until {@code validTo}
 * (exclusive, null = open). A correction of the past is a change whose valid period covers the past:
 * history is never overwritten, the later record wins for the dates it covers.
 */
public record FactChange(IdentityFact fact, Map<String, Object> value, LocalDate validFrom, LocalDate validTo,
                         Basis basis) {
}
