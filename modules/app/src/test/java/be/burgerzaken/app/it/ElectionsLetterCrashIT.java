package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.ElectionsApiIT.count;
import static be.burgerzaken.app.it.ElectionsApiIT.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real crash in the convocation-letter batch: a second Payara server on the same database runs the job in small
 * chunks (bz.elections.letters.chunk-size / chunk-pause-ms set for that server only) and is killed (SIGKILL) in the
 * middle; the surviving server refuses to take the job over while its heartbeat is fresh (409 job-running), takes it
 * over once it is stale (bz.elections.letters.stale-after-seconds, 10 in the tests) and finishes it: exactly one
 * original letter and one kernel document per voter, none lost and none doubled. A small election (one street).
 */
@ExtendWith(PayaraServer.class)
class ElectionsLetterCrashIT {
    static final String BASE = "/api/v1/elections";
    static final String PURPOSE = "convocation letters crash test (Kieswetboek)";

    @Test
    void aServerKilledMidBatchIsTakenOverAndEveryVoterGetsExactlyOneLetter() throws Exception {
        Api officer = Api.as("elections");
        String street = one("SELECT a.street_code FROM population.residence r JOIN population.address a"
                + " ON a.id = r.address_id WHERE r.valid_to IS NULL GROUP BY a.street_code HAVING COUNT(*) BETWEEN 25 AND 150"
                + " ORDER BY COUNT(*), a.street_code LIMIT 1");
        String name = "Crash IT " + UUID.randomUUID();
        Api.Reply created = officer.postJson(BASE, "{\"name\":\"" + name + "\",\"type\":\"MUNICIPAL\","
                + "\"electionDay\":\"2030-10-13\"}", Map.of());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(201, officer.postJson(BASE + "/" + id + "/stations", "{\"number\":1,\"name\":\"School\","
                + "\"address\":\"Schoolstraat 1\",\"accessible\":true,\"capacity\":1000,\"ranges\":[{\"streetCode\":\""
                + street + "\"}]}", Map.of()).status());
        assertEquals(200, officer.post(BASE + "/" + id + "/voter-list?purpose=" + q(PURPOSE), "application/json", "")
                .status());
        long voters = count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + id
                + "' AND station_id IS NOT NULL AND status = 'ON_LIST'");
        assertTrue(voters >= 15, "enough voters to kill the job midway: " + voters);

        String job;
        try (PayaraServer.Extra doomed = PayaraServer.startExtra("payara-it-crash.log", Map.of(
                "BZ_ELECTIONS_LETTERS_CHUNK_SIZE", "3", "BZ_ELECTIONS_LETTERS_CHUNK_PAUSE_MS", "500"))) {
            Api.Reply started = officer.at(doomed.baseUrl()).post(BASE + "/" + id + "/letter-jobs", "application/json", "");
            assertEquals(202, started.status(), started.body());
            job = started.json().getString("id");
            long done = 0;
            for (int i = 0; i < 600 && done < 6; i++) {
                Thread.sleep(100);
                done = count("SELECT done FROM elections.letter_job WHERE id = '" + job + "'");
            }
            assertTrue(done >= 6, "the doomed server made progress");
            doomed.kill();
        }
        long doneAtCrash = count("SELECT done FROM elections.letter_job WHERE id = '" + job + "'");
        assertTrue(doneAtCrash < voters, "killed in the middle: " + doneAtCrash + " of " + voters);
        assertEquals("RUNNING", one("SELECT status FROM elections.letter_job WHERE id = '" + job + "'"),
                "the crash left the job running without a runner");
        assertEquals(doneAtCrash, count("SELECT COUNT(*) FROM elections.letter WHERE job_id = '" + job + "'"),
                "progress and letters committed together, the open chunk rolled back");

        // the surviving server takes the job over once its heartbeat is stale
        Api.Reply resumed = null;
        boolean refusedWhileFresh = false;
        for (int i = 0; i < 60; i++) {
            resumed = officer.post(BASE + "/" + id + "/letter-jobs/" + job + "/resume", "application/json", "");
            if (resumed.status() != 409) {
                break;
            }
            assertTrue(resumed.body().contains("job-running"), resumed.body());
            refusedWhileFresh = true;
            Thread.sleep(1000);
        }
        assertEquals(202, resumed.status(), resumed.body());
        assertTrue(refusedWhileFresh, "a job with a fresh heartbeat is not taken over");
        ElectionsApiIT.awaitCompleted(officer, id, job, voters);
        assertEquals(voters, count("SELECT COUNT(*) FROM elections.letter l JOIN elections.voter v ON v.id = l.voter_id"
                + " WHERE v.election_id = '" + id + "'"), "one letter per voter");
        assertEquals(voters, count("SELECT COUNT(DISTINCT l.voter_id) FROM elections.letter l JOIN elections.voter v"
                + " ON v.id = l.voter_id WHERE v.election_id = '" + id + "'"), "every voter has one");
        assertEquals(voters, count("SELECT COUNT(*) FROM kernel.issued_document WHERE doc_type ="
                + " 'elections.convocation-letter' AND core_facts LIKE '%" + name + "%'"),
                "no kernel document of the killed chunk survived");
    }
}
