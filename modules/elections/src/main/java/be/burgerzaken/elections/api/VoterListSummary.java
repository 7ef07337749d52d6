package be.burgerzaken.elections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A generated voter list: how many voters, how many per nationality group, how many residents were left out and
 * why (register, age, suspension, non-Belgian without request), how many have no polling station.
 */
public record VoterListSummary(String electionId, LocalDate referenceDate, Instant generatedAt, String generatedBy,
                               int voters, int onList, Map<String, Integer> byNationality,
                               Map<String, Integer> excluded, int withoutStation, int mutations) {
}
