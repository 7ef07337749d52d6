package be.burgerzaken.elections.api;

import java.time.LocalDate;

/**
 * An election with its rule and deadlines.
 *
 * @param ruleId     the rule row applied (e.g. MUNICIPAL-2024)
 * @param minAge     age on election day
 * @param compulsory turnout is compulsory (opkomstplicht)
 * @param listGenerated whether the voter list exists
 */
public record ElectionView(String id, String name, ElectionType type, LocalDate electionDay, LocalDate referenceDate,
                           String municipalityNis, String openingHours, String ruleId, int minAge, boolean compulsory,
                           boolean euCitizens, boolean nonEuCitizens, Deadlines deadlines, boolean listGenerated,
                           long version) {
}
