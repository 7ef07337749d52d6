package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The persons API end to end on PostgreSQL: search, get, history, as-of, changes, and their protocol log. */
@ExtendWith(PayaraServer.class)
class PersonApiIT {
    static final String PURPOSE = "integration test file 2026/0001";

    @Test
    void searchToleratesMissingDiacriticsAndReturnsRankedPage() {
        Api.Reply r = Api.as("clerk").get("/api/v1/persons?familyName=celik&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        JsonObject page = r.json();
        assertTrue(page.getInt("total") >= 1, "the demo population (seed 42) has Çelik residents");
        List<JsonObject> items = page.getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(items.stream().anyMatch(p -> p.getString("familyName").equals("Çelik")),
                "celik finds Çelik: " + items);
        assertEquals(100, items.get(0).getInt("score"), "an exact key match ranks first");
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).getInt("score") >= items.get(i).getInt("score"), "ranked best first");
        }
    }

    @Test
    void searchFindsNamesWrittenWithoutApostropheOrSpaces() {
        JsonObject withApostrophe = Api.as("clerk").get("/api/v1/persons?familyName=" + q("D'Hondt") + "&size=100&purpose="
                + q(PURPOSE)).json();
        JsonObject without = Api.as("clerk").get("/api/v1/persons?familyName=dhondt&size=100&purpose=" + q(PURPOSE)).json();
        assertEquals(withApostrophe.getInt("total"), without.getInt("total"));
    }

    @Test
    void searchByPartialBirthDateOnlyReturnsThatYear() {
        JsonObject any = Api.as("clerk").get("/api/v1/persons?familyName=peeters&size=100&purpose=" + q(PURPOSE)).json();
        assertTrue(any.getInt("total") > 0);
        String year = any.getJsonArray("items").getJsonObject(0).getString("birthDate").substring(0, 4);
        JsonObject inYear = Api.as("clerk").get("/api/v1/persons?familyName=peeters&birthDate=" + year + "&size=100&purpose="
                + q(PURPOSE)).json();
        assertTrue(inYear.getInt("total") >= 1);
        for (var v : inYear.getJsonArray("items")) {
            assertTrue(v.asJsonObject().getString("birthDate").startsWith(year + "-"));
        }
    }

    @Test
    void personReadHasEtagAndIsProtocolLoggedWithPurpose() {
        String id = firstCelik();
        Api.Reply r = Api.as("clerk").get("/api/v1/persons/" + id + "?purpose=" + q("read test " + id));
        assertEquals(200, r.status(), r.body());
        assertNotNull(r.etag());
        assertEquals(id, r.json().getString("id"));

        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + id + "&actor=clerk&size=50").json();
        boolean found = log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("action").equals("READ") && e.getString("purpose").equals("read test " + id)
                        && e.getString("outcome").equals("OK") && e.getString("channel").equals("REST")
                        && e.getJsonArray("informationTypes").toString().contains("010"));
        assertTrue(found, "the read is in the protocol log: " + log);
    }

    @Test
    void searchIsProtocolLoggedWithCriteriaAndReturnedPersons() {
        String purpose = "search log test " + UUID.randomUUID();
        JsonObject page = Api.as("clerk").get("/api/v1/persons?familyName=celik&purpose=" + q(purpose)).json();
        String firstId = page.getJsonArray("items").getJsonObject(0).getString("id");
        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + firstId + "&size=100").json();
        JsonObject entry = log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("purpose").equals(purpose)).findFirst().orElseThrow();
        assertEquals("SEARCH", entry.getString("action"));
        assertTrue(entry.getString("query").contains("familyName=celik"));
        assertEquals(page.getJsonArray("items").size(), entry.getJsonArray("personIds").size());
    }

    @Test
    void missingPurposeIsAFieldProblem() {
        Api.Reply r = Api.as("clerk").get("/api/v1/persons?familyName=celik");
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonObject p = r.json();
        assertEquals(400, p.getInt("status"));
        assertEquals("purpose", p.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void badNationalNumberGetsThePreciseReason() {
        Api.Reply r = Api.as("clerk").get("/api/v1/persons/by-national-number/93.05.18-223.62?purpose=" + q(PURPOSE));
        assertEquals(400, r.status());
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("nationalNumber", error.getString("field"));
        assertEquals("bad-check-digits", error.getString("code"));
        assertTrue(error.getString("message").contains("61"), error.getString("message"));

        Api.Reply shortOne = Api.as("clerk").get("/api/v1/persons?nationalNumber=9305182236&purpose=" + q(PURPOSE));
        assertEquals("bad-length", shortOne.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    @Test
    void validationEndpointExplainsNumbers() {
        JsonObject ok = Api.as("clerk").get("/api/v1/national-numbers/" + q("17.07.30-033.84") + "/validation").json();
        assertTrue(ok.getBoolean("valid"));
        assertEquals("2017-07-30", ok.getString("birthDate"));
        assertEquals("M", ok.getString("sex"));
        JsonObject bis = Api.as("clerk").get("/api/v1/national-numbers/98472899765/validation").json();
        assertEquals("BIS_SEX_KNOWN", bis.getString("kind"));
        JsonObject bad = Api.as("clerk").get("/api/v1/national-numbers/93131822361/validation").json();
        assertFalse(bad.getBoolean("valid"));
        assertEquals("bad-month", bad.getString("reason"));
    }

    @Test
    void unknownPersonIs404ProblemAndBadIdIs400() {
        Api.Reply missing = Api.as("clerk").get("/api/v1/persons/" + UUID.randomUUID() + "?purpose=" + q(PURPOSE));
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        Api.Reply bad = Api.as("clerk").get("/api/v1/persons/not-a-uuid?purpose=" + q(PURPOSE));
        assertEquals(400, bad.status());
        assertEquals("id", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unauthenticatedIs401AndWrongRoleIs403Problem() {
        Api.Reply anon = Api.anonymous().get("/api/v1/persons?familyName=celik&purpose=x" + q(PURPOSE));
        assertEquals(401, anon.status());
        assertTrue(anon.contentType().startsWith("application/problem+json"));
        Api.Reply wrongPassword = Api.basic("clerk", "wrong").get("/api/v1/persons?familyName=celik&purpose=" + q(PURPOSE));
        assertEquals(401, wrongPassword.status());
        Api.Reply unknownUser = Api.basic("nobody", "wrong").get("/api/v1/persons?familyName=celik&purpose=" + q(PURPOSE));
        assertEquals(wrongPassword.json().getString("detail"), unknownUser.json().getString("detail"),
                "the answer does not tell which part was wrong");
        Api.Reply trainer = Api.as("training").get("/api/v1/persons?familyName=celik&purpose=" + q(PURPOSE));
        assertEquals(403, trainer.status());
        assertTrue(trainer.json().getJsonArray("missing").toString().contains("role:clerk"));
        Api.Reply clerkOnLog = Api.as("clerk").get("/api/v1/protocol-log");
        assertEquals(403, clerkOnLog.status());
    }

    @Test
    void deniedReadIsLoggedAsDenied() {
        String id = firstCelik();
        String purpose = "denied read " + UUID.randomUUID();
        assertEquals(403, Api.as("training").get("/api/v1/persons/" + id + "?purpose=" + q(purpose)).status());
        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?actor=training&size=200").json();
        assertTrue(log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("purpose").equals(purpose) && e.getString("outcome").equals("DENIED")));
    }

    @Test
    void registrationAllocatesAValidNumberAndChangesKeepHistory() {
        String body = """
                {"familyName":"Vandenbroucke","givenNames":"Mila","birthDate":"2001-03-04","birthPlaceNis":"24062",
                 "sex":"F","nationalities":["BE"],"allocateNationalNumber":true,
                 "basis":{"kind":"REGISTRATION","reference":"IT arrival 2026/77"}}""";
        Api.Reply created = Api.as("population").postJson("/api/v1/persons?purpose=" + q(PURPOSE), body, Map.of());
        assertEquals(201, created.status(), created.body());
        JsonObject person = created.json();
        String nn = person.getString("nationalNumber");
        JsonObject check = Api.as("clerk").get("/api/v1/national-numbers/" + nn + "/validation").json();
        assertTrue(check.getBoolean("valid"));
        assertEquals("2001-03-04", check.getString("birthDate"));
        assertEquals("F", check.getString("sex"));
        String id = person.getString("id");
        String etag = created.etag();

        // a name change from 2026-01-01 on the version just read
        String change = """
                {"fact":"NAME","value":{"familyName":"Vandenbroucke-Peeters","givenNames":"Mila"},
                 "validFrom":"2026-01-01","basis":{"kind":"ACT","reference":"name change act 2026/5"}}""";
        Api.Reply changed = Api.as("population").postJson("/api/v1/persons/" + id + "/facts?purpose=" + q(PURPOSE), change,
                Map.of("If-Match", etag));
        assertEquals(200, changed.status(), changed.body());
        assertEquals("Vandenbroucke-Peeters", changed.json().getString("familyName"));

        // the same stale version again: refused, nothing stored
        Api.Reply stale = Api.as("population").postJson("/api/v1/persons/" + id + "/facts?purpose=" + q(PURPOSE), change,
                Map.of("If-Match", etag));
        assertEquals(412, stale.status());
        Api.Reply noVersion = Api.as("population").postJson("/api/v1/persons/" + id + "/facts?purpose=" + q(PURPOSE), change,
                Map.of());
        assertEquals(428, noVersion.status());

        JsonObject before = Api.as("clerk").get("/api/v1/persons/" + id + "/as-of?date=2025-12-31&purpose=" + q(PURPOSE)).json();
        assertEquals("Vandenbroucke", before.getString("familyName"));
        JsonObject after = Api.as("clerk").get("/api/v1/persons/" + id + "/as-of?date=2026-01-01&purpose=" + q(PURPOSE)).json();
        assertEquals("Vandenbroucke-Peeters", after.getString("familyName"));

        JsonArray history = Api.as("clerk").get("/api/v1/persons/" + id + "/history?purpose=" + q(PURPOSE)).json()
                .getJsonArray("records");
        List<JsonObject> names = history.stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("fact").equals("NAME")).toList();
        assertEquals(2, names.size(), "the old name is kept, not overwritten");
        assertEquals("ACT", names.get(1).getJsonObject("basis").getString("kind"));
        assertEquals("population", names.get(1).getString("recordedBy"));
    }

    @Test
    void asOfKnownAtAnswersWhatWeKnewThen() {
        String body = """
                {"familyName":"Wouters","givenNames":"Jan","birthDate":"1980-06-15","birthPlaceNis":"24062",
                 "sex":"M","nationalities":["BE"],"allocateNationalNumber":true,"basis":{"kind":"REGISTRATION"}}""";
        Api.Reply created = Api.as("population").postJson("/api/v1/persons?purpose=" + q(PURPOSE), body, Map.of());
        String id = created.json().getString("id");
        String beforeCorrection = java.time.Instant.now().toString();
        String correction = """
                {"fact":"BIRTH","value":{"date":"1980-06-16","placeNis":"24062"},
                 "basis":{"kind":"CORRECTION","reference":"court decision 2026/12"}}""";
        Api.Reply corrected = Api.as("population").postJson("/api/v1/persons/" + id + "/facts?purpose=" + q(PURPOSE),
                correction, Map.of("If-Match", created.etag()));
        assertEquals(200, corrected.status(), corrected.body());
        String today = LocalDate.now().toString();
        JsonObject now = Api.as("clerk").get("/api/v1/persons/" + id + "/as-of?date=" + today + "&purpose=" + q(PURPOSE)).json();
        assertEquals("1980-06-16", now.getString("birthDate"));
        JsonObject then = Api.as("clerk").get("/api/v1/persons/" + id + "/as-of?date=" + today + "&knownAt="
                + q(beforeCorrection) + "&purpose=" + q(PURPOSE)).json();
        assertEquals("1980-06-15", then.getString("birthDate"));
    }

    @Test
    void registrationValidatesEveryFieldAndStoresNothing() {
        String body = """
                {"familyName":"","birthDate":"2099-01-01","birthPlaceNis":"99999","sex":"Q",
                 "nationalities":["XX"],"nationalNumber":"93051822362","basis":{"kind":"REGISTRATION"}}""";
        Api.Reply r = Api.as("population").postJson("/api/v1/persons?purpose=" + q(PURPOSE), body, Map.of());
        assertEquals(400, r.status(), r.body());
        String fields = r.json().getJsonArray("errors").toString();
        for (String f : List.of("familyName", "birthDate", "birthPlaceNis", "sex", "nationalities", "nationalNumber")) {
            assertTrue(fields.contains("\"" + f + "\""), f + " in " + fields);
        }
        Api.Reply malformed = Api.as("population").postJson("/api/v1/persons?purpose=" + q(PURPOSE), "{not json", Map.of());
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        Api.Reply clerk = Api.as("clerk").postJson("/api/v1/persons?purpose=" + q(PURPOSE), body, Map.of());
        assertEquals(403, clerk.status());
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyCreatesNoSecondPerson() {
        String key = "retry-" + UUID.randomUUID();
        String body = "{\"familyName\":\"Goossens\",\"givenNames\":\"Lotte\",\"birthDate\":\"1999-09-09\","
                + "\"birthPlaceNis\":\"24062\",\"sex\":\"F\",\"nationalities\":[\"BE\"],\"allocateNationalNumber\":true,"
                + "\"basis\":{\"kind\":\"REGISTRATION\"}}";
        Api.Reply first = Api.as("population").postJson("/api/v1/persons?purpose=" + q(PURPOSE), body,
                Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.body());
        Api.Reply retry = Api.as("population").postJson("/api/v1/persons?purpose=" + q(PURPOSE), body,
                Map.of("Idempotency-Key", key));
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json().getString("id"), retry.json().getString("id"));
        assertEquals(first.json().getString("nationalNumber"), retry.json().getString("nationalNumber"));
        Api.Reply otherBody = Api.as("population").postJson("/api/v1/persons?purpose=" + q(PURPOSE),
                body.replace("Lotte", "Lore"), Map.of("Idempotency-Key", key));
        assertEquals(422, otherBody.status(), otherBody.body());
        JsonObject found = Api.as("clerk").get("/api/v1/persons?familyName=goossens&givenNames=lotte&birthDate=1999-09-09"
                + "&purpose=" + q(PURPOSE)).json();
        assertEquals(1, found.getInt("total"), "one person, not two");
    }

    static String firstCelik() {
        return Api.as("clerk").get("/api/v1/persons?familyName=celik&purpose=" + q(PURPOSE)).json()
                .getJsonArray("items").getJsonObject(0).getString("id");
    }

    @Test
    void unknownPathIsProblemJson() {
        Api.Reply r = Api.as("clerk").get("/api/v1/no-such-thing");
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertNull(r.etag());
    }
}
