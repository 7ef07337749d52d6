package be.burgerzaken.app.it;

import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The voter status of the 360° citizen file over REST on PostgreSQL (issue 8, last part): per current or upcoming
 * election, on the list (or expected on it while the list is not generated) with the station covering the address,
 * or not and why; only for the roles that read voter lists, with a purpose, one protocol entry per read.
 */
@ExtendWith(PayaraServer.class)
class VoterStatusApiIT {
    static final String PURPOSE = "voter status IT 2026/0008";
    static final String DEMO_ELECTION = FrontOfficeScreensIT.DEMO_ELECTION;

    static JsonObject demoElection(SyntheticPerson p) {
        Api.Reply r = Api.as("elections").get("/api/v1/elections/persons/" + p.id() + "/voter-status?purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.any().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("electionId").equals(DEMO_ELECTION)).findFirst().orElseThrow();
    }

    @Test
    void anAdultBelgianResidentIsPlacedInAStationAndAChildIsTooYoung() {
        JsonObject voter = null;
        SyntheticPerson adult = null;
        for (SyntheticPerson p : FrontOfficeApiIT.POPULATION.subList(400, 700)) {
            if (p.isBelgian() && p.birthDate().isComplete()
                    && p.birthDate().toLocalDate().get().plusYears(30).isBefore(LocalDate.now())) {
                JsonObject s = demoElection(p);
                if (s.containsKey("station") && !s.isNull("station")) {
                    voter = s;
                    adult = p;
                    break;
                }
            }
        }
        assertNotNull(voter, "adult Belgian residents vote in a station");
        assertTrue(List.of("ON_LIST", "EXPECTED").contains(voter.getString("status")), voter.toString());
        assertEquals("Gemeenteraadsverkiezingen 2030", voter.getString("electionName"));
        assertEquals("2030-10-13", voter.getString("electionDay"));
        assertTrue(voter.getInt("station") >= 1 && voter.getInt("station") <= 4, voter.toString());
        assertTrue(voter.getString("stationAddress").contains("Leuven") || voter.getString("stationAddress").contains("30"),
                voter.toString());
        assertEquals(voter.getBoolean("listGenerated"), "ON_LIST".equals(voter.getString("status")), voter.toString());

        SyntheticPerson child = FrontOfficeApiIT.POPULATION.stream().filter(p -> p.birthDate().isComplete()
                && p.birthDate().toLocalDate().get().isAfter(LocalDate.now().minusYears(8))).findFirst().orElseThrow();
        JsonObject young = demoElection(child);
        assertTrue(List.of("NOT_EXPECTED", "NOT_ON_LIST").contains(young.getString("status")), young.toString());
        assertTrue(List.of("TOO_YOUNG", "NOT_RESIDENT").contains(young.getString("reason")), young.toString());
        assertTrue(!young.containsKey("voterNumber") || young.isNull("voterNumber"), young.toString());

        // one protocol entry per read, naming the person
        long before = entries(adult);
        demoElection(adult);
        assertEquals(before + 1, entries(adult));
    }

    static long entries(SyntheticPerson p) {
        return Api.as("auditor").get("/api/v1/protocol-log?personId=" + p.id() + "&actor=elections&size=100").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("query").startsWith("voter status of person " + p.id())).count();
    }

    @Test
    void theCounterAndTheElectionOfficerWithAPurposeGetIt() {
        SyntheticPerson p = FrontOfficeApiIT.POPULATION.get(450);
        Api.Reply clerk = Api.as("clerk").get("/api/v1/elections/persons/" + p.id() + "/voter-status?purpose=" + q(PURPOSE));
        assertEquals(200, clerk.status(), clerk.body());
        Api.Reply criminal = Api.as("criminal").get("/api/v1/elections/persons/" + p.id() + "/voter-status?purpose="
                + q(PURPOSE));
        assertEquals(403, criminal.status(), criminal.body());
        assertTrue(criminal.contentType().startsWith("application/problem+json"));
        Api.Reply noPurpose = Api.as("elections").get("/api/v1/elections/persons/" + p.id() + "/voter-status");
        assertEquals(400, noPurpose.status(), noPurpose.body());
        assertTrue(noPurpose.body().contains("\"purpose\""), noPurpose.body());
        Api.Reply badId = Api.as("elections").get("/api/v1/elections/persons/nobody/voter-status?purpose=" + q(PURPOSE));
        assertEquals(400, badId.status(), badId.body());
    }
}
