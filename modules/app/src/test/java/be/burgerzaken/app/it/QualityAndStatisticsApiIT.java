package be.burgerzaken.app.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality signals and statistics end to end on PostgreSQL: a rule changed with its change log and a stale change
 * refused, a crowded address created through first registrations found by a run, not duplicated by the next run,
 * reviewed (stale review 412, dismissal without a note 400) and not raised again; housing units known or not; a
 * person who moved flagged by a stricter FREQUENT_MOVES version; statistics totals equal to the residents on the
 * date, cross-tables, CSV, bad dimensions and a date before any registration; access and the protocol log.
 */
@ExtendWith(PayaraServer.class)
class QualityAndStatisticsApiIT {
    static final String PURPOSE = "integration test quality signals 2026/0042";
    static final String NAAMSESTRAAT = "1020";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final List<String> FAMILIES = List.of("Aerts", "Bosmans", "Claes", "Dubois", "Eeckhout", "Fontaine",
            "Goossens", "Hermans", "Janssens", "Kowalski");

    // ------------------------------------------------------------------ quality rules and signals

    @Test
    void aRuleChangeIsLoggedAndAStaleChangeIsRefused() {
        JsonObject rule = rule("OVERCROWDED_ADDRESS");
        String path = "/api/v1/population/quality-rules/" + rule.getString("id");
        Reply clerk = send("clerk", "PUT", path, "{\"threshold\":7}", Map.of("If-Match", etag(rule)));
        assertEquals(403, clerk.status(), clerk.body());

        Reply changed = send("population", "PUT", path, "{\"threshold\":7,\"severity\":\"MEDIUM\"}",
                Map.of("If-Match", etag(rule)));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(7, changed.json().getInt("threshold"));
        assertEquals("population", changed.json().getString("updatedBy"));
        assertNotEquals(etag(rule), changed.etag());
        Reply stale = send("population", "PUT", path, "{\"threshold\":9}", Map.of("If-Match", etag(rule)));
        assertEquals(412, stale.status(), stale.body());
        assertEquals("https://burgerzaken.be/problems/stale-version", stale.json().getString("type"));
        Reply bad = send("population", "PUT", path, "{\"threshold\":-1,\"severity\":\"URGENT\"}",
                Map.of("If-Match", changed.etag()));
        assertProblem(bad, 400, "threshold", "out-of-range");
        assertProblem(bad, 400, "severity", "invalid");
        Reply back = send("population", "PUT", path, "{\"threshold\":8,\"severity\":\"HIGH\"}",
                Map.of("If-Match", changed.etag()));
        assertEquals(200, back.status(), back.body());

        JsonArray changes = Api.as("population").get(path + "/changes").any().asJsonArray();
        assertTrue(changes.getJsonObject(0).getString("change").contains("threshold 7 -> 8"), changes.toString());
        assertTrue(changes.getJsonObject(1).getString("change").contains("threshold 8 -> 7"), changes.toString());
        assertTrue(changes.getJsonObject(1).getString("change").contains("severity HIGH -> MEDIUM"));
        assertEquals("population", changes.getJsonObject(1).getString("changedBy"));
        assertTrue(log("population").stream().anyMatch(e -> e.getString("action").equals("CHANGE")
                && e.getString("query").startsWith("quality rule OVERCROWDED_ADDRESS " + rule.getString("id")
                + ": threshold 8 -> 7")), "the change is in the protocol log");
    }

    @Test
    void aCrowdedAddressIsSignalledOnceReviewedAndNotRaisedAgain() {
        String box = box();
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            residents.add(register(FAMILIES.get(i), "Lid" + i, NAAMSESTRAAT, "300", box, TODAY.minusDays(20)));
        }
        JsonObject run = run("population", null);
        JsonObject crowded = outcome(run, "OVERCROWDED_ADDRESS");
        assertTrue(crowded.getBoolean("applied"));
        assertTrue(crowded.getInt("newSignals") >= 1, run.toString());
        assertTrue(outcome(run, "MANY_SURNAMES").getInt("newSignals") >= 1, "9 family names > 5: " + run);

        List<JsonObject> found = signalsAt("OVERCROWDED_ADDRESS", "OPEN", box);
        assertEquals(1, found.size());
        JsonObject summary = found.get(0);
        assertEquals(9, summary.getInt("personCount"));
        assertEquals("HIGH", summary.getString("severity"));
        assertFalse(summary.containsKey("personIds"), "the list does not name the persons at an address");
        String id = summary.getString("id");

        Reply detail = send("clerk", "GET", "/api/v1/population/quality-signals/" + id + "?purpose=" + q(PURPOSE), null,
                Map.of());
        assertEquals(200, detail.status(), detail.body());
        JsonObject signal = detail.json();
        assertEquals("9", signal.getJsonObject("facts").getString("residents"));
        assertEquals("8", signal.getJsonObject("facts").getString("threshold"));
        assertEquals(Set.copyOf(residents), signal.getJsonArray("personIds").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).collect(Collectors.toSet()));
        assertEquals(box, signal.getJsonObject("address").getString("box"));
        assertTrue(Api.as("auditor").get("/api/v1/protocol-log?personId=" + residents.get(0) + "&size=100").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).anyMatch(e -> e.getString("actor").equals("clerk")
                        && e.getString("action").equals("READ") && e.getString("query").equals("quality signal " + id)
                        && e.getJsonArray("informationTypes").toString().contains("020")),
                "reading the signal is logged for the persons it names");

        JsonObject again = run("population", null);
        assertTrue(outcome(again, "OVERCROWDED_ADDRESS").getInt("alreadyOpen") >= 1, again.toString());
        assertEquals(1, signalsAt("OVERCROWDED_ADDRESS", "ALL", box).size(), "no second open signal");

        Reply noNote = review("clerk", id, "{\"outcome\":\"DISMISSED\"}", detail.etag());
        assertProblem(noNote, 400, "note", "required");
        assertEquals(403, review("auditor", id, "{\"outcome\":\"JUSTIFIED\"}", detail.etag()).status());
        Reply justified = review("population", id, "{\"outcome\":\"JUSTIFIED\",\"note\":\"large family, visited\"}",
                detail.etag());
        assertEquals(200, justified.status(), justified.body());
        assertEquals("JUSTIFIED", justified.json().getString("status"));
        assertEquals("population", justified.json().getString("reviewedBy"));
        Reply stale = review("clerk", id, "{\"outcome\":\"REFERRED_TO_POLICE\"}", detail.etag());
        assertEquals(412, stale.status(), "a review based on the version before the other review: " + stale.body());
        assertEquals("https://burgerzaken.be/problems/stale-version", stale.json().getString("type"));
        Reply twice = review("clerk", id, "{\"outcome\":\"REFERRED_TO_POLICE\"}", justified.etag());
        assertEquals(409, twice.status(), twice.body());
        assertEquals("https://burgerzaken.be/problems/already-reviewed", twice.json().getString("type"));

        JsonObject third = run("population", null);
        assertTrue(outcome(third, "OVERCROWDED_ADDRESS").getInt("alreadyReviewed") >= 1, third.toString());
        List<JsonObject> all = signalsAt("OVERCROWDED_ADDRESS", "ALL", box);
        assertEquals(1, all.size(), "the reviewed situation did not change: not raised again");
        assertEquals("JUSTIFIED", all.get(0).getString("status"));
        assertTrue(signalsAt("OVERCROWDED_ADDRESS", "OPEN", box).isEmpty());
    }

    @Test
    void addressesWithoutAKnownHousingUnitAreSignalled() throws Exception {
        String box = box();
        String person = register("Lemmens", "Ilse", NAAMSESTRAAT, "301", box, TODAY.minusDays(5));
        run("population", null);
        List<JsonObject> found = signalsAt("NO_HOUSING_UNIT", "OPEN", box);
        assertEquals(1, found.size(), "a new address is no known housing unit");
        JsonObject signal = Api.as("population").get("/api/v1/population/quality-signals/" + found.get(0).getString("id")
                + "?purpose=" + q(PURPOSE)).json();
        assertEquals(List.of(person), signal.getJsonArray("personIds").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList());
        assertTrue(count("SELECT COUNT(*) FROM population.quality_signal s WHERE s.rule_code = 'NO_HOUSING_UNIT'"
                + " AND EXISTS (SELECT 1 FROM population.residence r WHERE CAST(r.address_id AS VARCHAR) = s.subject_id"
                + " AND r.recorded_by = 'demo')") >= 1, "the demo addresses left without a unit are found too");

        // units: one added, a duplicate refused, a list loaded all or nothing
        String unit = "{\"streetCode\":\"" + NAAMSESTRAAT + "\",\"houseNumber\":\"302\",\"box\":\"" + box
                + "\",\"kind\":\"APARTMENT\",\"source\":\"building register\"}";
        assertEquals(403, Api.as("clerk").postJson("/api/v1/population/housing-units", unit, Map.of()).status());
        Api.Reply added = Api.as("population").postJson("/api/v1/population/housing-units", unit, Map.of());
        assertEquals(201, added.status(), added.body());
        assertEquals("APARTMENT", added.json().getString("kind"));
        assertEquals(409, Api.as("population").postJson("/api/v1/population/housing-units", unit, Map.of()).status());
        String otherBox = box();
        Reply badList = send("population", "POST", "/api/v1/population/housing-units/import?source=test",
                "streetCode;houseNumber;box;kind\n" + NAAMSESTRAAT + ";303;" + otherBox + ";APARTMENT\n"
                        + NAAMSESTRAAT + ";303;x;CASTLE\n", Map.of("Content-Type", "text/csv"));
        assertProblem(badList, 400, "lines[3].kind", "invalid");
        Reply list = send("population", "POST", "/api/v1/population/housing-units/import?source=test",
                NAAMSESTRAAT + ";303;" + otherBox + ";APARTMENT\n" + NAAMSESTRAAT + ";302;" + box + ";APARTMENT\n",
                Map.of("Content-Type", "text/csv"));
        assertEquals(200, list.status(), list.body());
        assertEquals(1, list.json().getInt("added"));
        assertEquals(1, list.json().getInt("alreadyKnown"));
        JsonArray at = Api.as("clerk").get("/api/v1/population/housing-units?streetCode=" + NAAMSESTRAAT
                + "&houseNumber=303").any().asJsonArray();
        assertTrue(at.stream().anyMatch(v -> v.asJsonObject().getString("box").equals(otherBox)), at.toString());

        // residents at a known unit are not signalled
        register("Lemmens", "Pieter", NAAMSESTRAAT, "303", otherBox, TODAY.minusDays(5));
        JsonObject run = run("population", null);
        assertTrue(outcome(run, "NO_HOUSING_UNIT").getBoolean("applied"));
        assertTrue(signalsAt("NO_HOUSING_UNIT", "ALL", otherBox).isEmpty(), "a known housing unit");
    }

    @Test
    void aPersonWhoMovesMoreThanAStricterRuleAllowsIsSignalled() {
        String person = register("Vermeulen", "Tom", NAAMSESTRAAT, "310", box(), TODAY.minusDays(300));
        String declared = Api.as("clerk").postJson("/api/v1/population/address-changes?purpose=" + q(PURPOSE),
                "{\"declarantId\":\"" + person + "\",\"members\":[{\"personId\":\"" + person + "\"}],\"address\":"
                        + address(NAAMSESTRAAT, "311", box()) + ",\"moveDate\":\"" + TODAY.minusDays(3) + "\"}",
                Map.of()).json().getString("id");
        Api.Reply checked = Api.bearer(AuthApiIT.token()).postJson("/api/v1/population/address-changes/" + declared
                + "/residence-check?purpose=" + q(PURPOSE), "{\"outcome\":\"POSITIVE\",\"visitDate\":\"" + TODAY + "\"}",
                Map.of());
        assertEquals(200, checked.status(), checked.body());
        Api.Reply approved = Api.as("population").postJson("/api/v1/population/address-changes/" + declared
                + "/decision?purpose=" + q(PURPOSE), "{\"decision\":\"APPROVE\"}", Map.of("If-Match", checked.etag()));
        assertEquals(200, approved.status(), approved.body());

        // two main residences in the last year: not more than 3; a stricter version from today says more than 1
        assertTrue(signalsOf("FREQUENT_MOVES", person).isEmpty());
        run("population", null);
        assertTrue(signalsOf("FREQUENT_MOVES", person).isEmpty(), "2 moves is not more than 3");
        Reply version = send("population", "POST", "/api/v1/population/quality-rules",
                "{\"code\":\"FREQUENT_MOVES\",\"threshold\":1,\"validFrom\":\"" + TODAY + "\"}", Map.of());
        assertEquals(201, version.status(), version.body());
        assertEquals(365, version.json().getInt("windowDays"), "the other values come from the version it follows");
        Reply overlap = send("population", "POST", "/api/v1/population/quality-rules",
                "{\"code\":\"FREQUENT_MOVES\",\"threshold\":2,\"validFrom\":\"" + TODAY + "\"}", Map.of());
        assertProblem(overlap, 400, "validFrom", "version-exists");
        JsonObject yesterday = run("population", TODAY.minusDays(1));
        assertEquals(rule("FREQUENT_MOVES").getString("id"), outcome(yesterday, "FREQUENT_MOVES").getString("ruleId"));
        assertTrue(signalsOf("FREQUENT_MOVES", person).isEmpty(), "yesterday the old version applied");
        JsonObject today = run("population", null);
        assertEquals(version.json().getString("id"), outcome(today, "FREQUENT_MOVES").getString("ruleId"));
        List<JsonObject> found = signalsOf("FREQUENT_MOVES", person);
        assertEquals(1, found.size(), today.toString());
        assertEquals("PERSON", found.get(0).getString("subjectKind"));
        JsonObject signal = Api.as("clerk").get("/api/v1/population/quality-signals/" + found.get(0).getString("id")
                + "?purpose=" + q(PURPOSE)).json();
        assertEquals("2", signal.getJsonObject("facts").getString("moves"));
        assertEquals(TODAY.minusDays(300) + ", " + TODAY, signal.getJsonObject("facts").getString("moveDates"));

        // the version it follows ends where the new one starts; back to the default threshold for the other tests
        assertEquals(TODAY.toString(), rule("FREQUENT_MOVES").getString("validTo"));
        Reply restored = send("population", "PUT", "/api/v1/population/quality-rules/" + version.json().getString("id"),
                "{\"threshold\":3}", Map.of("If-Match", version.etag()));
        assertEquals(200, restored.status(), restored.body());
        assertEquals(403, send("clerk", "POST", "/api/v1/population/quality-runs", "", Map.of()).status());
        assertProblem(send("population", "POST", "/api/v1/population/quality-runs?date=" + TODAY.plusDays(1), "",
                Map.of()), 400, "date", "future");
    }

    // ------------------------------------------------------------------ statistics

    @Test
    void statisticsTotalsAreTheResidentsRegisteredOnTheDate() throws Exception {
        JsonObject byRegister = stats("population", "rows=REGISTER");
        long total = byRegister.getJsonObject("total").getJsonNumber("count").longValue();
        assertEquals(count("SELECT COUNT(*) FROM population.resident WHERE status = 'REGISTERED'"), total,
                "today: every registered resident, counted from the histories");
        assertEquals(List.of("POPULATION", "FOREIGNERS", "WAITING"), keys(byRegister));
        assertEquals(total, byRegister.getJsonArray("rows").stream()
                .mapToLong(r -> r.asJsonObject().getJsonObject("total").getJsonNumber("count").longValue()).sum());

        LocalDate yesterday = TODAY.minusDays(1);
        long before = total(stats("population", "rows=SEX&date=" + yesterday));
        register("Statistiek", "Nieuw", NAAMSESTRAAT, "320", box(), TODAY);
        assertEquals(total + 1, total(stats("population", "rows=REGISTER")), "registered today: counted today");
        assertEquals(before, total(stats("population", "rows=SEX&date=" + yesterday)), "not yet yesterday");
        long onDate = count("SELECT COUNT(*) FROM population.residence r JOIN population.register_entry e"
                + " ON e.person_id = r.person_id AND e.valid_from <= DATE '" + yesterday + "' AND (e.valid_to IS NULL"
                + " OR e.valid_to > DATE '" + yesterday + "') WHERE r.valid_from <= DATE '" + yesterday + "'"
                + " AND (r.valid_to IS NULL OR r.valid_to > DATE '" + yesterday + "')");
        assertEquals(onDate, before);

        JsonObject cross = stats("auditor", "rows=age-band&columns=sex");
        assertEquals("AGE_BAND", cross.getString("rowDimension"));
        assertEquals("SEX", cross.getString("columnDimension"));
        assertTrue(cross.getJsonArray("columns").toString().contains("\"F\""));
        assertEquals(List.of("0-17", "18-24", "25-44", "45-64", "65-79", "80+"), keys(cross).subList(0, 6));
        assertEquals(total + 1, total(cross));
        long columnSum = cross.getJsonArray("columnTotals").stream()
                .mapToLong(c -> c.asJsonObject().getJsonNumber("count").longValue()).sum();
        assertEquals(total + 1, columnSum);
        JsonObject nationality = stats("admin", "rows=NATIONALITY_GROUP&columns=DISTRICT");
        assertTrue(keys(nationality).containsAll(List.of("BELGIAN", "EU", "NON_EU")), keys(nationality).toString());
        assertTrue(nationality.getJsonArray("columns").toString().contains("Heverlee"));
        assertTrue(nationality.getJsonArray("rows").getJsonObject(1).getJsonObject("total").getJsonNumber("count")
                .longValue() > 0, "the demo has EU citizens");
        JsonObject custom = stats("population", "rows=AGE_BAND&ageBands=0,18,65");
        assertEquals(List.of("0-17", "18-64", "65+"), keys(custom).subList(0, 3));

        JsonObject empty = stats("population", "rows=REGISTER&columns=SEX&date=1800-01-01");
        assertEquals(0, total(empty), "before any registration");
        assertTrue(empty.getJsonArray("rows").stream().allMatch(r -> r.asJsonObject().getJsonObject("total")
                .getJsonNumber("count").longValue() == 0));

        JsonObject suppressed = stats("population", "rows=REGISTER&columns=SEX&suppressBelow=1000");
        JsonObject cell = suppressed.getJsonArray("rows").getJsonObject(0).getJsonArray("cells").getJsonObject(0);
        assertTrue(cell.getBoolean("suppressed"), cell.toString());
        assertTrue(!cell.containsKey("count") || cell.isNull("count"), "a suppressed count is not shown: " + cell);
        assertEquals(1000, suppressed.getInt("suppressionThreshold"));
    }

    @Test
    void statisticsAsCsvAndRefusals() {
        Reply csv = send("population", "GET", "/api/v1/population/statistics?rows=AGE_BAND&columns=SEX&format=csv", null,
                Map.of());
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.contentType().toLowerCase().contains("charset=utf-8"), csv.contentType());
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("AGE_BAND;F;M"), lines.get(0));
        assertTrue(lines.get(0).endsWith(";TOTAL"));
        assertTrue(lines.get(1).startsWith("0-17;"), lines.get(1));
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("TOTAL;"), last);
        long total = total(stats("population", "rows=AGE_BAND&columns=SEX"));
        assertEquals(Long.toString(total), last.substring(last.lastIndexOf(';') + 1));
        for (String line : lines) {
            assertEquals(lines.get(0).split(";").length, line.split(";").length, line);
        }
        Reply accepted = send("population", "GET", "/api/v1/population/statistics?rows=REGISTER", null,
                Map.of("Accept", "text/csv"));
        assertEquals(200, accepted.status(), accepted.body());
        assertTrue(accepted.body().startsWith("REGISTER;COUNT\nPOPULATION;"), accepted.body());

        Api.Reply bad = Api.as("population").get("/api/v1/population/statistics?rows=colour");
        assertProblem(new Reply(bad.status(), bad.contentType(), bad.etag(), bad.body()), 400, "rows", "unknown-dimension");
        Api.Reply missing = Api.as("population").get("/api/v1/population/statistics");
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("\"field\":\"rows\""), missing.body());
        Api.Reply same = Api.as("population").get("/api/v1/population/statistics?rows=SEX&columns=sex");
        assertTrue(same.body().contains("same-as-rows"), same.body());
        Api.Reply bands = Api.as("population").get("/api/v1/population/statistics?rows=AGE_BAND&ageBands=18,65");
        assertTrue(bands.body().contains("\"field\":\"ageBands\""), bands.body());
        assertEquals(403, Api.as("clerk").get("/api/v1/population/statistics?rows=SEX").status());
        assertTrue(log("population").stream().anyMatch(e -> e.getString("action").equals("SEARCH")
                && e.getString("query").startsWith("population statistics on " + TODAY + " rows AGE_BAND columns SEX")
                && e.getJsonArray("personIds").isEmpty()), "the query is logged, without persons");
    }

    // ------------------------------------------------------------------ helpers

    static JsonObject stats(String user, String query) {
        Api.Reply r = Api.as(user).get("/api/v1/population/statistics?" + query);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        return r.json();
    }

    static long total(JsonObject table) {
        return table.getJsonObject("total").getJsonNumber("count").longValue();
    }

    static List<String> keys(JsonObject table) {
        return table.getJsonArray("rows").stream().map(v -> v.asJsonObject().getString("key")).toList();
    }

    static List<JsonObject> rules() {
        return Api.as("population").get("/api/v1/population/quality-rules").any().asJsonArray().stream()
                .map(v -> v.asJsonObject()).toList();
    }

    /** The version of the rule seeded by the migration (valid from 2000-01-01). */
    static JsonObject rule(String code) {
        return rules().stream().filter(r -> r.getString("code").equals(code)
                && r.getString("validFrom").equals("2000-01-01")).findFirst().orElseThrow();
    }

    static String etag(JsonObject rule) {
        return "\"" + rule.getJsonNumber("version").longValue() + "\"";
    }

    static JsonObject run(String user, LocalDate date) {
        Reply r = send(user, "POST", "/api/v1/population/quality-runs?purpose=" + q(PURPOSE)
                + (date == null ? "" : "&date=" + date), "", Map.of());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static JsonObject outcome(JsonObject run, String code) {
        return run.getJsonArray("rules").stream().map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals(code))
                .findFirst().orElseThrow();
    }

    /** The signals of the rule at addresses with this box (unique per test), every page. */
    static List<JsonObject> signalsAt(String rule, String status, String box) {
        return signals(rule, status).stream().filter(s -> s.containsKey("address") && !s.isNull("address")
                && s.getJsonObject("address").getString("box").equals(box)).toList();
    }

    static List<JsonObject> signalsOf(String rule, String personId) {
        return signals(rule, "ALL").stream().filter(s -> personId.equals(s.getString("personId", null))).toList();
    }

    static List<JsonObject> signals(String rule, String status) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject p = Api.as("clerk").get("/api/v1/population/quality-signals?rule=" + rule + "&status=" + status
                    + "&size=100&page=" + page + "&purpose=" + q(PURPOSE)).json();
            p.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
            if ((long) (page + 1) * 100 >= p.getJsonNumber("total").longValue()) {
                return all;
            }
        }
    }

    static Reply review(String user, String id, String body, String etag) {
        return send(user, "POST", "/api/v1/population/quality-signals/" + id + "/review?purpose=" + q(PURPOSE), body,
                Map.of("If-Match", etag));
    }

    static List<JsonObject> log(String actor) {
        return Api.as("auditor").get("/api/v1/protocol-log?actor=" + actor + "&size=200").json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject()).toList();
    }

    /** Registers a new Belgian adult at the address from the date through the first-registration API. */
    static String register(String family, String given, String street, String number, String box, LocalDate date) {
        String body = "{\"person\":{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":"
                + "\"1980-03-0" + (1 + Math.abs(given.hashCode() % 9)) + "\",\"birthPlaceNis\":\"24062\",\"sex\":\"F\","
                + "\"nationalities\":[\"BE\"],\"allocateNationalNumber\":true},\"address\":" + address(street, number, box)
                + ",\"registerType\":\"POPULATION\",\"date\":\"" + date + "\",\"origin\":{\"kind\":\"ABROAD\","
                + "\"country\":\"NL\"},\"basis\":{\"kind\":\"DECLARATION\",\"reference\":\"arrival\"}}";
        Api.Reply r = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE), body,
                Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("personId");
    }

    static String address(String street, String number, String box) {
        return "{\"streetCode\":\"" + street + "\",\"houseNumber\":\"" + number + "\",\"box\":\"" + box + "\"}";
    }

    static String box() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("bz.test.db.url"),
                System.getProperty("bz.test.db.user"), System.getProperty("bz.test.db.password"));
             PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static void assertProblem(Reply r, int status, String field, String code) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonArray errors = r.json().getJsonArray("errors");
        assertTrue(errors.stream().map(v -> v.asJsonObject()).anyMatch(e -> e.getString("field").equals(field)
                && e.getString("code").equals(code)), r.body());
    }

    /** A response of {@link #send}: status, content type, ETag, body. */
    record Reply(int status, String contentType, String etag, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    /** Any method, headers of our choosing (Accept defaults to JSON), Basic authentication as the demo user. */
    static Reply send(String user, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(PayaraServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        if (!headers.containsKey("Accept")) {
            b.header("Accept", "application/json");
        }
        if (body != null && !headers.containsKey("Content-Type")) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(null), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
