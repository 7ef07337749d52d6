package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The population registers' API end to end on PostgreSQL: first registration (new person from abroad, joining a
 * household), residents of an address and household composition as of a date, the reaction to a death, refusals
 * with precise problems and nothing stored, and the protocol log.
 */
@ExtendWith(PayaraServer.class)
class PopulationApiIT {
    static final String PURPOSE = "integration test population 2026/0003";
    static final String NAAMSESTRAAT = "1020";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void firstRegistrationFromAbroadAllocatesNumberAndStartsResidenceAndHousehold() {
        String box = box();
        LocalDate date = TODAY.minusDays(3);
        Api.Reply r = register(newPerson("Nowak", "Agnieszka", "1990-04-12", "F", "PL"), address(NAAMSESTRAAT, "12", box),
                "FOREIGNERS", date, "{\"kind\":\"ABROAD\",\"country\":\"PL\"}", null);
        assertEquals(201, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"));
        JsonObject file = r.json();
        String id = file.getString("personId");
        assertEquals("FOREIGNERS", file.getString("registerType"));
        assertEquals("REGISTERED", file.getString("status"));
        JsonObject residence = file.getJsonObject("residence");
        assertEquals(date.toString(), residence.getString("validFrom"));
        assertEquals("ABROAD", residence.getString("origin"));
        assertEquals("PL", residence.getString("originCountry"));
        assertEquals("Naamsestraat", residence.getJsonObject("address").getString("streetNameNl"));
        assertEquals("3000", residence.getJsonObject("address").getString("postcode"));
        JsonArray members = file.getJsonObject("household").getJsonArray("members");
        assertEquals(1, members.size());
        assertEquals("REFERENCE_PERSON", members.getJsonObject(0).getString("position"));
        assertEquals("01", members.getJsonObject(0).getString("positionCode"));

        JsonObject person = Api.as("clerk").get("/api/v1/persons/" + id + "?purpose=" + q(PURPOSE)).json();
        assertTrue(person.getString("nationalNumber").matches("90041[0-9]{6}"), person.toString());

        Api.Reply read = Api.as("clerk").get("/api/v1/population/residents/" + id + "?purpose=" + q(PURPOSE));
        assertEquals(200, read.status(), read.body());
        assertTrue(read.etag() != null);
        JsonArray history = Api.as("clerk").get("/api/v1/population/residents/" + id + "/addresses?purpose=" + q(PURPOSE))
                .any().asJsonArray();
        assertEquals(1, history.size());
    }

    @Test
    void residentsOfAnAddressAndHouseholdCompositionAsOfADate() {
        String box = box();
        LocalDate first = TODAY.minusDays(100);
        LocalDate second = TODAY.minusDays(10);
        JsonObject a = register(newPerson("Peeters", "Jan", "1985-02-01", "M", "BE"), address(NAAMSESTRAAT, "40", box),
                "POPULATION", first, "{\"kind\":\"ABROAD\",\"country\":\"NL\"}", null).json();
        String household = a.getJsonObject("household").getString("householdId");
        Api.Reply joined = register(newPerson("Janssens", "An", "1987-07-09", "F", "BE"), address(NAAMSESTRAAT, "40", box),
                "POPULATION", second, "{\"kind\":\"ABROAD\",\"country\":\"NL\"}",
                "{\"householdId\":\"" + household + "\",\"position\":\"SPOUSE_OR_PARTNER\"}");
        assertEquals(201, joined.status(), joined.body());
        String aId = a.getString("personId");
        String bId = joined.json().getString("personId");

        JsonObject before = household(aId, second.minusDays(1));
        assertEquals(1, before.getJsonArray("members").size());
        JsonObject after = household(aId, TODAY);
        assertEquals(household, after.getString("householdId"));
        List<JsonObject> members = after.getJsonArray("members").stream().map(v -> v.asJsonObject()).toList();
        assertEquals(2, members.size());
        assertEquals(aId, members.get(0).getString("personId"), "reference person first");
        assertEquals(bId, members.get(1).getString("personId"));
        assertEquals("02", members.get(1).getString("positionCode"));

        JsonArray now = occupants(NAAMSESTRAAT, "40", box, TODAY);
        assertEquals(2, now.size());
        assertEquals(first.toString(), now.getJsonObject(0).getString("validFrom"));
        assertEquals(1, occupants(NAAMSESTRAAT, "40", box, first).size());
        assertEquals(0, occupants(NAAMSESTRAAT, "40", box, first.minusDays(1)).size());
    }

    @Test
    void aDeathEndsTheResidenceAndTheHouseholdMembershipTheDayAfter() {
        String box = box();
        JsonObject file = register(newPerson("Claes", "Maria", "1931-11-30", "F", "BE"), address(NAAMSESTRAAT, "7", box),
                "POPULATION", TODAY.minusDays(50), "{\"kind\":\"ABROAD\",\"country\":\"NL\"}", null).json();
        String id = file.getString("personId");
        LocalDate death = TODAY.minusDays(2);
        Api.Reply person = Api.as("population").get("/api/v1/persons/" + id + "?purpose=" + q(PURPOSE));
        String fact = "{\"fact\":\"DEATH\",\"value\":{\"date\":\"" + death + "\",\"placeNis\":\"24062\"},"
                + "\"basis\":{\"kind\":\"ACT\",\"reference\":\"death act 2026/77\"}}";
        Api.Reply died = Api.as("registrar").postJson("/api/v1/persons/" + id + "/facts?purpose=" + q(PURPOSE), fact,
                Map.of("If-Match", person.etag()));
        assertEquals(200, died.status(), died.body());

        JsonObject after = Api.as("clerk").get("/api/v1/population/residents/" + id + "?purpose=" + q(PURPOSE)).json();
        assertEquals("DECEASED", after.getString("status"));
        assertFalse(after.containsKey("residence"), "no current residence after the death");
        assertFalse(after.containsKey("household"));
        JsonObject period = after.getJsonArray("residences").getJsonObject(0);
        assertEquals(death.plusDays(1).toString(), period.getString("validTo"));
        assertEquals("registrar", period.getString("closedBy"));
        assertEquals(death.plusDays(1).toString(), after.getJsonArray("registers").getJsonObject(0).getString("validTo"));

        assertEquals(1, occupants(NAAMSESTRAAT, "7", box, death).size(), "lived there on the day of death");
        assertEquals(0, occupants(NAAMSESTRAAT, "7", box, death.plusDays(1)).size());
        JsonObject onDeathDay = household(id, death);
        assertEquals(death.plusDays(1).toString(), onDeathDay.getJsonArray("members").getJsonObject(0).getString("validTo"));
        assertEquals(404, Api.as("clerk").get("/api/v1/population/households?personId=" + id + "&date=" + TODAY
                + "&purpose=" + q(PURPOSE)).status());
    }

    @Test
    void badInputGetsPreciseProblemsAndNothingIsStored() {
        String family = "Zzpopulation" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        Api.Reply unknown = register(newPerson(family, "Test", "1990-01-01", "M", "BE"), address("9999", "1", box()),
                "POPULATION", TODAY, "{\"kind\":\"MUNICIPALITY\",\"municipalityNis\":\"21004\"}", null);
        assertProblem(unknown, 400, "address.streetCode", "unknown");

        Api.Reply noStreet = register(newPerson(family, "Test", "1990-01-01", "M", "BE"), "{\"houseNumber\":\"12\"}",
                "POPULATION", TODAY, "{\"kind\":\"MUNICIPALITY\",\"municipalityNis\":\"21004\"}", null);
        assertProblem(noStreet, 400, "address.streetCode", "required-with-house-number");

        Api.Reply future = register(newPerson(family, "Test", "1990-01-01", "M", "BE"), address(NAAMSESTRAAT, "1", box()),
                "POPULATION", TODAY.plusDays(1), "{\"kind\":\"MUNICIPALITY\",\"municipalityNis\":\"21004\"}", null);
        assertProblem(future, 400, "date", "future");

        Api.Reply clerk = Api.as("clerk").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE),
                body(newPerson(family, "Test", "1990-01-01", "M", "BE"), address(NAAMSESTRAAT, "1", box()), "POPULATION",
                        TODAY, "{\"kind\":\"MUNICIPALITY\",\"municipalityNis\":\"21004\"}", null), Map.of());
        assertEquals(403, clerk.status(), clerk.body());
        assertTrue(clerk.contentType().startsWith("application/problem+json"));

        JsonObject search = Api.as("clerk").get("/api/v1/persons?familyName=" + q(family) + "&purpose=" + q(PURPOSE)).json();
        assertEquals(0, search.getInt("total"), "no kernel person was left behind by a refused registration");
    }

    @Test
    void aPersonAlreadyRegisteredIsRefusedWithConflict() {
        String demoPerson = Api.as("clerk").get("/api/v1/persons?familyName=peeters&purpose=" + q(PURPOSE)).json()
                .getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(200, Api.as("clerk").get("/api/v1/population/residents/" + demoPerson + "?purpose=" + q(PURPOSE))
                .status(), "the demo population is housed");
        String body = "{\"personId\":\"" + demoPerson + "\",\"address\":" + address(NAAMSESTRAAT, "3", box())
                + ",\"registerType\":\"POPULATION\",\"date\":\"" + TODAY + "\",\"origin\":{\"kind\":\"OTHER\"},"
                + "\"basis\":{\"kind\":\"DECLARATION\"}}";
        Api.Reply again = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE), body,
                Map.of());
        assertEquals(409, again.status(), again.body());
        assertEquals("https://burgerzaken.be/problems/already-registered", again.json().getString("type"));
    }

    @Test
    void registrationAndReadsAreInTheProtocolLog() {
        String purpose = "population log test " + UUID.randomUUID();
        JsonObject file = register(newPerson("Maes", "Lotte", "2000-05-05", "F", "BE"), address(NAAMSESTRAAT, "55", box()),
                "POPULATION", TODAY, "{\"kind\":\"ABROAD\",\"country\":\"NL\"}", null).json();
        String id = file.getString("personId");
        Api.as("clerk").get("/api/v1/population/residents/" + id + "?purpose=" + q(purpose));
        List<JsonObject> entries = Api.as("auditor").get("/api/v1/protocol-log?personId=" + id + "&size=50").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("CREATE")
                && e.getString("query").startsWith("first registration")
                && e.getJsonArray("informationTypes").toString().contains("020")
                && e.getJsonArray("informationTypes").toString().contains("140")
                && e.getJsonArray("informationTypes").toString().contains("210")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("READ")
                && e.getString("purpose").equals(purpose) && e.getString("actor").equals("clerk")
                && e.getString("outcome").equals("OK")), entries.toString());
    }

    @Test
    void twoConcurrentRegistrationsOfOnePersonStoreOneAndRefuseTheOther() throws Exception {
        Api.Reply kernel = Api.as("population").postJson("/api/v1/persons?purpose=" + q(PURPOSE),
                newPerson("Wouters", "Nina", "1995-03-03", "F", "BE").replace("}", ",\"basis\":{\"kind\":\"REGISTRATION\"}}"),
                Map.of());
        assertEquals(201, kernel.status(), kernel.body());
        String id = kernel.json().getString("id");
        String box = box();
        String body = "{\"personId\":\"" + id + "\",\"address\":" + address(NAAMSESTRAAT, "21", box)
                + ",\"registerType\":\"POPULATION\",\"date\":\"" + TODAY + "\",\"origin\":{\"kind\":\"OTHER\"},"
                + "\"basis\":{\"kind\":\"DECLARATION\"}}";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE), body,
                            Map.of());
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : replies) {
                statuses.add(f.get().status());
            }
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdown();
        }
        JsonObject file = Api.as("clerk").get("/api/v1/population/residents/" + id + "?purpose=" + q(PURPOSE)).json();
        assertEquals(1, file.getJsonArray("residences").size());
        assertEquals(1, file.getJsonArray("registers").size());
        assertEquals(1, occupants(NAAMSESTRAAT, "21", box, TODAY).size());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstRegistration() {
        String body = body(newPerson("Dubois", "Lucie", "1993-09-09", "F", "BE"), address(NAAMSESTRAAT, "77", box()),
                "POPULATION", TODAY, "{\"kind\":\"ABROAD\",\"country\":\"NL\"}", null);
        Map<String, String> key = Map.of("Idempotency-Key", "e-counter-" + UUID.randomUUID());
        String path = "/api/v1/population/registrations?purpose=" + q(PURPOSE);
        Api.Reply first = Api.as("population").postJson(path, body, key);
        assertEquals(201, first.status(), first.body());
        Api.Reply retry = Api.as("population").postJson(path, body, key);
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json().getString("personId"), retry.json().getString("personId"));
        Api.Reply other = Api.as("population").postJson(path, body.replace("Lucie", "Lucien"), key);
        assertEquals(422, other.status(), other.body());
        assertEquals(0, Api.as("clerk").get("/api/v1/persons?familyName=dubois&givenNames=lucien&purpose=" + q(PURPOSE))
                .json().getJsonArray("items").stream().filter(v -> v.asJsonObject().getString("givenNames").equals("Lucien"))
                .count());
    }

    @Test
    void streetsAreSearchableWithoutPurpose() {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/streets?q=NAAMSE");
        assertEquals(200, r.status(), r.body());
        List<String> names = r.any().asJsonArray().stream().map(v -> v.asJsonObject().getString("nameNl")).toList();
        assertTrue(names.contains("Naamsestraat") && names.contains("Naamsesteenweg"), names.toString());
        assertFalse(names.contains("Tiensestraat"));
    }

    private static void assertProblem(Api.Reply r, int status, String field, String code) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonArray errors = r.json().getJsonArray("errors");
        assertTrue(errors.stream().map(v -> v.asJsonObject()).anyMatch(e -> e.getString("field").equals(field)
                && e.getString("code").equals(code)), r.body());
    }

    private static JsonObject household(String personId, LocalDate date) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/households?personId=" + personId + "&date=" + date
                + "&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static JsonArray occupants(String street, String number, String box, LocalDate date) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/addresses/residents?streetCode=" + street + "&houseNumber="
                + number + "&box=" + box + "&date=" + date + "&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.any().asJsonArray();
    }

    private static Api.Reply register(String person, String address, String register, LocalDate date, String origin,
                                      String household) {
        return Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE),
                body(person, address, register, date, origin, household), Map.of());
    }

    private static String body(String person, String address, String register, LocalDate date, String origin,
                               String household) {
        return "{\"person\":" + person + ",\"address\":" + address + ",\"registerType\":\"" + register + "\",\"date\":\""
                + date + "\",\"origin\":" + origin + (household == null ? "" : ",\"household\":" + household)
                + ",\"basis\":{\"kind\":\"DECLARATION\",\"reference\":\"arrival declaration\"}}";
    }

    private static String newPerson(String family, String given, String birth, String sex, String nationality) {
        String place = nationality.equals("BE") ? "\"birthPlaceNis\":\"24062\"" : "\"birthPlaceForeign\":\"Kraków\",\"birthCountry\":\"PL\"";
        return "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"" + birth + "\","
                + place + ",\"sex\":\"" + sex + "\",\"nationalities\":[\"" + nationality + "\"],\"allocateNationalNumber\":true}";
    }

    private static String address(String street, String number, String box) {
        return "{\"streetCode\":\"" + street + "\",\"houseNumber\":\"" + number + "\",\"box\":\"" + box + "\"}";
    }

    /** A box no other test uses, so every test has its own address. */
    private static String box() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
