package be.burgerzaken.elections.domain;

import be.burgerzaken.elections.api.ElectionType;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * One dated rule row ({@code elections.election_rule}): who may vote in an election of a type held within
 * {@code [validFrom, validUntil]}, and its deadlines. The law changes (age 16 for the European election of 2024,
 * compulsory turnout (opkomstplicht) abolished for Flemish local elections from 2024), so these are data, not code.
 */
public record ElectionRule(String id, ElectionType type, LocalDate validFrom, LocalDate validUntil, int minAge,
                           boolean compulsory, boolean euCitizens, boolean nonEuCitizens, int nonEuResidenceYears,
                           int objectionDaysBefore, int letterDaysBefore, MonthDay requestDeadline,
                           MonthDay referenceDay, String legalBasis) {

    /** True when the rule governs an election of {@code type} held on {@code electionDay}. */
    public boolean appliesTo(ElectionType type, LocalDate electionDay) {
        return this.type == type && !electionDay.isBefore(validFrom)
                && (validUntil == null || !electionDay.isAfter(validUntil));
    }
}
