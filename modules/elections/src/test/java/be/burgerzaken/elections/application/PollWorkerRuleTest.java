package be.burgerzaken.elections.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The poll-worker rule (rows POLL-2000 / POLL-2024 of V2): the numbers per station at the electronic boundary. */
class PollWorkerRuleTest {
    static final PollWorkerService.Rule RULE_2024 = new PollWorkerService.Rule("POLL-2024", 1, 1, 4, 800, 1, 1, 2, 2,
            "test");

    @Test
    void aPaperStationHasAChairASecretaryAndFourAssessorsAndNoExtras() {
        assertEquals(1, RULE_2024.limit("CHAIR", false, 5000));
        assertEquals(1, RULE_2024.limit("SECRETARY", false, 5000));
        assertEquals(4, RULE_2024.limit("ASSESSOR", false, 5000));
        assertEquals(0, RULE_2024.limit("EXTRA_ASSESSOR", false, 5000));
        assertEquals(0, RULE_2024.limit("ASSISTANT_SECRETARY", false, 5000));
        assertEquals(6, StationService.requiredPollWorkers(RULE_2024, false, 5000));
    }

    @Test
    void anElectronicStationGetsItsExtrasOnlyAboveEightHundredVoters() {
        assertEquals(0, RULE_2024.limit("EXTRA_ASSESSOR", true, 800));
        assertEquals(6, StationService.requiredPollWorkers(RULE_2024, true, 800));
        assertEquals(1, RULE_2024.limit("EXTRA_ASSESSOR", true, 801));
        assertEquals(1, RULE_2024.limit("ASSISTANT_SECRETARY", true, 801));
        assertEquals(8, StationService.requiredPollWorkers(RULE_2024, true, 801));
    }

    @Test
    void anUnknownRoleHasNoPlace() {
        assertEquals(0, RULE_2024.limit("MAYOR", true, 2000));
    }
}
