package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 (task U) over REST on PostgreSQL: statistics count the nationality valid on the date (a resident
 * naturalised through the kernel's facts counts as EU before and Belgian after); residents with a reference address
 * at the OCMW/CPAS do not make the OCMW's address overcrowded; a person's change-of-address procedures, open and
 * past, newest first, paged and logged.
 */
@ExtendWith(PayaraServer.class)
class PopulationQueriesApiIT {
    static final String PURPOSE = "integration test population queries 2026/0107";
    static final String NAAMSESTRAAT = "1020";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    // ------------------------------------------------------------------ statistics as of the date

    @Test
    void statisticsCountTheNationalityValidOnTheDate() {
        String id = register("Naturalis", "Eva", "NL", address(NAAMSESTRAAT, "330", box()), TODAY.minusDays(40), null);
        LocalDate before = TODAY.minusDays(20);
        LocalDate naturalised = TODAY.minusDays(10);
        LocalDate after = TODAY.minusDays(5);
        JsonObject beforeBefore = stats(before);
        JsonObject afterBefore = stats(after);

        Api.Reply person = Api.as("population").get("/api/v1/persons/" + id + "?purpose=" + q(PURPOSE));
        assertEquals(200, person.status(), person.body());
        Api.Reply fact = Api.as("population").postJson("/api/v1/persons/" + id + "/facts?purpose=" + q(PURPOSE),
                "{\"fact\":\"NATIONALITY\",\"value\":{\"nationalities\":[\"BE\"]},\"validFrom\":\"" + naturalised
                        + "\",\"basis\":{\"kind\":\"ACT\",\"reference\":\"naturalisation 2026/17\"}}",
                Map.of("If-Match", person.etag()));
        assertEquals(200, fact.status(), fact.body());

        JsonObject beforeAfter = stats(before);
        assertEquals(group(beforeBefore, "EU"), group(beforeAfter, "EU"), "before the naturalisation: still Dutch");
        assertEquals(group(beforeBefore, "BELGIAN"), group(beforeAfter, "BELGIAN"));
        JsonObject afterAfter = stats(after);
        assertEquals(group(afterBefore, "BELGIAN") + 1, group(afterAfter, "BELGIAN"), "Belgian after the naturalisation");
        assertEquals(group(afterBefore, "EU") - 1, group(afterAfter, "EU"));
        assertEquals(total(afterBefore), total(afterAfter));
    }

    // ------------------------------------------------------------------ OCMW reference addresses and crowding

    @Test
    void referenceAddressesAtTheOcmwDoNotMakeItsAddressCrowded() {
        int threshold = Api.as("population").get("/api/v1/population/quality-rules").any().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(r -> r.getString("code").equals("OVERCROWDED_ADDRESS")
                        && r.getString("validFrom").compareTo(TODAY.toString()) <= 0
                        && (!r.containsKey("validTo") || r.isNull("validTo") || r.getString("validTo").compareTo(TODAY.toString()) > 0))
                .findFirst().orElseThrow().getInt("threshold");
        List<String> homeless = new ArrayList<>();
        for (int i = 0; i <= threshold; i++) {
            String id = register("Dakloos" + (char) ('A' + i), "Ref", "BE", address(NAAMSESTRAAT, "331", box()),
                    TODAY.minusDays(60), null);
            Api.Reply given = Api.as("population").postJson("/api/v1/population/residents/" + id
                    + "/reference-address?purpose=" + q(PURPOSE), "{\"category\":\"HOMELESS\",\"kind\":\"OCMW\","
                    + "\"date\":\"" + TODAY.minusDays(3) + "\"}", Map.of());
            assertEquals(201, given.status(), given.body());
            homeless.add(id);
        }
        JsonArray atOcmw = Api.as("clerk").get("/api/v1/population/addresses/residents?streetCode=1260&houseNumber=47"
                + "&purpose=" + q(PURPOSE)).any().asJsonArray();
        assertTrue(atOcmw.size() > threshold, "more persons have their main residence at the OCMW than the threshold "
                + threshold + ": " + atOcmw.size());
        assertTrue(atOcmw.stream().map(v -> v.asJsonObject()).filter(o -> homeless.contains(o.getString("personId")))
                .allMatch(o -> o.getString("referenceAddress").equals("OCMW")));

        Api.Reply run = Api.as("population").postJson("/api/v1/population/quality-runs?purpose=" + q(PURPOSE), "",
                Map.of());
        assertEquals(200, run.status(), run.body());
        List<JsonObject> atTheOcmw = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject p = Api.as("clerk").get("/api/v1/population/quality-signals?rule=OVERCROWDED_ADDRESS&status=ALL"
                    + "&size=100&page=" + page + "&purpose=" + q(PURPOSE)).json();
            p.getJsonArray("items").stream().map(v -> v.asJsonObject()).filter(s -> s.containsKey("address")
                    && !s.isNull("address") && s.getJsonObject("address").getString("streetCode").equals("1260")
                    && s.getJsonObject("address").getString("houseNumber").equals("47")).forEach(atTheOcmw::add);
            if ((long) (page + 1) * 100 >= p.getJsonNumber("total").longValue()) {
                break;
            }
        }
        assertEquals(List.of(), atTheOcmw, "persons with a reference address at the OCMW do not live there");
    }

    // ------------------------------------------------------------------ a person's procedures

    @Test
    void aPersonsChangesOfAddressAreListedNewestFirst() {
        String id = register("Verhuizer", "Lotte", "BE", address(NAAMSESTRAAT, "332", box()), TODAY.minusDays(100), null);
        String other = register("Buurman", "Jef", "BE", address(NAAMSESTRAAT, "333", box()), TODAY.minusDays(100), null);
        Api.Reply first = declare(id, address(NAAMSESTRAAT, "334", box()), TODAY.minusDays(20));
        assertEquals(201, first.status(), first.body());
        Api.Reply refused = Api.as("population").postJson("/api/v1/population/address-changes/"
                + first.json().getString("id") + "/decision?purpose=" + q(PURPOSE),
                "{\"decision\":\"REFUSE\",\"motivation\":\"nobody lives at the address\"}",
                Map.of("If-Match", first.etag()));
        assertEquals(200, refused.status(), refused.body());
        Api.Reply second = declare(id, address(NAAMSESTRAAT, "335", box()), TODAY.minusDays(2));
        assertEquals(201, second.status(), second.body());

        JsonObject page = Api.as("clerk").get("/api/v1/population/address-changes?personId=" + id + "&purpose="
                + q(PURPOSE)).json();
        assertEquals(2, page.getJsonNumber("total").longValue(), page.toString());
        JsonArray items = page.getJsonArray("items");
        assertEquals(second.json().getString("id"), items.getJsonObject(0).getString("id"), "newest first");
        assertEquals("DECLARED", items.getJsonObject(0).getString("status"));
        assertEquals("335", items.getJsonObject(0).getJsonObject("address").getString("houseNumber"));
        assertEquals(first.json().getString("id"), items.getJsonObject(1).getString("id"));
        assertEquals("REFUSED", items.getJsonObject(1).getString("status"));
        assertEquals(id, items.getJsonObject(1).getJsonArray("members").getJsonObject(0).getString("personId"));

        JsonObject paged = Api.as("clerk").get("/api/v1/population/address-changes?personId=" + id
                + "&size=1&page=1&purpose=" + q(PURPOSE)).json();
        assertEquals(1, paged.getJsonArray("items").size());
        assertEquals(first.json().getString("id"), paged.getJsonArray("items").getJsonObject(0).getString("id"));
        JsonObject refusedOnly = Api.as("clerk").get("/api/v1/population/address-changes?personId=" + id
                + "&status=REFUSED&purpose=" + q(PURPOSE)).json();
        assertEquals(1, refusedOnly.getJsonNumber("total").longValue());
        assertEquals(0, Api.as("clerk").get("/api/v1/population/address-changes?personId=" + other + "&purpose="
                + q(PURPOSE)).json().getJsonNumber("total").longValue(), "the neighbour never moved");

        Api.Reply bad = Api.as("clerk").get("/api/v1/population/address-changes?personId=nope&purpose=" + q(PURPOSE));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("\"field\":\"personId\""), bad.body());
        Api.Reply noPurpose = Api.as("clerk").get("/api/v1/population/address-changes?personId=" + id);
        assertEquals(400, noPurpose.status(), noPurpose.body());
        assertTrue(noPurpose.body().contains("purpose"), noPurpose.body());

        assertTrue(Api.as("auditor").get("/api/v1/protocol-log?personId=" + id + "&size=100").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).anyMatch(e -> e.getString("actor")
                        .equals("clerk") && e.getString("action").equals("SEARCH") && e.getString("query")
                        .startsWith("changes of address of person " + id)), "the list is logged for the person");
    }

    // ------------------------------------------------------------------ helpers

    static JsonObject stats(LocalDate date) {
        Api.Reply r = Api.as("population").get("/api/v1/population/statistics?rows=NATIONALITY_GROUP&date=" + date);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static long group(JsonObject table, String key) {
        return table.getJsonArray("rows").stream().map(v -> v.asJsonObject()).filter(r -> r.getString("key").equals(key))
                .findFirst().map(r -> r.getJsonObject("total").getJsonNumber("count").longValue()).orElse(0L);
    }

    static long total(JsonObject table) {
        return table.getJsonObject("total").getJsonNumber("count").longValue();
    }

    static String register(String family, String given, String nationality, String address, LocalDate date,
                           String household) {
        String person = "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"1981-04-12\","
                + "\"birthPlaceNis\":\"24062\",\"sex\":\"F\",\"nationalities\":[\"" + nationality + "\"],"
                + "\"allocateNationalNumber\":true}";
        Api.Reply r = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE),
                "{\"person\":" + person + ",\"address\":" + address + ",\"registerType\":\"" + ("BE".equals(nationality)
                        ? "POPULATION" : "FOREIGNERS") + "\",\"date\":\"" + date + "\",\"origin\":{\"kind\":\"ABROAD\","
                        + "\"country\":\"NL\"}" + (household == null ? "" : ",\"household\":" + household)
                        + ",\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("personId");
    }

    static Api.Reply declare(String personId, String address, LocalDate moveDate) {
        return Api.as("clerk").postJson("/api/v1/population/address-changes?purpose=" + q(PURPOSE),
                "{\"declarantId\":\"" + personId + "\",\"members\":[{\"personId\":\"" + personId + "\"}],\"address\":"
                        + address + ",\"moveDate\":\"" + moveDate + "\",\"channel\":\"COUNTER\"}", Map.of());
    }

    static String address(String street, String number, String box) {
        return "{\"streetCode\":\"" + street + "\",\"houseNumber\":\"" + number + "\",\"box\":\"" + box + "\"}";
    }

    static String box() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
