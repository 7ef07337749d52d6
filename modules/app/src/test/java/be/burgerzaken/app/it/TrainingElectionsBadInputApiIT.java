package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on the training and elections REST endpoints never answers 500: malformed JSON, a body that is no
 * object, a missing body, unknown enum values, impossible dates, text where a number or a boolean belongs, ids that
 * are no UUID and query parameters of the wrong type all answer a 400 problem whose errors name the field (the JSON
 * property path, the parameter, or "body" when the body as a whole is unusable). Every probe is listed with what it
 * answered when one fails.
 */
@ExtendWith(PayaraServer.class)
class TrainingElectionsBadInputApiIT {
    static final String T = "/api/v1/training";
    static final String E = "/api/v1/elections";
    static final String PURPOSE = "bad input probes";
    private final List<String> failures = new ArrayList<>();

    @Test
    void trainingEndpointsAnswer400NamingTheField() {
        Api admin = Api.as("admin");
        Api coordinator = Api.as("training");
        Api.Reply staff = admin.get(T + "/staff");
        assertEquals(200, staff.status(), "the administrator lists the staff: " + staff.body());
        String staffId = staff.any().asJsonArray().getJsonObject(0).getString("id");
        String sessionId = coordinator.get(T + "/sessions").any().asJsonArray().getJsonObject(0).getString("id");
        String exemptions = T + "/staff/" + staffId + "/exemptions";

        probe(coordinator, "POST", T + "/courses", "{\"code\":", "body");
        probe(coordinator, "POST", T + "/courses", "[1,2]", "body");
        probe(coordinator, "POST", T + "/courses", "", "body");
        probe(coordinator, "POST", T + "/courses", "{\"code\":\"BAD-1\",\"validityMonths\":\"twelve\"}", "validityMonths");
        probe(coordinator, "POST", T + "/declaration-types", "{\"code\":\"BAD-2\",\"validityMonths\":true}", "validityMonths");
        probe(coordinator, "POST", T + "/declaration-types", "", "body");
        probe(coordinator, "POST", T + "/sessions", "{\"courseCode\":\"SERVICE\",\"startsAt\":\"tomorrow at nine\"}", "startsAt");
        probe(coordinator, "POST", T + "/sessions", "{\"courseCode\":\"SERVICE\",\"startsAt\":\"2026-12-03T09:00\","
                + "\"endsAt\":\"2026-12-03T25:00\"}", "endsAt");
        probe(coordinator, "POST", T + "/sessions", "{\"capacity\":\"many\"}", "capacity");
        probe(coordinator, "POST", T + "/sessions", "", "body");
        probe(coordinator, "POST", T + "/sessions/" + sessionId + "/enrolments", "{\"staffId\":\"not-a-uuid\"}", "staffId");
        probe(coordinator, "POST", T + "/sessions/" + sessionId + "/attendance", "{\"staffId\":\"" + staffId
                + "\",\"result\":\"PASSED\",\"score\":\"high\"}", "score");
        probe(coordinator, "POST", T + "/sessions/" + sessionId + "/attendance", "", "body");
        probe(coordinator, "POST", T + "/sessions/not-a-uuid/attendance", "{}", "id");
        probe(coordinator, "DELETE", T + "/sessions/" + sessionId + "/enrolments/xyz", null, "staffId");
        probe(coordinator, "POST", T + "/staff/" + staffId + "/declarations", "{\"typeCode\":\"CONFIDENTIALITY-CR\","
                + "\"signedOn\":\"2026-02-30\"}", "signedOn");
        probe(coordinator, "POST", T + "/staff/" + staffId + "/declarations", "", "body");
        probe(coordinator, "POST", T + "/staff/" + staffId + "/revocations", "", "body");
        probe(admin, "POST", exemptions, "{\"itemCode\":\"PRIVACY-NR\",\"validUntil\":\"31/12/2026\",\"reason\":"
                + "\"course booked, supervised meanwhile\"}", "validUntil");
        probe(admin, "POST", exemptions, "", "body");
        probe(admin, "POST", exemptions + "/" + UUID.randomUUID() + "/end", "{\"reason\":[\"x\"]}", "reason");
        probe(admin, "POST", exemptions + "/not-a-uuid/end", "{\"reason\":\"ten characters at least\"}", "exemptionId");
        probe(admin, "POST", T + "/staff", "{\"userName\":\"bad-input\",\"roles\":\"clerk\"}", "roles");
        probe(admin, "POST", T + "/staff", "", "body");
        probe(admin, "POST", T + "/requirements", "{\"role\":\"clerk\",\"itemKind\":\"SPELL\",\"itemCode\":\"SERVICE\"}",
                "itemKind");
        probe(admin, "POST", T + "/requirements", "{\"role\":\"clerk\",\"itemKind\":\"COURSE\",\"itemCode\":\"SERVICE\","
                + "\"validFrom\":\"2026-13-01\"}", "validFrom");
        probe(admin, "POST", T + "/requirements", "", "body");
        probe(admin, "PUT", T + "/requirements/" + UUID.randomUUID(), "{\"graceDays\":\"thirty\"}", "graceDays");
        probe(coordinator, "PUT", T + "/courses/" + UUID.randomUUID(), "{\"validityMonths\":\"x\"}", "validityMonths");
        probe(admin, "POST", T + "/legal-changes", "{\"code\":\"BAD-3\",\"dueOn\":\"soon\"}", "dueOn");
        probe(admin, "POST", T + "/legal-changes", "{\"code\":\"BAD-3\",\"roles\":\"clerk\"}", "roles");
        probe(admin, "POST", T + "/legal-changes", "", "body");
        probe(coordinator, "POST", T + "/legal-changes/" + UUID.randomUUID() + "/completions", "{\"staffId\":42}", "staffId");
        probe(coordinator, "GET", T + "/sessions?from=2026-13-01", null, "from");
        probe(coordinator, "GET", T + "/dashboard?year=last", null, "year");
        probe(coordinator, "GET", T + "/dashboard.csv?year=last", null, "year", Map.of("Accept", "text/csv"));
        probe(coordinator, "GET", T + "/staff/not-a-uuid", null, "id");
        assertTrue(failures.isEmpty(), () -> failures.size() + " probes did not answer 400 naming the field:\n"
                + String.join("\n", failures));
    }

    @Test
    void electionsEndpointsAnswer400NamingTheField() {
        Api officer = Api.as("elections");
        Api.Reply created = officer.postJson(E, "{\"name\":\"Bad input " + UUID.randomUUID() + "\",\"type\":"
                + "\"MUNICIPAL\",\"electionDay\":\"2030-10-13\"}", Map.of());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        String e = E + "/" + id;
        String any = UUID.randomUUID().toString();

        probe(officer, "POST", E, "{\"name\":\"x\",\"type\":\"PRESIDENTIAL\",\"electionDay\":\"2030-10-13\"}", "type");
        probe(officer, "POST", E, "{\"name\":\"x\",\"type\":\"MUNICIPAL\",\"electionDay\":\"13/10/2030\"}", "electionDay");
        probe(officer, "POST", E, "{\"name\":\"x\",\"type\":\"MUNICIPAL\",\"electionDay\":\"2030-10-13\","
                + "\"referenceDate\":\"2030-02-30\"}", "referenceDate");
        probe(officer, "POST", E, "{\"name\":", "body");
        probe(officer, "POST", E, "", "body");
        probe(officer, "POST", E, "\"an election\"", "body");
        probe(officer, "GET", E + "/not-a-uuid", null, "id");
        probe(officer, "POST", e + "/stations", "{\"number\":\"one\"}", "number");
        probe(officer, "POST", e + "/stations", "{\"number\":1,\"name\":\"A\",\"ranges\":[{\"streetCode\":\"X\","
                + "\"from\":\"a\"}]}", "ranges[0].from");
        probe(officer, "POST", e + "/stations", "{\"number\":1,\"name\":\"A\",\"ranges\":\"all\"}", "ranges");
        probe(officer, "POST", e + "/stations", "", "body");
        probe(officer, "PUT", e + "/stations/1", "{\"capacity\":\"big\"}", "capacity", Map.of("If-Match", "\"0\""));
        probe(officer, "POST", e + "/non-belgian-requests", "{\"personId\":\"" + any + "\",\"citizenship\":\"EU\","
                + "\"requestedOn\":\"yesterday\"}", "requestedOn");
        probe(officer, "POST", e + "/non-belgian-requests", "", "body");
        probe(officer, "POST", e + "/non-belgian-requests/" + any + "/decision", "{\"decision\":[\"APPROVED\"]}",
                "decision", Map.of("If-Match", "\"0\""));
        probe(officer, "POST", e + "/non-belgian-requests/x/decision", "{\"decision\":\"APPROVED\"}", "requestId",
                Map.of("If-Match", "\"0\""));
        probe(officer, "POST", E + "/poll-workers", "{\"personId\":\"" + any + "\",\"kind\":\"VOLUNTEER\","
                + "\"services\":\"two\"}", "services");
        probe(officer, "POST", E + "/poll-workers", "", "body");
        probe(officer, "POST", e + "/designations", "{\"workerId\":\"" + any + "\",\"stationNumber\":\"first\","
                + "\"role\":\"CHAIR\"}", "stationNumber");
        probe(officer, "POST", e + "/designations", "", "body");
        probe(officer, "POST", e + "/designations/" + any + "/impediment", "{\"reason\":\"ziek\",\"receivedOn\":"
                + "\"2030-02-31\"}", "receivedOn", Map.of("If-Match", "\"0\""));
        probe(officer, "POST", e + "/designations/" + any + "/replacement", "{\"workerId\":{}}", "workerId");
        probe(officer, "POST", e + "/voter-list/objections?purpose=" + q(PURPOSE), "{\"personId\":\"" + any
                + "\",\"action\":\"REMOVE\",\"receivedOn\":\"12-10-2030\"}", "receivedOn");
        probe(officer, "POST", e + "/voter-list/objections?purpose=" + q(PURPOSE), "", "body");
        probe(officer, "POST", e + "/voter-list/voters/" + any + "/move?purpose=" + q(PURPOSE),
                "{\"stationNumber\":\"two\"}", "stationNumber", Map.of("If-Match", "\"0\""));
        probe(officer, "POST", e + "/proxies?purpose=" + q(PURPOSE), "{\"grantorId\":{\"id\":1}}", "grantorId");
        probe(officer, "POST", e + "/proxies?purpose=" + q(PURPOSE), "", "body");
        probe(officer, "POST", e + "/proxies/" + any + "/withdrawal?purpose=" + q(PURPOSE), "{\"reason\":{\"text\":\"zelf\"}}",
                "reason", Map.of("If-Match", "\"0\""));
        probe(officer, "POST", e + "/proxies/x/withdrawal?purpose=" + q(PURPOSE), "{\"reason\":\"zelf\"}", "proxyId",
                Map.of("If-Match", "\"0\""));
        probe(officer, "GET", e + "/proxies?station=first&purpose=" + q(PURPOSE), null, "station");
        probe(officer, "GET", e + "/designations?station=first", null, "station");
        probe(officer, "GET", e + "/voter-list/voters?purpose=" + q(PURPOSE) + "&page=first", null, "page");
        probe(officer, "POST", e + "/letter-jobs?station=first", "", "station");
        assertTrue(failures.isEmpty(), () -> failures.size() + " probes did not answer 400 naming the field:\n"
                + String.join("\n", failures));
    }

    private void probe(Api api, String method, String path, String body, String field) {
        probe(api, method, path, body, field, Map.of());
    }

    /** Sends the probe; records a failure unless it answers a 400 problem with {@code field} among its errors. */
    private void probe(Api api, String method, String path, String body, String field, Map<String, String> headers) {
        Api.Reply r = switch (method) {
            case "GET" -> headers.isEmpty() ? api.get(path) : api.get(path, headers);
            case "DELETE" -> api.delete(path);
            case "PUT" -> api.putJson(path, body, headers);
            default -> api.postJson(path, body, headers);
        };
        String what = method + " " + path + (body == null ? "" : " " + body) + " -> " + r.status() + " " + r.body();
        if (r.status() != 400 || r.contentType() == null || !r.contentType().startsWith("application/problem+json")) {
            failures.add(what);
            return;
        }
        JsonObject problem = r.json();
        boolean named = problem.containsKey("errors") && !problem.isNull("errors") && problem.getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().anyMatch(p -> field.equals(p.getString("field")));
        if (!named) {
            failures.add("(field " + field + " not named) " + what);
        }
    }
}
