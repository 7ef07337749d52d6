package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Street list maintenance over REST on PostgreSQL: a merge adds streets, a preview stores nothing, a whole list
 * renames, changes, adds and retires (never deletes) with the version as ETag (stale 412, missing 428), a bad line
 * refuses the whole file, a retired street is refused for a new address and left out of the search, the change
 * history keeps the old name, access and the protocol log. The test's streets live in a municipality code of their
 * own, so the shipped streets other tests use are never retired.
 */
@ExtendWith(PayaraServer.class)
class StreetListApiIT {
    static final String HEADER = "nis;street_code;name_nl;name_fr;postcode;district\n";
    static final String PURPOSE = "integration test street list 2026/0007";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void mergePreviewReplaceRetireAndTheRetiredStreetIsRefusedForNewAddresses() throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        String nis = "9" + String.format("%04d", Math.abs(run.hashCode()) % 10_000);
        String a = run + "A";
        String b = run + "B";
        String c = run + "C";
        String d = run + "D";
        String name = "Proefstraat " + run;

        assertEquals(403, Api.as("clerk").get("/api/v1/population/streets/list").status());
        assertEquals(403, put("clerk", HEADER + nis + ";" + a + ";X;;3000;\n", "", null).status());
        Api.Reply state = Api.as("admin").get("/api/v1/population/streets/list");
        assertEquals(200, state.status(), state.body());
        assertNotNull(state.etag());
        long v0 = state.json().getJsonNumber("listVersion").longValue();
        assertEquals("\"" + v0 + "\"", state.etag().replace("W/", ""));

        // a merge adds three streets; the list's version goes up by one
        String first = HEADER + nis + ";" + a + ";" + name + " A;Rue d'essai A;3000;Leuven\n"
                + nis + ";" + b + ";" + name + " B;;3000;Leuven\n" + nis + ";" + c + ";" + name + " C;;3000;Heverlee\n";
        Api.Reply noVersion = post("population", first, null);
        assertEquals(428, noVersion.status(), noVersion.body());
        Api.Reply merged = post("population", first, "\"" + v0 + "\"");
        assertEquals(200, merged.status(), merged.body());
        JsonObject m = merged.json();
        assertEquals("MERGE", m.getString("mode"));
        assertTrue(m.getBoolean("applied"));
        assertEquals(3, m.getInt("added"));
        assertEquals(v0 + 1, m.getJsonNumber("listVersion").longValue());
        assertEquals(1, search(name + " B").size(), "an added street is found");

        // the whole list: A renamed, C moves to another postcode, D is new, B is missing -> retired from today
        String whole = HEADER + nis + ";" + a + ";Nieuwe " + name + " A;Nouvelle rue d'essai A;3000;Leuven\n"
                + nis + ";" + c + ";" + name + " C;;3001;Heverlee\n" + nis + ";" + d + ";" + name + " D;;3000;Leuven\n";
        Api.Reply preview = put("population", whole, "?dryRun=true", null);
        assertEquals(200, preview.status(), preview.body());
        JsonObject p = preview.json();
        assertFalse(p.getBoolean("applied"));
        assertEquals(List.of(1, 1, 1, 1, 0, 0), List.of(p.getInt("added"), p.getInt("renamed"), p.getInt("changed"),
                p.getInt("retired"), p.getInt("reinstated"), p.getInt("unchanged")), p.toString());
        assertEquals(v0 + 1, Api.as("admin").get("/api/v1/population/streets/list").json()
                .getJsonNumber("listVersion").longValue(), "a preview stores nothing");
        assertEquals(1, search(name + " B").size(), "a preview retires nothing");

        Api.Reply stale = put("population", whole, "", "\"" + v0 + "\"");
        assertEquals(412, stale.status(), stale.body());
        Api.Reply badLine = put("population", whole + nis + ";" + run + "E;;3000;\n", "", "\"" + (v0 + 1) + "\"");
        assertEquals(400, badLine.status(), badLine.body());
        JsonObject error = badLine.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("lines[5]", error.getString("field"));
        assertEquals("street-list-line", error.getString("code"));
        assertFalse(error.containsKey("args"), "the screen's values are not part of problem+json: " + error);

        Api.Reply replaced = put("admin", whole, "?retireOn=" + TODAY, "\"" + (v0 + 1) + "\"");
        assertEquals(200, replaced.status(), replaced.body());
        JsonObject r = replaced.json();
        assertTrue(r.getBoolean("applied"));
        assertEquals(v0 + 2, r.getJsonNumber("listVersion").longValue());
        assertEquals("\"" + (v0 + 2) + "\"", replaced.etag().replace("W/", ""));
        JsonObject retired = r.getJsonArray("changes").stream().map(v -> v.asJsonObject())
                .filter(x -> x.getString("kind").equals("RETIRED")).findFirst().orElseThrow();
        assertEquals(b, retired.getString("streetCode"));
        assertEquals(TODAY.toString(), retired.getString("validTo"));
        assertEquals(0, QualityAndStatisticsApiIT.count("SELECT COUNT(*) FROM population.street WHERE nis = '" + nis
                + "' AND street_code = '" + b + "' AND valid_to IS NULL"), "retired, not current");
        assertEquals(1, QualityAndStatisticsApiIT.count("SELECT COUNT(*) FROM population.street WHERE nis = '" + nis
                + "' AND street_code = '" + b + "'"), "never deleted");
        assertEquals(0, QualityAndStatisticsApiIT.count("SELECT COUNT(*) FROM population.street WHERE nis <> '" + nis
                + "' AND valid_to IS NOT NULL"), "the other municipalities' streets are untouched");
        assertTrue(search(name + " B").isEmpty(), "a retired street is left out of the search");
        assertEquals(1, search("Nieuwe " + name + " A").size());
        assertEquals("3001", search(name + " C").getJsonObject(0).getString("postcode"));

        // the name history: the old name stays in the change history
        JsonArray history = Api.as("population").get("/api/v1/population/streets/changes?streetCode=" + a).any()
                .asJsonArray();
        assertEquals(List.of("RENAMED", "ADDED"), history.stream().map(v -> v.asJsonObject().getString("kind")).toList());
        assertEquals(name + " A", history.getJsonObject(0).getString("oldNameNl"));
        assertEquals("Nieuwe " + name + " A", history.getJsonObject(0).getString("newNameNl"));
        assertEquals("admin", history.getJsonObject(0).getString("changedBy"));

        // a new address on the retired street is refused; the renamed one takes new addresses
        String box = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply refused = register(b, box);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().getJsonArray("errors").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("field").equals("address.streetCode") && e.getString("code").equals("retired")),
                refused.body());
        Api.Reply registered = register(a, box);
        assertEquals(201, registered.status(), registered.body());
        assertEquals("Nieuwe " + name + " A", registered.json().getJsonObject("residence").getJsonObject("address")
                .getString("streetNameNl"));

        // listed again: reinstated
        Api.Reply again = post("population", HEADER + nis + ";" + b + ";" + name + " B;;3000;Leuven\n",
                "\"" + (v0 + 2) + "\"");
        assertEquals(200, again.status(), again.body());
        assertEquals(1, again.json().getInt("reinstated"));
        assertEquals(1, search(name + " B").size());

        List<JsonObject> log = QualityAndStatisticsApiIT.log("admin");
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("CHANGE")
                && e.getString("query").startsWith("street list REPLACE version " + (v0 + 2) + ": 1 added, 1 renamed, "
                + "1 changed, 1 retired")), "the import is in the protocol log");
        assertTrue(QualityAndStatisticsApiIT.log("clerk").stream().anyMatch(e -> e.getString("outcome").equals("DENIED")
                && e.getString("query").startsWith("street list")), "the refusal is in the protocol log");
    }

    private static JsonArray search(String text) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/streets?q=" + q(text));
        assertEquals(200, r.status(), r.body());
        return r.any().asJsonArray();
    }

    private static Api.Reply register(String street, String box) {
        String body = "{\"person\":{\"familyName\":\"Straatmans\",\"givenNames\":\"Lies\",\"birthDate\":\"1991-03-04\","
                + "\"birthPlaceNis\":\"24062\",\"sex\":\"F\",\"nationalities\":[\"BE\"],\"allocateNationalNumber\":true},"
                + "\"address\":{\"streetCode\":\"" + street + "\",\"houseNumber\":\"7\",\"box\":\"" + box + "\"},"
                + "\"registerType\":\"POPULATION\",\"date\":\"" + TODAY + "\","
                + "\"origin\":{\"kind\":\"ABROAD\",\"country\":\"NL\"},"
                + "\"basis\":{\"kind\":\"DECLARATION\",\"reference\":\"arrival declaration\"}}";
        return Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE), body, Map.of());
    }

    private static Api.Reply put(String user, String csv, String query, String ifMatch) {
        return send(user, "PUT", "/api/v1/population/streets" + query, csv, ifMatch);
    }

    private static Api.Reply put(String user, String csv, String ifMatch) {
        return put(user, csv, "", ifMatch);
    }

    private static Api.Reply post(String user, String csv, String ifMatch) {
        return send(user, "POST", "/api/v1/population/streets", csv, ifMatch);
    }

    private static Api.Reply send(String user, String method, String path, String csv, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(PayaraServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(null), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
