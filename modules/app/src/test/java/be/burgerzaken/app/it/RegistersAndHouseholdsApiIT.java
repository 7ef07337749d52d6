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
import static be.burgerzaken.app.it.RegisterProceduresApiIT.assertConflict;
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

    @Test
    void twoAdultsLeftAfterTheDeathPutTheHouseholdOnTheListUntilTheOfficerNamesOne() {
        String box = box();
        String mother = register("Maes", "Greta", "1945-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "142", box),
                TODAY.minusDays(300), null);
        String h = file(mother).json().getJsonObject("household").getString("householdId");
        String son = register("Maes", "Bart", "1975-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "142", box),
                TODAY.minusDays(300), "{\"householdId\":\"" + h + "\",\"position\":\"CHILD\"}");
        register("Maes", "Els", "1978-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "142", box),
                TODAY.minusDays(300), "{\"householdId\":\"" + h + "\",\"position\":\"CHILD\"}");
        die(mother, TODAY.minusDays(3));
        JsonObject listed = onWorkList(h).orElseThrow(() -> new AssertionError("two adults: the officer decides"));
        assertEquals(2, listed.getInt("members"));
        assertProblem(Api.as("population").postJson(households(h, "reference-person"), "{\"newReferencePersonId\":\""
                + son + "\",\"previousReferencePosition\":\"CHILD\",\"date\":\"" + TODAY + "\"}", Map.of()),
                "previousReferencePosition", "no-reference-person");
        Api.Reply named = Api.as("population").postJson(households(h, "reference-person"), "{\"newReferencePersonId\":\""
                + son + "\",\"date\":\"" + TODAY + "\"}", Map.of("If-Match", "\"" + listed.getJsonNumber("version")
                + "\""));
        assertEquals(200, named.status(), named.body());
        assertEquals(son, named.json().getJsonArray("members").getJsonObject(0).getString("personId"));
        assertEquals("01", named.json().getJsonArray("members").getJsonObject(0).getString("positionCode"));
        assertFalse(onWorkList(h).isPresent(), "off the list once named");
    }

    // ------------------------------------------------------------------ household maintenance without a move

    @Test
    void theReferencePersonAndAPositionChangeWithoutAMoveAndTheHistoryKeepsTheOldComposition() {
        String box = box();
        String a = register("Peeters", "Arne", "1970-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "143", box),
                TODAY.minusDays(100), null);
        String h = file(a).json().getJsonObject("household").getString("householdId");
        String b = register("Peeters", "Bea", "1972-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "143", box),
                TODAY.minusDays(90), "{\"householdId\":\"" + h + "\",\"position\":\"SPOUSE_OR_PARTNER\"}");
        String c = register("Peeters", "Cas", TODAY.minusYears(8).toString(), "BE", "POPULATION",
                address(NAAMSESTRAAT, "143", box), TODAY.minusDays(80),
                "{\"householdId\":\"" + h + "\",\"position\":\"CHILD\"}");
        JsonObject before = household(a, TODAY);
        String etag = "\"" + before.getJsonNumber("version") + "\"";
        LocalDate day = TODAY.minusDays(1);

        assertProblem(Api.as("population").postJson(households(h, "reference-person"), "{\"newReferencePersonId\":\""
                + c + "\",\"previousReferencePosition\":\"PARENT\",\"date\":\"" + day + "\"}", Map.of()),
                "newReferencePersonId", "minor");
        assertProblem(Api.as("population").postJson(households(h, "reference-person"), "{\"newReferencePersonId\":\""
                + b + "\",\"date\":\"" + day + "\"}", Map.of()), "previousReferencePosition", "required");
        assertProblem(Api.as("population").postJson(households(h, "reference-person"), "{\"newReferencePersonId\":\""
                + b + "\",\"previousReferencePosition\":\"SPOUSE_OR_PARTNER\",\"date\":\"" + TODAY.minusDays(95)
                + "\"}", Map.of()), "date", "before-membership");
        assertEquals(403, Api.as("clerk").postJson(households(h, "reference-person"), "{\"newReferencePersonId\":\""
                + b + "\",\"previousReferencePosition\":\"SPOUSE_OR_PARTNER\",\"date\":\"" + day + "\"}",
                Map.of()).status());
        assertEquals(before.getJsonNumber("version"), household(a, TODAY).getJsonNumber("version"), "nothing stored");

        String body = "{\"newReferencePersonId\":\"" + b + "\",\"previousReferencePosition\":\"SPOUSE_OR_PARTNER\","
                + "\"date\":\"" + day + "\",\"basis\":{\"kind\":\"DECLARATION\",\"reference\":\"counter 2026/44\"}}";
        Map<String, String> headers = Map.of("If-Match", etag, "Idempotency-Key", "ref-" + UUID.randomUUID());
        Api.Reply changed = Api.as("population").postJson(households(h, "reference-person"), body, headers);
        assertEquals(200, changed.status(), changed.body());
        JsonArray members = changed.json().getJsonArray("members");
        assertEquals(b, members.getJsonObject(0).getString("personId"));
        assertEquals("01", members.getJsonObject(0).getString("positionCode"));
        assertTrue(members.stream().map(v -> v.asJsonObject()).anyMatch(m -> m.getString("personId").equals(a)
                && m.getString("positionCode").equals("02")));
        assertEquals(changed.etag(), "\"" + household(a, TODAY).getJsonNumber("version") + "\"",
                "the answer's ETag is the household's version");
        Api.Reply retry = Api.as("population").postJson(households(h, "reference-person"), body, headers);
        assertEquals(200, retry.status(), retry.body());
        Api.Reply stale = Api.as("population").postJson(households(h, "members/" + c + "/position"),
                "{\"position\":\"GRANDCHILD\",\"date\":\"" + TODAY + "\"}", Map.of("If-Match", etag));
        assertEquals(412, stale.status(), stale.body());
        JsonObject yesterday = household(a, day.minusDays(1));
        assertEquals(a, yesterday.getJsonArray("members").getJsonObject(0).getString("personId"),
                "the day before, the old reference person");

        assertProblem(Api.as("population").postJson(households(h, "members/" + b + "/position"),
                "{\"position\":\"CHILD\",\"date\":\"" + TODAY + "\"}", Map.of()), "personId", "reference-person");
        assertProblem(Api.as("population").postJson(households(h, "members/" + c + "/position"),
                "{\"position\":\"CHILD\",\"date\":\"" + TODAY + "\"}", Map.of()), "position", "same-position");
        assertProblem(Api.as("population").postJson(households(h, "members/" + c + "/position"),
                "{\"position\":\"REFERENCE_PERSON\",\"date\":\"" + TODAY + "\"}", Map.of()), "position",
                "use-reference-person-change");
        Api.Reply moved = Api.as("population").postJson(households(h, "members/" + c + "/position"),
                "{\"position\":\"GRANDCHILD\",\"date\":\"" + TODAY + "\"}", Map.of());
        assertEquals(200, moved.status(), moved.body());

        Api.Reply history = Api.as("clerk").get("/api/v1/population/households/" + h + "/history?purpose=" + q(PURPOSE));
        assertEquals(200, history.status(), history.body());
        List<JsonObject> rows = history.any().asJsonArray().stream().map(v -> v.asJsonObject()).toList();
        assertEquals(6, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.getString("personId").equals(a) && r.getString("positionCode")
                .equals("01") && r.getString("validTo").equals(day.toString())));
        assertTrue(rows.stream().anyMatch(r -> r.getString("personId").equals(c) && r.getString("positionCode")
                .equals("05") && !r.containsKey("validTo")));
        assertEquals(404, Api.as("clerk").get("/api/v1/population/households/" + UUID.randomUUID() + "/history?purpose="
                + q(PURPOSE)).status());
        assertTrue(log(b).stream().anyMatch(e -> e.getString("query").startsWith(
                "population.household-reference-person: household " + h + " reference person " + b)));
    }

    @Test
    void aHouseholdChangedWhileAPositionChangeWaitsMakesItAConflictAndNothingIsStored() throws Exception {
        String box = box();
        String a = register("Gelijk", "Gert", "1970-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "149", box),
                TODAY.minusDays(100), null);
        String h = file(a).json().getJsonObject("household").getString("householdId");
        String b = register("Gelijk", "Greet", "1971-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "149", box),
                TODAY.minusDays(100), "{\"householdId\":\"" + h + "\",\"position\":\"SPOUSE_OR_PARTNER\"}");
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("bz.test.db.url"),
                System.getProperty("bz.test.db.user"), System.getProperty("bz.test.db.password"))) {
            c.setAutoCommit(false);
            try (java.sql.PreparedStatement lock = c.prepareStatement("SELECT version FROM population.household"
                    + " WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(h));
                lock.executeQuery().close();
            }
            // another change of the household holds the row; the command checks and waits to bump its version
            java.util.concurrent.Future<Api.Reply> command = pool.submit(() -> Api.as("population").postJson(
                    households(h, "members/" + b + "/position"), "{\"position\":\"OTHER_RELATIVE\",\"date\":\""
                            + TODAY + "\"}", Map.of()));
            Residents.waitForALockWait(c, "household row");
            try (java.sql.PreparedStatement bump = c.prepareStatement("UPDATE population.household SET version ="
                    + " version + 1 WHERE id = ?")) {
                bump.setObject(1, UUID.fromString(h));
                bump.executeUpdate();
            }
            c.commit();
            assertConflict(command.get(), "concurrent-change");
        } finally {
            pool.shutdown();
        }
        assertEquals("02", household(b, TODAY).getJsonArray("members").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("personId").equals(b)).findFirst().orElseThrow().getString("positionCode"),
                "nothing of the refused command was stored");
        assertTrue(log(b).stream().anyMatch(e -> e.getString("outcome").equals("DENIED")
                && e.getString("query").equals("population.household-position refused: concurrent-change")));
        assertEquals(200, Api.as("population").postJson(households(h, "members/" + b + "/position"),
                "{\"position\":\"OTHER_RELATIVE\",\"date\":\"" + TODAY + "\"}", Map.of()).status(), "sent again");
    }


    // ------------------------------------------------------------------ reference address transitions

    @Test
    void whenTheHostDiesTheGuestIsListedAndMovesToTheOcmwInOneCommand() {
        String hostBox = box();
        String host = register("Gastheer", "Gerard", "1940-01-01", "BE", "POPULATION",
                address(NAAMSESTRAAT, "147", hostBox), TODAY.minusDays(400), null);
        String guest = register("Zwerver", "Ziggy", "1985-01-01", "BE", "POPULATION", address(NAAMSESTRAAT, "148", box()),
                TODAY.minusDays(300), null);
        LocalDate from = TODAY.minusDays(30);
        Api.Reply given = post(guest, "reference-address", "{\"category\":\"HOMELESS\",\"kind\":\"PRIVATE_HOST\","
                + "\"hostPersonId\":\"" + host + "\",\"address\":" + address(NAAMSESTRAAT, "147", hostBox)
                + ",\"hostConsent\":{\"date\":\"" + from.minusDays(1) + "\",\"reference\":\"consent 2026/8\"},"
                + "\"date\":\"" + from + "\"}");
        assertEquals(201, given.status(), given.body());
        String first = given.json().getJsonObject("referenceAddress").getString("id");
        assertFalse(hostGone(first).isPresent(), "the host lives there");
        assertConflict(post(host, "reference-address/change", "{\"category\":\"HOMELESS\",\"kind\":\"OCMW\","
                + "\"date\":\"" + TODAY + "\"}"), "no-reference-address");

        LocalDate death = TODAY.minusDays(5);
        die(host, death);
        JsonObject flagged = hostGone(first).orElseThrow(() -> new AssertionError("the guest is not flagged"));
        assertEquals(guest, flagged.getString("personId"));
        assertEquals(host, flagged.getString("hostPersonId"));
        assertEquals(death.plusDays(1).toString(), flagged.getString("hostLeftOn"));
        assertEquals(hostBox, flagged.getJsonObject("address").getString("box"));

        String etag = file(guest).etag();
        Api.Reply changed = Api.as("population").postJson(path(guest, "reference-address/change"),
                "{\"category\":\"HOMELESS\",\"kind\":\"OCMW\",\"date\":\"" + TODAY.minusDays(2) + "\"}",
                Map.of("If-Match", etag));
        assertEquals(200, changed.status(), changed.body());
        JsonObject f = changed.json();
        assertEquals("OCMW", f.getJsonObject("referenceAddress").getString("kind"));
        assertEquals("OCMW", f.getJsonObject("residence").getString("referenceAddress"));
        JsonArray history = RegisterProceduresApiIT.list(guest, "reference-addresses");
        assertEquals(2, history.size(), history.toString());
        assertEquals(TODAY.minusDays(2).toString(), history.getJsonObject(0).getString("validTo"));
        assertFalse(hostGone(first).isPresent(), "off the list once changed");
        assertTrue(log(guest).stream().anyMatch(e -> e.getString("query").startsWith(
                "population.reference-address-change: reference address " + first + " ended; reference address")));
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
        // the police integrator finds the proposal awaiting its report and posts it over REST
        String token = AuthApiIT.token();
        Api.Reply pending = Api.bearer(token).get("/api/v1/population/removal-proposals?status=AWAITING_POLICE_REPORT"
                + "&size=200&purpose=" + q("police removal PV 2026/555"));
        assertEquals(200, pending.status(), pending.body());
        assertEquals(403, Api.bearer(token).get("/api/v1/population/removal-proposals?status=AWAITING_DECISION&purpose="
                + q("police removal PV 2026/555")).status(), "the college's agenda is the officer's");
        Api.Reply reported = Api.bearer(token).postJson(path(id, "removal-proposals/" + proposal + "/police-report"),
                "{\"reference\":\"PV 2026/555\",\"findingDate\":\"" + TODAY.minusDays(1) + "\"}", Map.of());
        assertEquals(200, reported.status(), reported.body());
        assertEquals("PV 2026/555", reported.json().getString("policeReportReference"));
        assertFalse(reported.json().containsKey("residence"), "the police gets the proposal, not the resident file");
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

    private static String households(String householdId, String command) {
        return "/api/v1/population/households/" + householdId + "/" + command + "?purpose=" + q(PURPOSE);
    }

    private static Optional<JsonObject> onWorkList(String householdId) {
        return pages("/api/v1/population/households/without-reference-person").stream()
                .filter(h -> h.getString("householdId").equals(householdId)).findFirst();
    }

    private static Optional<JsonObject> hostGone(String referenceAddressId) {
        return pages("/api/v1/population/reference-addresses/host-gone").stream()
                .filter(h -> h.getString("referenceAddressId").equals(referenceAddressId)).findFirst();
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
                        + date + "\",\"origin\":{\"kind\":\"ABROAD\",\"country\":\"NL\"}"
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
