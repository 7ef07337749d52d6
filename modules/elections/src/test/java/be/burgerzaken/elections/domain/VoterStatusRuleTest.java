package be.burgerzaken.elections.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VoterStatusRuleTest {

    @Test
    void aRowOnTheListIsOnTheListWhateverTheRulesSayToday() {
        assertEquals(new VoterStatusRule.Decision("ON_LIST", null),
                VoterStatusRule.decide(true, "ON_LIST", null, Eligibility.Outcome.TOO_YOUNG));
    }

    @Test
    void aRemovedRowGivesTheMutationAsReason() {
        assertEquals(new VoterStatusRule.Decision("REMOVED", "DEATH"), VoterStatusRule.decide(true, "REMOVED", "DEATH", null));
        assertEquals(new VoterStatusRule.Decision("REMOVED", "REMOVED"), VoterStatusRule.decide(true, "REMOVED", null, null));
    }

    @Test
    void notOnAGeneratedListIsExplainedByTheRules() {
        assertEquals(new VoterStatusRule.Decision("NOT_ON_LIST", "SUSPENDED"),
                VoterStatusRule.decide(true, null, null, Eligibility.Outcome.SUSPENDED));
        assertEquals(new VoterStatusRule.Decision("NOT_ON_LIST", "NOT_RESIDENT"), VoterStatusRule.decide(true, null, null, null));
        // eligible by the rules but not on the list: registered after the reference date
        assertEquals(new VoterStatusRule.Decision("NOT_ON_LIST", "AFTER_REFERENCE_DATE"),
                VoterStatusRule.decide(true, null, null, Eligibility.Outcome.VOTER));
    }

    @Test
    void beforeTheListExistsTheStatusIsProvisional() {
        assertEquals(new VoterStatusRule.Decision("EXPECTED", null),
                VoterStatusRule.decide(false, null, null, Eligibility.Outcome.VOTER));
        assertEquals(new VoterStatusRule.Decision("NOT_EXPECTED", "NON_BELGIAN_WITHOUT_REQUEST"),
                VoterStatusRule.decide(false, null, null, Eligibility.Outcome.NON_BELGIAN_WITHOUT_REQUEST));
    }
}
