package be.burgerzaken.elections.domain;

import java.time.LocalDate;

/**
 * Who is on the voter list (kiezerslijst / liste des électeurs) of an election, for one resident on the reference
 * date: not in the waiting register, old enough on election day, voting rights not suspended, and Belgian or a
 * non-Belgian whose request was approved for an election type open to them.
 */
public final class Eligibility {
    private Eligibility() {
    }

    /** Why someone is or is not on the list. */
    public enum Outcome {
        VOTER, WAITING_REGISTER, TOO_YOUNG, SUSPENDED, NON_BELGIAN_WITHOUT_REQUEST, NATIONALITY_UNKNOWN
    }

    /**
     * @param registerType     POPULATION, FOREIGNERS or WAITING on the reference date
     * @param nationalityGroup BELGIAN, EU, NON_EU or UNKNOWN
     * @param approvedRequest  a non-Belgian request approved (and not renounced) for this election
     * @param suspended        a voting-rights suspension in force
     */
    public static Outcome assess(String registerType, String nationalityGroup, String birthDate, ElectionRule rule,
                                 LocalDate electionDay, boolean approvedRequest, boolean suspended) {
        if ("WAITING".equals(registerType)) {
            return Outcome.WAITING_REGISTER;
        }
        if (!ElectionRules.oldEnough(birthDate, rule.minAge(), electionDay)) {
            return Outcome.TOO_YOUNG;
        }
        if (suspended) {
            return Outcome.SUSPENDED;
        }
        return switch (nationalityGroup) {
            case "BELGIAN" -> Outcome.VOTER;
            case "EU" -> rule.euCitizens() && approvedRequest ? Outcome.VOTER : Outcome.NON_BELGIAN_WITHOUT_REQUEST;
            case "NON_EU" -> rule.nonEuCitizens() && approvedRequest ? Outcome.VOTER
                    : Outcome.NON_BELGIAN_WITHOUT_REQUEST;
            default -> Outcome.NATIONALITY_UNKNOWN;
        };
    }
}
