package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.address;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.assertProblem;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.box;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.file;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.household;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.log;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.path;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 gap fixes on PostgreSQL: the register transfer (IT 210) and the rule that a Belgian is only in the
 * population register (first registration, return, transfer); the reaction to the death of a household's reference
 * person (the only adult left takes over, otherwise the household is on the officer's work list); the officer's work
 * lists of removals by stage and of overdue temporary absences; a collective household over REST.
 */
@ExtendWith(PayaraServer.class)
class RegistersAndHouseholdsApiIT {
    static final String PURPOSE = RegisterProceduresApiIT.PURPOSE;
    static final String NAAMSESTRAAT = RegisterProceduresApiIT.NAAMSESTRAAT;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    // ------------------------------------------------------------------ register transfer

    @Test
    void aTransferClosesTheRegisterPeriodAndOpensTheNewOneOnTheDate() {
        String id = register("Haddad", "Yasmin", "1991-02-03", "SY", "WAITING", address(NAAMSESTRAAT, "131", box()),
                TODAY.minusDays(200), null);
        String etag = file(id).etag();
        LocalDate recognised = TODAY.minusDays(3);
        String body = "{\"registerType\":\"FOREIGNERS\",\"date\":\"" + recognised + "\",\"basis\":{\"kind\":\"DECISION\","
                + "\"reference\":\"CGVS recognition 26/1234\"}}";

        assertProblem(post(id, "register-transfer", "{\"registerType\":\"WAITING\",\"date\":\"" + recognised + "\"}"),
                "registerType", "same-register");
        assertProblem(post(id, "register-transfer", "{\"registerType\":\"FOREIGNERS\",\"date\":\"" + TODAY.plusDays(1)
                + "\"}"), "date", "future");
        assertProblem(post(id, "register-transfer", "{\"registerType\":\"FOREIGNERS\",\"date\":\""
                + TODAY.minusDays(200) + "\"}"), "date", "before-current-register");
        assertProblem(post(id, "register-transfer", "{\"date\":\"" + recognised + "\"}"), "registerType", "required");
        assertEquals(403, Api.as("clerk").postJson(path(id, "register-transfer"), body, Map.of()).status());
        assertEquals(etag, file(id).etag(), "no refusal stored anything");

        Map<String, String> headers = Map.of("If-Match", etag, "Idempotency-Key", "transfer-" + UUID.randomUUID());
        Api.Reply done = Api.as("population").postJson(path(id, "register-transfer"), body, headers);
        assertEquals(200, done.status(), done.body());
        JsonObject f = done.json();
        assertEquals("FOREIGNERS", f.getString("registerType"));
        assertEquals("REGISTERED", f.getString("status"));
        JsonArray registers = f.getJsonArray("registers");
        assertEquals(2, registers.size(), registers.toString());
        JsonObject waiting = registers.stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("registerType").equals("WAITING")).findFirst().orElseThrow();
        JsonObject foreigners = registers.stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("registerType").equals("FOREIGNERS")).findFirst().orElseThrow();
        assertEquals(recognised.toString(), waiting.getString("validTo"));
        assertEquals(recognised.toString(), foreigners.getString("validFrom"));
        assertFalse(foreigners.containsKey("validTo") && !foreigners.isNull("validTo"));
        assertEquals("DECISION", foreigners.getString("basisKind"));
        assertEquals("CGVS recognition 26/1234", foreigners.getString("basisRef"));
        assertTrue(f.containsKey("residence"), "the residence does not change");

        Api.Reply retry = Api.as("population").postJson(path(id, "register-transfer"), body, headers);
        assertEquals(200, retry.status(), retry.body());
        assertEquals(2, file(id).json().getJsonArray("registers").size(), "the retry is not applied twice");
        Api.Reply stale = Api.as("population").postJson(path(id, "register-transfer"),
                "{\"registerType\":\"POPULATION\",\"date\":\"" + TODAY + "\"}", Map.of("If-Match", etag));
        assertEquals(412, stale.status(), stale.body());

        assertTrue(log(id).stream().anyMatch(e -> e.getString("action").equals("CHANGE")
                && e.getString("outcome").equals("OK")
                && e.getString("query").startsWith("population.register-transfer: register transfer from WAITING to "
                + "FOREIGNERS on " + recognised)
                && e.getJsonArray("informationTypes").toString().contains("210")), log(id).toString());
        assertTrue(log(id).stream().anyMatch(e -> e.getString("outcome").equals("INVALID")
                && e.getString("query").contains("registerType same-register")));
    }

    @Test
    void aBelgianIsRefusedInTheForeignersAndWaitingRegisterInEveryProcedure() {
        Api.Reply first = registration(person("Peeters", "Jan", "1985-01-01", "BE"), address(NAAMSESTRAAT, "132", box()),
                "FOREIGNERS", TODAY.minusDays(10), null);
        assertProblem(first, "registerType", "belgian-in-population-register");
        Api.Reply waiting = registration(person("Peeters", "Jan", "1985-01-01", "BE"),
                address(NAAMSESTRAAT, "132", box()), "WAITING", TODAY.minusDays(10), null);
        assertProblem(waiting, "registerType", "belgian-in-population-register");

        String belgian = register("Peeters", "Lies", "1987-03-04", "BE", "POPULATION",
                address(NAAMSESTRAAT, "133", box()), TODAY.minusDays(100), null);
        assertProblem(post(belgian, "register-transfer", "{\"registerType\":\"WAITING\",\"date\":\"" + TODAY + "\"}"),
                "registerType", "belgian-in-population-register");
        assertEquals("POPULATION", file(belgian).json().getString("registerType"));

        assertEquals(200, post(belgian, "emigration", "{\"country\":\"FR\",\"date\":\"" + TODAY.minusDays(5) + "\"}")
                .status());
        String back = "{\"address\":" + address(NAAMSESTRAAT, "134", box()) + ",\"registerType\":\"%s\",\"date\":\""
                + TODAY + "\"}";
        assertProblem(post(belgian, "return", back.formatted("FOREIGNERS")), "registerType",
                "belgian-in-population-register");
        assertEquals("EMIGRATED", file(belgian).json().getString("status"), "nothing stored");
        Api.Reply returned = post(belgian, "return", back.formatted("POPULATION"));
        assertEquals(200, returned.status(), returned.body());

        // becoming Belgian: the kernel nationality changes, the transfer to the population register is allowed
        String polish = register("Nowak", "Piotr", "1979-09-09", "PL", "FOREIGNERS",
                address(NAAMSESTRAAT, "135", box()), TODAY.minusDays(400), null);
        Api.Reply done = post(polish, "register-transfer", "{\"registerType\":\"POPULATION\",\"date\":\"" + TODAY
                + "\",\"basis\":{\"kind\":\"DECLARATION\",\"reference\":\"nationality declaration 2026/7\"}}");
        assertEquals(200, done.status(), done.body());
        assertEquals("POPULATION", done.json().getString("registerType"));
    }

    // ------------------------------------------------------------------ the reference person dies

    @Test
    void whenTheReferencePersonDiesTheOnlyAdultLeftTakesOverElseTheHouseholdIsOnTheWorkList() {
        String box = box();
        String father = register("Wouters", "Karel", "1950-01-01", "BE", "POPULATION",
                address(NAAMSESTRAAT, "136", box), TODAY.minusDays(300), null);
        String household = file(father).json().getJsonObject("household").getString("householdId");
        String mother = register("Wouters", "Anna", "1952-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "136", box),
                TODAY.minusDays(300), "{\"householdId\":\"" + household + "\",\"position\":\"SPOUSE_OR_PARTNER\"}");
        register("Wouters", "Mila", TODAY.minusYears(10).toString(), "BE", "POPULATION",
                address(NAAMSESTRAAT, "136", box), TODAY.minusDays(300),
                "{\"householdId\":\"" + household + "\",\"position\":\"CHILD\"}");
        LocalDate death = TODAY.minusDays(2);
        die(father, death);
        JsonObject now = household(mother, TODAY);
        assertEquals(household, now.getString("householdId"));
        assertEquals(2, now.getJsonArray("members").size());
        JsonObject first = now.getJsonArray("members").getJsonObject(0);
        assertEquals(mother, first.getString("personId"), "the only adult left is reference person");
        assertEquals("01", first.getString("positionCode"));
        assertEquals(death.plusDays(1).toString(), first.getString("validFrom"));
        assertFalse(onWorkList(household).isPresent());
        assertTrue(log(mother).stream().anyMatch(e -> e.getString("query").contains("new reference person " + mother)));

        String box2 = box();
        String single = register("Claes", "Sofie", "1980-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "137", box2),
                TODAY.minusDays(300), null);
        String h2 = file(single).json().getJsonObject("household").getString("householdId");
        String son = register("Claes", "Tom", TODAY.minusYears(12).toString(), "BE", "POPULATION",
                address(NAAMSESTRAAT, "137", box2), TODAY.minusDays(300),
                "{\"householdId\":\"" + h2 + "\",\"position\":\"CHILD\"}");
        register("Claes", "Lore", TODAY.minusYears(9).toString(), "BE", "POPULATION", address(NAAMSESTRAAT, "137", box2),
                TODAY.minusDays(300), "{\"householdId\":\"" + h2 + "\",\"position\":\"CHILD\"}");
        die(single, death);
        JsonObject left = household(son, TODAY);
        assertEquals(2, left.getJsonArray("members").size());
        assertTrue(left.getJsonArray("members").stream().noneMatch(m -> m.asJsonObject().getString("positionCode")
                .equals("01")), "no minor is made reference person silently");
        JsonObject item = onWorkList(h2).orElseThrow(() -> new AssertionError("not on the work list"));
        assertEquals(2, item.getInt("members"));
        assertEquals(death.plusDays(1).toString(), item.getString("since"));
        assertEquals(box2, item.getJsonObject("address").getString("box"));
        assertEquals(403, Api.as("clerk").get("/api/v1/population/households/without-reference-person?purpose="
                + q(PURPOSE)).status(), "the officer's list");
    }

    // ------------------------------------------------------------------ work lists

    @Test
    void removalsAreListedByStageAndOverdueAbsencesAreListed() {
        String id = register("Weg", "Willy", "1970-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "138", box()),
                TODAY.minusDays(400), null);
        Api.Reply proposed = post(id, "removal-proposals", "{\"absentSince\":\"" + TODAY.minusDays(250) + "\"}");
        assertEquals(201, proposed.status(), proposed.body());
        String proposal = proposed.json().getJsonObject("removalProposal").getString("id");
        assertTrue(inRemovals("AWAITING_POLICE_REPORT", proposal));
        assertTrue(inRemovals("", proposal), "open by default");
        assertFalse(inRemovals("AWAITING_DECISION", proposal));
        assertEquals(200, post(id, "removal-proposals/" + proposal + "/police-report", "{\"reference\":\"PV 2026/555\","
                + "\"findingDate\":\"" + TODAY.minusDays(1) + "\"}").status());
        assertTrue(inRemovals("AWAITING_DECISION", proposal));
        assertFalse(inRemovals("AWAITING_POLICE_REPORT", proposal));
        Api.Reply bad = Api.as("population").get("/api/v1/population/removal-proposals?status=SOON&purpose=" + q(PURPOSE));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("\"field\":\"status\""), bad.body());

        String away = register("Reiziger", "Rita", "1975-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "139", box()),
                TODAY.minusDays(400), null);
        Api.Reply absence = post(away, "temporary-absences", RegisterProceduresApiIT.absence("STUDIES",
                TODAY.minusDays(100), TODAY.minusDays(10)));
        assertEquals(201, absence.status(), absence.body());
        assertFalse(absence.json().containsKey("temporaryAbsence"), "past its planned end it is not current");
        String absenceId = RegisterProceduresApiIT.list(away, "temporary-absences").getJsonObject(0).getString("id");
        assertTrue(pages("/api/v1/population/temporary-absences/overdue").stream()
                .anyMatch(o -> o.getString("absenceId").equals(absenceId) && o.getString("plannedEnd")
                        .equals(TODAY.minusDays(10).toString())));
    }

    @Test
    void aCollectiveHouseholdIsCreatedOverRest() {
        Api.Reply r = registration(person("Rust", "Rosa", "1930-05-05", "BE"), address(NAAMSESTRAAT, "140", box()),
                "POPULATION", TODAY.minusDays(5), "{\"collectiveDwelling\":true}");
        assertEquals(201, r.status(), r.body());
        assertTrue(r.json().getJsonObject("household").getBoolean("collectiveDwelling"), r.body());
    }

    // ------------------------------------------------------------------ helpers

    private static Optional<JsonObject> onWorkList(String householdId) {
        return pages("/api/v1/population/households/without-reference-person").stream()
                .filter(h -> h.getString("householdId").equals(householdId)).findFirst();
    }

    private static boolean inRemovals(String status, String proposalId) {
        return pages("/api/v1/population/removal-proposals?status=" + status).stream()
                .anyMatch(p -> p.getString("proposalId").equals(proposalId));
    }

    /** Every item of a paged work list (the demo data has its own entries). */
    private static List<JsonObject> pages(String path) {
        List<JsonObject> all = new java.util.ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        for (int page = 0; page < 50; page++) {
            Api.Reply r = Api.as("population").get(path + sep + "page=" + page + "&size=200&purpose=" + q(PURPOSE));
            assertEquals(200, r.status(), r.body());
            JsonArray items = r.json().getJsonArray("items");
            items.forEach(v -> all.add(v.asJsonObject()));
            if (all.size() >= r.json().getJsonNumber("total").longValue() || items.isEmpty()) {
                return all;
            }
        }
        return all;
    }

    private static void die(String id, LocalDate death) {
        Api.Reply person = Api.as("population").get("/api/v1/persons/" + id + "?purpose=" + q(PURPOSE));
        Api.Reply died = Api.as("registrar").postJson("/api/v1/persons/" + id + "/facts?purpose=" + q(PURPOSE),
                "{\"fact\":\"DEATH\",\"value\":{\"date\":\"" + death + "\",\"placeNis\":\"24062\"},"
                        + "\"basis\":{\"kind\":\"ACT\",\"reference\":\"death act 2026/3\"}}", Map.of("If-Match", person.etag()));
        assertEquals(200, died.status(), died.body());
    }

    static String person(String family, String given, String birth, String nationality) {
        String place = nationality.equals("BE") ? "\"birthPlaceNis\":\"24062\""
                : "\"birthPlaceForeign\":\"Elders\",\"birthCountry\":\"" + nationality + "\"";
        return "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"" + birth + "\","
                + place + ",\"sex\":\"F\",\"nationalities\":[\"" + nationality + "\"],\"allocateNationalNumber\":true}";
    }

    static Api.Reply registration(String person, String address, String register, LocalDate date, String household) {
        return Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE),
                "{\"person\":" + person + ",\"address\":" + address + ",\"registerType\":\"" + register + "\",\"date\":\""
                        + date + "\",\"origin\":{\"kind\":\"MUNICIPALITY\",\"municipalityNis\":\"21004\"}"
                        + (household == null ? "" : ",\"household\":" + household)
                        + ",\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of());
    }

    static String register(String family, String given, String birth, String nationality, String register,
                           String address, LocalDate date, String household) {
        Api.Reply r = registration(person(family, given, birth, nationality), address, register, date, household);
        assertEquals(201, r.status(), r.body());
        return r.json().getString("personId");
    }
}
