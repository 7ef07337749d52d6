package be.burgerzaken.elections.domain;

/**
 * Why a person is or is not on an election's voter list (kiezerslijst / liste des électeurs), for the 360° citizen
 * file: from the voter row when the list was generated, otherwise provisionally from the current registers with the
 * same {@link Eligibility} rules the generation applies.
 */
public final class VoterStatusRule {
    private VoterStatusRule() {
    }

    /** The status and its reason code (null when nothing needs explaining). */
    public record Decision(String status, String reason) {
    }

    /**
     * @param listGenerated    the election's voter list exists
     * @param voterRowStatus   the person's row on the list (ON_LIST / REMOVED), null when none
     * @param removalKind      the kind of the latest list mutation of a REMOVED row (DEATH, SUSPENSION, ...)
     * @param eligibility      the outcome of {@link Eligibility#assess} with the data at hand (on the reference date
     *                         for a generated list, today's for a provisional one); null when the person had no main
     *                         residence in the municipality
     */
    public static Decision decide(boolean listGenerated, String voterRowStatus, String removalKind,
                                  Eligibility.Outcome eligibility) {
        if (voterRowStatus != null) {
            return "REMOVED".equals(voterRowStatus)
                    ? new Decision("REMOVED", removalKind == null ? "REMOVED" : removalKind)
                    : new Decision("ON_LIST", null);
        }
        String reason = eligibility == null ? "NOT_RESIDENT" : eligibility.name();
        if (listGenerated) {
            // the list does not hold them: explain by the rules; VOTER here means they came after the reference date
            return new Decision("NOT_ON_LIST", eligibility == Eligibility.Outcome.VOTER ? "AFTER_REFERENCE_DATE" : reason);
        }
        return eligibility == Eligibility.Outcome.VOTER ? new Decision("EXPECTED", null)
                : new Decision("NOT_EXPECTED", reason);
    }
}
