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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training gates roles (issue 5), over REST on PostgreSQL: a staff member whose privacy course expired is refused a
 * person read with a 403 naming the course and the role, and regains access once attendance is registered; a revoked
 * course blocks person searches until a new attendance; the demo mix on the dashboard; exemptions; expiry warnings;
 * and the bad-input answers (full session, attendance in the future, negative validity, overlapping trainer).
 */
@ExtendWith(PayaraServer.class)
class TrainingApiIT {
    private static final String T = "/api/v1/training";
    private static final String PURPOSE = "training gate test";
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    private static final Api COORDINATOR = Api.as("training");
    private static final Api ADMIN = Api.as("admin");

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a clerk account and staff record over the training REST API (administrator); answers its id. */
    private static String newClerk(String user) {
        Api.Reply r = ADMIN.postJson(T + "/staff", """
                {"userName":"%s","displayName":"IT %s","department":"Burgerzaken","team":"Onthaal",
                 "roles":["clerk"],"initialPassword":"burgerzaken"}""".formatted(user, user), Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    /** A session of the course at the day (09:00 + 3 h), each with its own trainer so no overlap arises. */
    private static String session(String course, LocalDate day, int capacity) {
        LocalDateTime start = day.atTime(9, 0);
        Api.Reply r = COORDINATOR.postJson(T + "/sessions", """
                {"courseCode":"%s","startsAt":"%s","endsAt":"%s","place":"IT room","trainer":"%s","capacity":%d}"""
                .formatted(course, start, start.plusHours(3), unique("IT trainer "), capacity), Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    private static JsonObject attend(String sessionId, String staffId) {
        Api.Reply r = COORDINATOR.postJson(T + "/sessions/" + sessionId + "/attendance",
                "{\"staffId\":\"" + staffId + "\",\"result\":\"PASSED\",\"score\":90}", Map.of());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static String somePersonId() {
        Api.Reply r = Api.as("clerk").get("/api/v1/persons?familyName=peeters&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    private static List<String> missing(Api.Reply r) {
        return r.json().getJsonArray("missing").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(BELGIUM);
    }

    @Test
    void expiredPrivacyCourseRefusesPersonReadUntilAttendanceIsRegistered() {
        String user = unique("it-gate-");
        String staffId = newClerk(user);
        // the clerk's courses: privacy passed 26 months ago (24 months valid, 30 days' grace: expired), service recent
        attend(session("PRIVACY-NR", today().minusMonths(26), 10), staffId);
        attend(session("SERVICE", today().minusDays(20), 10), staffId);
        String person = somePersonId();

        Api.Reply refused = Api.as(user).get("/api/v1/persons/" + person + "?purpose=" + q(PURPOSE));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(List.of("course:PRIVACY-NR", "role:clerk"), missing(refused));
        assertTrue(refused.json().getString("detail").contains("course:PRIVACY-NR expired"), refused.body());

        // a blocked member still sees what is missing
        Api.Reply mine = Api.as(user).get(T + "/me");
        assertEquals(200, mine.status(), mine.body());
        assertEquals("BLOCKED", mine.json().getJsonObject("me").getString("status"));

        JsonObject attendance = attend(session("PRIVACY-NR", today().minusDays(1), 10), staffId);
        String code = attendance.getString("certificateCode");
        assertNotNull(code);
        Api.Reply allowed = Api.as(user).get("/api/v1/persons/" + person + "?purpose=" + q(PURPOSE));
        assertEquals(200, allowed.status(), allowed.body());

        // the certificate verifies publicly, and its PDF is the member's
        JsonObject verification = Api.anonymous().get("/api/v1/public/documents/" + code).json();
        assertEquals("VALID", verification.getString("status"), verification.toString());
        assertEquals("training.certificate", verification.getString("type"));
        Api.Reply pdf = Api.as(user).get(T + "/certificates/" + attendance.getString("id"),
                Map.of("Accept", "application/pdf"));
        assertEquals(200, pdf.status(), pdf.body());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
        Api.Reply other = Api.as("lotte").get(T + "/certificates/" + attendance.getString("id"),
                Map.of("Accept", "application/pdf"));
        assertEquals(403, other.status(), "another staff member's certificate");
    }

    @Test
    void revokingTheCourseBlocksPersonSearchesAndAttendanceRestoresThem() {
        String user = unique("it-revoke-");
        String staffId = newClerk(user);
        attend(session("PRIVACY-NR", today().minusDays(30), 10), staffId);
        attend(session("SERVICE", today().minusDays(31), 10), staffId);
        String search = "/api/v1/persons?familyName=peeters&purpose=" + q(PURPOSE);
        assertEquals(200, Api.as(user).get(search).status());

        Api.Reply revoked = COORDINATOR.postJson(T + "/staff/" + staffId + "/revocations",
                "{\"courseCode\":\"PRIVACY-NR\",\"reason\":\"wrong person registered\"}", Map.of());
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("BLOCKED", revoked.json().getString("status"));

        Api.Reply refused = Api.as(user).get(search);
        assertEquals(403, refused.status(), refused.body());
        assertEquals(List.of("course:PRIVACY-NR", "role:clerk"), missing(refused));
        assertTrue(refused.json().getString("detail").contains("course:PRIVACY-NR missing"), refused.body());

        attend(session("PRIVACY-NR", today().minusDays(2), 10), staffId);
        assertEquals(200, Api.as(user).get(search).status());

        // the change and the refusal are in the protocol log
        Api.Reply log = Api.as("auditor").get("/api/v1/protocol-log?actor=training&size=50");
        assertEquals(200, log.status(), log.body());
        assertTrue(log.body().contains("course PRIVACY-NR revoked from " + user), log.body());
    }

    @Test
    void demoStaffShowTheMixOnTheDashboardAndTheReadmeUsersAreNotBlocked() {
        Api.Reply r = COORDINATOR.get(T + "/dashboard");
        assertEquals(200, r.status(), r.body());
        Map<String, String> status = new java.util.HashMap<>();
        r.json().getJsonArray("staff").getValuesAs(JsonObject.class)
                .forEach(s -> status.put(s.getString("userName"), s.getString("status")));
        assertEquals("COMPLIANT", status.get("lotte"));
        assertEquals("EXPIRING_SOON", status.get("bram"));
        assertEquals("EXPIRING_SOON", status.get("dina"), "in grace and a briefing due");
        assertEquals("EXPIRING_SOON", status.get("emre"), "exempted");
        for (String user : List.of("clerk", "population", "registrar", "criminal", "elections", "training", "auditor",
                "admin")) {
            assertFalse("BLOCKED".equals(status.get(user)), user + " is " + status.get(user));
        }
        assertTrue(r.json().getInt("blocked") >= 1, r.body());
        assertEquals(403, Api.as("clerk").get(T + "/dashboard").status(), "coordinator only");
        Api.Reply csv = COORDINATOR.get(T + "/dashboard.csv", Map.of("Accept", "text/csv"));
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().startsWith("USER;NAME;DEPARTMENT;TEAM;ROLES;STATUS"), csv.body());
        assertTrue(csv.body().contains("\nbram;"), csv.body());
        // the criminal-records clerk holds the confidentiality declaration and the course
        JsonObject criminal = COORDINATOR.get(T + "/staff").any().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("userName").equals("criminal")).findFirst().orElseThrow();
        List<String> held = criminal.getJsonArray("holdings").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("kind") + ":" + h.getString("code")).toList();
        assertTrue(held.containsAll(List.of("DECLARATION:CONFIDENTIALITY-CR", "COURSE:CRIMINAL-RECORDS",
                "COURSE:PRIVACY-NR")), held.toString());
        // an integrator is not staff: no requirements
        String token = Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "client_credentials", "client_id", "demo-integrator", "client_secret",
                        "demo-integrator-secret"))).json().getString("access_token");
        // (with a purpose its authorisation covers: integrators are held to their authorised purposes, issue 9)
        Api.Reply integrator = Api.bearer(token).get("/api/v1/persons?familyName=peeters&purpose="
                + q("police file 2026/0005 training gate"));
        assertEquals(200, integrator.status(), integrator.body());
    }

    @Test
    void blockedDemoClerkIsRefusedUntilTheAdministratorGrantsAnExemption() {
        String search = "/api/v1/persons?familyName=peeters&purpose=" + q(PURPOSE);
        Api.Reply refused = Api.as("chris").get(search);
        assertEquals(403, refused.status(), refused.body());
        assertTrue(missing(refused).contains("course:PRIVACY-NR"), refused.body());
        String chrisId = COORDINATOR.get(T + "/dashboard").json().getJsonArray("staff").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("userName").equals("chris")).findFirst().orElseThrow()
                .getString("staffId");
        String body = "{\"itemCode\":\"PRIVACY-NR\",\"validUntil\":\"" + today().plusDays(7)
                + "\",\"reason\":\"course booked for next week, supervised meanwhile\"}";
        assertEquals(403, COORDINATOR.postJson(T + "/staff/" + chrisId + "/exemptions", body, Map.of()).status(),
                "administrator only");
        Api.Reply tooLong = ADMIN.postJson(T + "/staff/" + chrisId + "/exemptions", body.replace(
                today().plusDays(7).toString(), today().plusYears(2).toString()), Map.of());
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("validUntil", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, Api.as("chris").get(search).status(), "nothing stored");
        Api.Reply granted = ADMIN.postJson(T + "/staff/" + chrisId + "/exemptions", body, Map.of());
        assertEquals(201, granted.status(), granted.body());
        assertEquals(200, Api.as("chris").get(search).status());
    }

    @Test
    void expiryWarningsAreStoredOnceForTheMemberAndTheCoordinator() {
        assertEquals(403, COORDINATOR.postJson(T + "/expiry-warnings/run", "", Map.of()).status(), "administrator only");
        Api.Reply first = ADMIN.postJson(T + "/expiry-warnings/run", "", Map.of());
        assertEquals(200, first.status(), first.body());
        Api.Reply second = ADMIN.postJson(T + "/expiry-warnings/run", "", Map.of());
        assertEquals(0, second.json().getInt("created"), "the same day's second run finds nobody left: " + second.body());
        Api.Reply bram = Api.as("bram").get(T + "/notifications");
        assertEquals(200, bram.status(), bram.body());
        assertTrue(bram.body().contains("course:PRIVACY-NR for role clerk expires on"), bram.body());
        assertFalse(bram.body().contains("\"userName\":\"dina\""), "only his own: " + bram.body());
        Api.Reply coordinator = COORDINATOR.get(T + "/notifications");
        assertTrue(coordinator.body().contains("\"userName\":\"bram\"") && coordinator.body().contains("\"userName\":\"dina\""),
                coordinator.body());
    }

    @Test
    void fullSessionPutsOnTheWaitingListAndACancellationPromotes() {
        String a = newClerk(unique("it-wait-a-"));
        String b = newClerk(unique("it-wait-b-"));
        String s = session("SERVICE", today().plusDays(40), 1);
        Api.Reply first = COORDINATOR.postJson(T + "/sessions/" + s + "/enrolments", "{\"staffId\":\"" + a + "\"}", Map.of());
        assertEquals(201, first.status(), first.body());
        assertEquals("ENROLLED", first.json().getString("status"));
        Api.Reply second = COORDINATOR.postJson(T + "/sessions/" + s + "/enrolments", "{\"staffId\":\"" + b + "\"}", Map.of());
        assertEquals(201, second.status(), second.body());
        assertEquals("WAITING", second.json().getString("status"), "a full session: waiting list");
        Api.Reply again = COORDINATOR.postJson(T + "/sessions/" + s + "/enrolments", "{\"staffId\":\"" + b + "\"}", Map.of());
        assertEquals(409, again.status(), again.body());
        assertEquals(200, COORDINATOR.delete(T + "/sessions/" + s + "/enrolments/" + a).status());
        JsonObject session = COORDINATOR.get(T + "/sessions/" + s).json();
        JsonObject promoted = session.getJsonArray("enrolments").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("staffId").equals(b)).findFirst().orElseThrow();
        assertEquals("ENROLLED", promoted.getString("status"), session.toString());
        assertEquals(1, session.getInt("enrolled"));
        assertEquals(0, session.getInt("waiting"));
    }

    @Test
    void attendanceForAFutureSessionIsRefusedAndNothingStored() {
        String staff = newClerk(unique("it-future-"));
        String s = session("SERVICE", today().plusDays(10), 5);
        Api.Reply r = COORDINATOR.postJson(T + "/sessions/" + s + "/attendance",
                "{\"staffId\":\"" + staff + "\",\"result\":\"PASSED\"}", Map.of());
        assertEquals(400, r.status(), r.body());
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("sessionId", error.getString("field"));
        assertEquals("session-in-future", error.getString("code"));
        assertTrue(COORDINATOR.get(T + "/sessions/" + s).json().getJsonArray("enrolments").isEmpty(), "nothing stored");
    }

    @Test
    void courseWithNegativeValidityIsRefusedAndNothingStored() {
        String code = unique("IT-NEG-").toUpperCase();
        Api.Reply r = COORDINATOR.postJson(T + "/courses", """
                {"code":"%s","titleNl":"Test","titleFr":"Test","titleEn":"Test","topic":"OTHER","format":"CLASSROOM",
                 "durationMinutes":60,"validityMonths":-6}""".formatted(code), Map.of());
        assertEquals(400, r.status(), r.body());
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("validityMonths", error.getString("field"));
        assertEquals("negative", error.getString("code"));
        assertFalse(COORDINATOR.get(T + "/courses").body().contains(code), "nothing stored");
        Api.Reply ok = COORDINATOR.postJson(T + "/courses", """
                {"code":"%s","titleNl":"Test","titleFr":"Test","titleEn":"Test","topic":"OTHER","format":"CLASSROOM",
                 "durationMinutes":60,"validityMonths":6}""".formatted(code), Map.of());
        assertEquals(201, ok.status(), ok.body());
        Api.Reply stale = COORDINATOR.putJson(T + "/courses/" + ok.json().getString("id"), """
                {"code":"%s","titleNl":"Test 2","titleFr":"Test","titleEn":"Test","topic":"OTHER","format":"CLASSROOM",
                 "durationMinutes":60,"validityMonths":6}""".formatted(code), Map.of("If-Match", "\"99\""));
        assertEquals(412, stale.status(), stale.body());
    }

    @Test
    void overlappingSessionsOfOneTrainerAreRefusedAndNothingStored() {
        String trainer = unique("IT overlap ");
        LocalDateTime start = today().plusDays(50).atTime(13, 0);
        String body = """
                {"courseCode":"SERVICE","startsAt":"%s","endsAt":"%s","place":"room 1","trainer":"%s","capacity":5}""";
        assertEquals(201, COORDINATOR.postJson(T + "/sessions", body.formatted(start, start.plusHours(2), trainer),
                Map.of()).status());
        Api.Reply clash = COORDINATOR.postJson(T + "/sessions", body.formatted(start.plusHours(1), start.plusHours(3),
                trainer), Map.of());
        assertEquals(409, clash.status(), clash.body());
        assertTrue(clash.json().getString("type").endsWith("trainer-overlap"), clash.body());
        assertTrue(clash.json().getString("detail").contains(trainer), clash.body());
        Api.Reply list = COORDINATOR.get(T + "/sessions?from=" + start.toLocalDate() + "&to=" + start.toLocalDate());
        assertEquals(1, list.any().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("trainer").equals(trainer)).count(), "nothing stored");
        // back to back is fine
        assertEquals(201, COORDINATOR.postJson(T + "/sessions", body.formatted(start.plusHours(2), start.plusHours(4),
                trainer), Map.of()).status());
    }

    @Test
    void requirementsAreDataEditedByTheCoordinatorWithVersions() {
        Api.Reply unknown = COORDINATOR.postJson(T + "/requirements", """
                {"role":"auditor","itemKind":"COURSE","itemCode":"NO-SUCH-COURSE","graceDays":10,"validFrom":"2030-01-01"}""",
                Map.of());
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("itemCode", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply created = COORDINATOR.postJson(T + "/requirements", """
                {"role":"auditor","itemKind":"COURSE","itemCode":"PRIVACY-NR","graceDays":10,"validFrom":"2099-01-01"}""",
                Map.of());
        assertEquals(201, created.status(), created.body());
        Api.Reply ended = COORDINATOR.putJson(T + "/requirements/" + created.json().getString("id"), """
                {"role":"auditor","itemKind":"COURSE","itemCode":"PRIVACY-NR","graceDays":10,"validFrom":"2099-01-01",
                 "validTo":"2099-12-31"}""", Map.of("If-Match", created.etag()));
        assertEquals(200, ended.status(), ended.body());
        assertEquals("2099-12-31", ended.json().getString("validTo"));
        assertEquals(403, Api.as("clerk").postJson(T + "/requirements", "{}", Map.of()).status());
    }
}
