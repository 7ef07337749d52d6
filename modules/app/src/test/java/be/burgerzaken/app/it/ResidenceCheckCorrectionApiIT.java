package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.AddressChangeApiIT.NAAMSESTRAAT;
import static be.burgerzaken.app.it.AddressChangeApiIT.PURPOSE;
import static be.burgerzaken.app.it.AddressChangeApiIT.TODAY;
import static be.burgerzaken.app.it.AddressChangeApiIT.address;
import static be.burgerzaken.app.it.AddressChangeApiIT.box;
import static be.burgerzaken.app.it.AddressChangeApiIT.decisionPath;
import static be.burgerzaken.app.it.AddressChangeApiIT.declare;
import static be.burgerzaken.app.it.AddressChangeApiIT.family;
import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 (task E): a police residence check posted by mistake is corrected on PostgreSQL: the police client corrects
 * its own check within the window, the population officer any check until the decision; the correction supersedes
 * the earlier check, which stays in the procedure's history with who/when and the reason; If-Match required; no
 * check yet, a decided procedure, another's check and a passed window are refused and store nothing.
 */
@ExtendWith(PayaraServer.class)
class ResidenceCheckCorrectionApiIT {

    @Test
    void thePoliceCorrectsItsOwnCheckAndTheHistoryKeepsBoth() {
        AddressChangeApiIT.Family family = family();
        Api.Reply declared = declare("clerk", family.declarant(), family.members(), address(NAAMSESTRAAT, "301", box()),
                TODAY.minusDays(1));
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");
        String token = AuthApiIT.token();
        Api.Reply checked = Api.bearer(token).postJson(checkPath(id), "{\"outcome\":\"NEGATIVE\",\"visitDate\":\""
                + TODAY + "\",\"remarks\":\"nobody at home\"}", Map.of());
        assertEquals(200, checked.status(), checked.body());
        String body = "{\"outcome\":\"POSITIVE\",\"visitDate\":\"" + TODAY + "\",\"reference\":\"PV 2026/77\","
                + "\"remarks\":\"family met\",\"reason\":\"outcome typed for the wrong address\"}";

        Api.Reply without = Api.bearer(token).postJson(correctionPath(id), body, Map.of());
        assertEquals(428, without.status(), without.body());
        Api.Reply stale = Api.bearer(token).postJson(correctionPath(id), body, Map.of("If-Match", declared.etag()));
        assertEquals(412, stale.status(), stale.body());
        assertEquals(1, history(id).size(), "nothing stored");

        Api.Reply corrected = Api.bearer(token).postJson(correctionPath(id), body, Map.of("If-Match", checked.etag()));
        assertEquals(200, corrected.status(), corrected.body());
        JsonObject view = corrected.json();
        assertEquals("CHECKED", view.getString("status"));
        assertEquals("POSITIVE", view.getString("checkOutcome"));
        assertEquals("PV 2026/77", view.getString("checkReference"));
        assertNotEquals(checked.etag(), corrected.etag());

        JsonArray history = history(id);
        assertEquals(2, history.size(), history.toString());
        JsonObject first = history.getJsonObject(0);
        assertEquals("NEGATIVE", first.getString("outcome"));
        assertEquals("nobody at home", first.getString("remarks"));
        assertEquals("demo-integrator", first.getString("recordedBy"));
        assertEquals("demo-integrator", first.getString("supersededBy"));
        assertTrue(first.containsKey("supersededAt") && !first.isNull("supersededAt"), first.toString());
        assertFalse(first.containsKey("correctionReason") && !first.isNull("correctionReason"));
        JsonObject second = history.getJsonObject(1);
        assertEquals("POSITIVE", second.getString("outcome"));
        assertEquals("outcome typed for the wrong address", second.getString("correctionReason"));
        assertFalse(second.containsKey("supersededAt") && !second.isNull("supersededAt"), "the current outcome");

        // the corrected (positive) check allows the approval; once decided, no more corrections
        Api.Reply approved = Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\"}",
                Map.of("If-Match", corrected.etag()));
        assertEquals(200, approved.status(), approved.body());
        Api.Reply late = Api.as("population").postJson(correctionPath(id), body, Map.of("If-Match", approved.etag()));
        assertConflict(late, 409, "check-closed");
        assertEquals(2, history(id).size());

        List<JsonObject> log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + family.declarant()
                + "&size=100").json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(log.stream().anyMatch(e -> e.getString("outcome").equals("OK") && e.getString("query").equals(
                "residence check correction " + id + ": NEGATIVE -> POSITIVE (reason: outcome typed for the wrong "
                        + "address)")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.getString("outcome").equals("DENIED") && e.getString("query").equals(
                "residence check correction " + id + " refused: check-closed")), log.toString());
    }

    @Test
    void onlyTheOfficerCorrectsAnotherOnesCheckOrAfterThePoliceWindow() throws Exception {
        AddressChangeApiIT.Family family = family();
        Api.Reply declared = declare("clerk", family.declarant(), family.members(), address(NAAMSESTRAAT, "302", box()),
                TODAY);
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");
        String token = AuthApiIT.token();
        String body = "{\"outcome\":\"NEGATIVE\",\"visitDate\":\"" + TODAY + "\",\"reason\":\"wrong family\"}";
        assertConflict(Api.bearer(token).postJson(correctionPath(id), body, Map.of("If-Match", declared.etag())), 409,
                "no-check");

        // the officer entered the check from a paper report: the police client may not correct it
        Api.Reply byOfficer = Api.as("population").postJson(checkPath(id), "{\"outcome\":\"POSITIVE\",\"visitDate\":\""
                + TODAY + "\",\"reference\":\"PV paper 12\"}", Map.of());
        assertEquals(200, byOfficer.status(), byOfficer.body());
        assertConflict(Api.bearer(token).postJson(correctionPath(id), body, Map.of("If-Match", byOfficer.etag())), 403,
                "not-own-check");
        Api.Reply noReason = Api.as("population").postJson(correctionPath(id), "{\"outcome\":\"NEGATIVE\","
                + "\"visitDate\":\"" + TODAY.plusDays(1) + "\"}", Map.of("If-Match", byOfficer.etag()));
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("\"reason\"") && noReason.body().contains("\"visitDate\""),
                noReason.body());
        assertEquals(1, history(id).size(), "nothing stored");
        Api.Reply byOfficerAgain = Api.as("population").postJson(correctionPath(id), body,
                Map.of("If-Match", byOfficer.etag()));
        assertEquals(200, byOfficerAgain.status(), byOfficerAgain.body());
        assertEquals("NEGATIVE", byOfficerAgain.json().getString("checkOutcome"));

        // the police's own check, posted longer ago than the window (72 hours by default)
        AddressChangeApiIT.Family other = family();
        Api.Reply second = declare("clerk", other.declarant(), other.members(), address(NAAMSESTRAAT, "303", box()),
                TODAY);
        assertEquals(201, second.status(), second.body());
        String secondId = second.json().getString("id");
        assertEquals(200, Api.bearer(token).postJson(checkPath(secondId), "{\"outcome\":\"POSITIVE\",\"visitDate\":\""
                + TODAY + "\"}", Map.of()).status());
        try (Connection c = DriverManager.getConnection(System.getProperty("bz.test.db.url"),
                System.getProperty("bz.test.db.user"), System.getProperty("bz.test.db.password"));
             PreparedStatement s = c.prepareStatement("UPDATE population.address_change SET checked_at = checked_at"
                     + " - INTERVAL '4 days' WHERE id = ?")) {
            s.setObject(1, UUID.fromString(secondId));
            assertEquals(1, s.executeUpdate());
        }
        String etag = Api.as("clerk").get("/api/v1/population/address-changes/" + secondId + "?purpose="
                + q(PURPOSE)).etag();
        assertConflict(Api.bearer(token).postJson(correctionPath(secondId), body, Map.of("If-Match", etag)), 409,
                "correction-window-passed");
        Api.Reply officer = Api.as("population").postJson(correctionPath(secondId), body, Map.of("If-Match", etag));
        assertEquals(200, officer.status(), officer.body());
        assertEquals(2, history(secondId).size());
    }

    static String checkPath(String id) {
        return "/api/v1/population/address-changes/" + id + "/residence-check?purpose=" + q("police PV 2026/9");
    }

    static String correctionPath(String id) {
        return "/api/v1/population/address-changes/" + id + "/residence-check/correction?purpose="
                + q("police PV 2026/9");
    }

    static JsonArray history(String id) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/address-changes/" + id + "/residence-checks?purpose="
                + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.any().asJsonArray();
    }

    static void assertConflict(Api.Reply r, int status, String type) {
        assertEquals(status, r.status(), r.body());
        assertEquals("https://burgerzaken.be/problems/" + type, r.json().getString("type"));
    }
}
