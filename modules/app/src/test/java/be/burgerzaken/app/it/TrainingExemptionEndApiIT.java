package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's side of training over REST on PostgreSQL: the staff list (without being the coordinator), a
 * time-limited exemption that lets a blocked clerk search persons, and ending it early with If-Match and a reason:
 * from that moment the clerk is refused again with the missing course named; the grant stays with its end, and the
 * change is in the protocol log. Refusals (no If-Match, stale, no reason, not the administrator, ended twice) store
 * nothing.
 */
@ExtendWith(PayaraServer.class)
class TrainingExemptionEndApiIT {
    static final String T = "/api/v1/training";
    static final Api ADMIN = Api.as("admin");
    static final Api COORDINATOR = Api.as("training");

    @Test
    void anEndedExemptionBlocksTheClerkAgainAndStaysRecordedWithItsEnd() {
        String user = "it-end-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = ADMIN.postJson(T + "/staff", """
                {"userName":"%s","displayName":"IT %s","department":"Burgerzaken","team":"Onthaal",
                 "roles":["clerk"],"initialPassword":"burgerzaken"}""".formatted(user, user), Map.of());
        assertEquals(201, created.status(), created.body());
        String staffId = created.json().getString("id");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        attend("PRIVACY-NR", today.minusMonths(26), staffId);
        attend("SERVICE", today.minusDays(20), staffId);
        String search = "/api/v1/persons?familyName=peeters&purpose=" + q("exemption end test");
        assertEquals(403, Api.as(user).get(search).status(), "privacy course expired beyond grace");

        Api.Reply list = ADMIN.get(T + "/staff");
        assertEquals(200, list.status(), "the administrator lists the staff: " + list.body());
        assertTrue(list.body().contains("\"userName\":\"" + user + "\""), list.body());

        Api.Reply granted = ADMIN.postJson(T + "/staff/" + staffId + "/exemptions", "{\"itemCode\":\"PRIVACY-NR\","
                + "\"validUntil\":\"" + today.plusDays(20) + "\",\"reason\":\"course booked, supervised meanwhile\"}",
                Map.of());
        assertEquals(201, granted.status(), granted.body());
        assertTrue(granted.json().getBoolean("active"));
        String exemptionId = granted.json().getString("id");
        assertEquals(200, Api.as(user).get(search).status(), "exempted");

        String end = T + "/staff/" + staffId + "/exemptions/" + exemptionId + "/end";
        String reason = "{\"reason\":\"the clerk moved to the back office\"}";
        assertEquals(428, ADMIN.postJson(end, reason, Map.of()).status(), "If-Match required");
        assertEquals(412, ADMIN.postJson(end, reason, Map.of("If-Match", "\"9\"")).status(), "stale");
        Api.Reply shortReason = ADMIN.postJson(end, "{\"reason\":\"moved\"}", Map.of("If-Match", granted.etag()));
        assertEquals(400, shortReason.status(), shortReason.body());
        assertEquals("reason", shortReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, COORDINATOR.postJson(end, reason, Map.of("If-Match", granted.etag())).status(),
                "administrator only");
        assertEquals(404, ADMIN.postJson(T + "/staff/" + staffId + "/exemptions/" + UUID.randomUUID() + "/end", reason,
                Map.of("If-Match", granted.etag())).status());
        assertEquals(200, Api.as(user).get(search).status(), "nothing changed by the refusals");

        Api.Reply ended = ADMIN.postJson(end, reason, Map.of("If-Match", granted.etag()));
        assertEquals(200, ended.status(), ended.body());
        assertEquals(today.toString(), ended.json().getString("endedOn"));
        assertEquals("admin", ended.json().getString("endedBy"));
        assertFalse(ended.json().getBoolean("active"));
        assertEquals(today.plusDays(20).toString(), ended.json().getString("validUntil"), "the grant stays as it was");

        Api.Reply refused = Api.as(user).get(search);
        assertEquals(403, refused.status(), refused.body());
        assertEquals(List.of("course:PRIVACY-NR", "role:clerk"), refused.json().getJsonArray("missing")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals(409, ADMIN.postJson(end, reason, Map.of("If-Match", ended.etag())).status(), "ended once");

        JsonObject member = COORDINATOR.get(T + "/staff/" + staffId).json();
        assertEquals("BLOCKED", member.getString("status"));
        JsonObject exemption = member.getJsonArray("exemptions").getJsonObject(0);
        assertEquals("the clerk moved to the back office", exemption.getString("endReason"));
        Api.Reply log = Api.as("auditor").get("/api/v1/protocol-log?actor=admin&size=50");
        assertTrue(log.body().contains("exemption from PRIVACY-NR for " + user + " ended"), log.body());
    }

    private static void attend(String course, LocalDate day, String staffId) {
        LocalDateTime start = day.atTime(9, 0);
        Api.Reply s = COORDINATOR.postJson(T + "/sessions", """
                {"courseCode":"%s","startsAt":"%s","endsAt":"%s","place":"IT room","trainer":"%s","capacity":5}"""
                .formatted(course, start, start.plusHours(3), "IT trainer " + UUID.randomUUID()), Map.of());
        assertEquals(201, s.status(), s.body());
        Api.Reply a = COORDINATOR.postJson(T + "/sessions/" + s.json().getString("id") + "/attendance",
                "{\"staffId\":\"" + staffId + "\",\"result\":\"PASSED\",\"score\":90}", Map.of());
        assertEquals(200, a.status(), a.body());
    }
}
