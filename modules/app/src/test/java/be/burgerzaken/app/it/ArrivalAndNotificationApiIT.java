package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static be.burgerzaken.app.it.AddressChangeApiIT.address;
import static be.burgerzaken.app.it.AddressChangeApiIT.assertProblem;
import static be.burgerzaken.app.it.AddressChangeApiIT.box;
import static be.burgerzaken.app.it.AddressChangeApiIT.decisionPath;
import static be.burgerzaken.app.it.AddressChangeApiIT.outbox;
import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 3, task M, on PostgreSQL: an arrival from another Belgian municipality goes through the change-of-address
 * procedure (declaration, police check, decision effective on the declaration date) and the previous municipality
 * is notified through the kernel's notification outbox (a category subscription's feed) for an approval and for a
 * refusal with its motivation; a provisional registration; only the police service lists and records residence
 * checks, with the movers' names; an open procedure is withdrawn when a mover emigrates or dies; a decision's outbox
 * row left unpublished (a crash after the commit) goes out with the minute's sweep.
 */
@ExtendWith(PayaraServer.class)
class ArrivalAndNotificationApiIT {
    static final String PURPOSE = "integration test arrival 2026/0004";
    static final String POLICE = "police PV 2026/44";
    static final String NAAMSESTRAAT = AddressChangeApiIT.NAAMSESTRAAT;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void anArrivalIsRegisteredFromTheDeclarationDateAfterCheckAndApprovalAndThePreviousMunicipalityIsNotified()
            throws Exception {
        Api police = Api.bearer(AuthApiIT.token());
        String subscription = subscribe(police);
        try {
            long cursor = latestCursor(police);
            String box = box();
            Api.Reply declared = arrival("Aankomst", "Arne", address(NAAMSESTRAAT, "130", box), TODAY.minusDays(3),
                    "11002");
            assertEquals(202, declared.status(), declared.body());
            JsonObject change = declared.json();
            String id = change.getString("id");
            assertEquals("ARRIVAL", change.getString("kind"));
            assertEquals("11002", change.getString("originNis"));
            assertEquals("DECLARED", change.getString("status"));
            assertEquals(TODAY.toString(), change.getString("declaredOn"));
            assertEquals(TODAY.minusDays(3).toString(), change.getString("moveDate"));
            String person = change.getJsonArray("members").getJsonObject(0).getString("personId");
            assertEquals(person, change.getString("declarantId"));

            JsonObject before = file(person);
            assertEquals("ARRIVING", before.getString("status"), "not registered before the decision");
            assertFalse(before.containsKey("residence"), before.toString());
            assertTrue(before.getJsonArray("residences").isEmpty());

            // the police sees what it needs to go and look
            JsonObject item = pending(police, id);
            JsonObject mover = item.getJsonArray("movers").getJsonObject(0);
            assertEquals("Aankomst", mover.getString("familyName"));
            assertEquals("Arne", mover.getString("givenNames"));
            assertEquals("1980-06-15", mover.getString("birthDate"));
            assertEquals(box, item.getJsonObject("address").getString("box"));

            Api.Reply checked = police.postJson(path(id) + "/residence-check?purpose=" + q(POLICE),
                    "{\"outcome\":\"POSITIVE\",\"visitDate\":\"" + TODAY + "\"}", Map.of("If-Match", declared.etag()));
            assertEquals(200, checked.status(), checked.body());
            assertProblem(Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\",\"provisional\":true}",
                    Map.of("If-Match", checked.etag())), 400, "provisionalReason", "required");
            String reason = "basement dwelling without a conformity certificate";
            Api.Reply approved = Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\","
                    + "\"provisional\":true,\"provisionalReason\":\"" + reason + "\"}", Map.of("If-Match", checked.etag()));
            assertEquals(200, approved.status(), approved.body());
            assertEquals("APPROVED", approved.json().getString("status"));
            assertEquals(reason, approved.json().getString("provisionalReason"));

            JsonObject after = file(person);
            assertEquals("REGISTERED", after.getString("status"));
            JsonObject residence = after.getJsonObject("residence");
            assertEquals(TODAY.toString(), residence.getString("validFrom"), "from the declaration date");
            assertEquals("MUNICIPALITY", residence.getString("origin"));
            assertEquals("11002", residence.getString("originNis"));
            assertEquals(reason, residence.getString("provisionalReason"));
            assertEquals(1, after.getJsonArray("residences").size());
            assertEquals(TODAY.toString(), after.getJsonArray("registers").getJsonObject(0).getString("validFrom"));
            assertEquals(person, after.getJsonObject("household").getJsonArray("members").getJsonObject(0)
                    .getString("personId"));

            JsonObject note = awaitNotification(police, cursor, person, "MOVE_REGISTERED");
            assertEquals("020", note.getString("informationType"));
            JsonObject details = note.getJsonObject("details");
            assertEquals("REGISTERED", details.getString("event"));
            assertEquals("11002", details.getString("previousMunicipalityNis"));
            assertEquals(id, details.getString("addressChangeId"));
            assertEquals(TODAY.toString(), details.getString("effectiveOn"));
            List<String> rows = outbox(id);
            assertEquals(1, rows.size(), rows.toString());
            assertFalse(rows.get(0).endsWith(" null"), "the outbox row is published: " + rows);
        } finally {
            police.delete("/api/v1/subscriptions/" + subscription + "?purpose=" + q(POLICE));
        }
    }

    @Test
    void aRefusedArrivalStaysUnregisteredTheMotivationReachesThePreviousMunicipalityAndItMayBeDeclaredAgain()
            throws Exception {
        Api police = Api.bearer(AuthApiIT.token());
        String subscription = subscribe(police);
        try {
            long cursor = latestCursor(police);
            Api.Reply declared = arrival("Geweigerd", "Gitte", address(NAAMSESTRAAT, "131", box()), TODAY, "21004");
            assertEquals(202, declared.status(), declared.body());
            String id = declared.json().getString("id");
            String person = declared.json().getString("declarantId");
            String motivation = "the police found nobody living there on three visits";
            Api.Reply refused = Api.as("population").postJson(decisionPath(id), "{\"decision\":\"REFUSE\",\"motivation\":\""
                    + motivation + "\"}", Map.of("If-Match", declared.etag()));
            assertEquals(200, refused.status(), refused.body());
            assertEquals("REFUSED", refused.json().getString("status"));
            JsonObject file = file(person);
            assertEquals("ARRIVING", file.getString("status"));
            assertTrue(file.getJsonArray("residences").isEmpty(), "nothing registered");

            JsonObject details = awaitNotification(police, cursor, person, "MOVE_REFUSED").getJsonObject("details");
            assertEquals("REFUSED", details.getString("event"));
            assertEquals("21004", details.getString("previousMunicipalityNis"));
            assertEquals(motivation, details.getString("motivation"));

            Api.Reply again = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE),
                    "{\"personId\":\"" + person + "\",\"address\":" + address(NAAMSESTRAAT, "132", box())
                            + ",\"registerType\":\"POPULATION\",\"date\":\"" + TODAY + "\",\"origin\":{\"kind\":"
                            + "\"MUNICIPALITY\",\"municipalityNis\":\"21004\"},\"basis\":{\"kind\":\"DECLARATION\"}}",
                    Map.of());
            assertEquals(202, again.status(), again.body());
            assertNotEquals(id, again.json().getString("id"));
            Api.Reply twice = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE),
                    "{\"personId\":\"" + person + "\",\"address\":" + address(NAAMSESTRAAT, "133", box())
                            + ",\"registerType\":\"POPULATION\",\"date\":\"" + TODAY + "\",\"origin\":{\"kind\":"
                            + "\"MUNICIPALITY\",\"municipalityNis\":\"21004\"},\"basis\":{\"kind\":\"DECLARATION\"}}",
                    Map.of());
            assertEquals(409, twice.status(), twice.body());
            assertTrue(twice.json().getString("type").endsWith("/open-procedure"), twice.body());
        } finally {
            police.delete("/api/v1/subscriptions/" + subscription + "?purpose=" + q(POLICE));
        }
    }

    @Test
    void onlyThePoliceServiceListsAndRecordsResidenceChecksAndOnlyTheCounterOrECounterDeclares() {
        AddressChangeApiIT.Family family = AddressChangeApiIT.family();
        Api.Reply declared = AddressChangeApiIT.declare("clerk", family.declarant(), family.members(),
                address(NAAMSESTRAAT, "134", box()), TODAY.minusDays(1));
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");
        Api housing = FrontOfficeApiIT.client("demo-housing", "demo-housing-secret");
        Api.Reply list = housing.get("/api/v1/population/residence-checks?purpose=" + q("social housing check"));
        assertEquals(403, list.status(), list.body());
        Api.Reply check = housing.postJson(path(id) + "/residence-check?purpose=" + q("social housing check"),
                "{\"outcome\":\"POSITIVE\",\"visitDate\":\"" + TODAY + "\"}", Map.of());
        assertEquals(403, check.status(), check.body());
        Api.Reply declare = housing.postJson("/api/v1/population/address-changes?purpose=" + q("social housing check"),
                AddressChangeApiIT.body(family.declarant(), family.members(), address(NAAMSESTRAAT, "135", box()),
                        TODAY, ""), Map.of());
        assertEquals(403, declare.status(), declare.body());
        assertEquals("DECLARED", Api.as("clerk").get(path(id) + "?purpose=" + q(PURPOSE)).json().getString("status"),
                "nothing recorded by the refused client");

        Api police = Api.bearer(AuthApiIT.token());
        JsonObject item = pending(police, id);
        assertEquals(family.members().size(), item.getJsonArray("movers").size());
        assertTrue(item.getJsonArray("movers").stream().allMatch(m -> !m.asJsonObject().getString("familyName", "")
                .isEmpty()), item.toString());
        Api.Reply checked = police.postJson(path(id) + "/residence-check?purpose=" + q(POLICE),
                "{\"outcome\":\"NEGATIVE\",\"visitDate\":\"" + TODAY + "\"}", Map.of());
        assertEquals(200, checked.status(), checked.body());
        // the police's read of the movers is protocol-logged per person with its purpose
        List<JsonObject> log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + family.declarant() + "&size=100")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(log.stream().anyMatch(e -> e.getString("actor").equals("demo-integrator")
                && e.getString("action").equals("READ") && e.getString("purpose").equals(POLICE)), log.toString());
    }

    @Test
    void anOpenChangeOfAddressIsWithdrawnWhenAMoverEmigratesOrDies() {
        // emigration of a member who is not the reference person
        AddressChangeApiIT.Family family = AddressChangeApiIT.family();
        Api.Reply declared = AddressChangeApiIT.declare("clerk", family.declarant(), family.members(),
                address(NAAMSESTRAAT, "136", box()), TODAY.minusDays(1));
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");
        String leaving = family.members().get(family.members().size() - 1);
        Api.Reply emigrated = Api.as("population").postJson("/api/v1/population/residents/" + leaving
                + "/emigration?purpose=" + q(PURPOSE), "{\"country\":\"NL\",\"date\":\"" + TODAY + "\"}", Map.of());
        assertEquals(200, emigrated.status(), emigrated.body());
        JsonObject withdrawn = Api.as("clerk").get(path(id) + "?purpose=" + q(PURPOSE)).json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertTrue(withdrawn.getString("decisionMotivation").contains("left for abroad"), withdrawn.toString());
        assertTrue(withdrawn.getJsonArray("allowedSteps").isEmpty());
        assertFalse(queueIds().contains(id), "not left in the work queue");
        List<String> staying = family.members().subList(0, family.members().size() - 1);
        Api.Reply again = AddressChangeApiIT.declare("clerk", family.declarant(), staying,
                address(NAAMSESTRAAT, "137", box()), TODAY);
        assertEquals(201, again.status(), "the others may declare again: " + again.body());

        // death of the declarant of another family
        AddressChangeApiIT.Family other = AddressChangeApiIT.family();
        Api.Reply second = AddressChangeApiIT.declare("clerk", other.declarant(), other.members(),
                address(NAAMSESTRAAT, "138", box()), TODAY.minusDays(1));
        assertEquals(201, second.status(), second.body());
        String secondId = second.json().getString("id");
        String dying = other.members().get(other.members().size() - 1);
        Api.Reply person = Api.as("population").get("/api/v1/persons/" + dying + "?purpose=" + q(PURPOSE));
        Api.Reply died = Api.as("registrar").postJson("/api/v1/persons/" + dying + "/facts?purpose=" + q(PURPOSE),
                "{\"fact\":\"DEATH\",\"value\":{\"date\":\"" + TODAY + "\",\"placeNis\":\"24062\"},"
                        + "\"basis\":{\"kind\":\"ACT\",\"reference\":\"death act 2026/91\"}}", Map.of("If-Match", person.etag()));
        assertEquals(200, died.status(), died.body());
        JsonObject closed = Api.as("clerk").get(path(secondId) + "?purpose=" + q(PURPOSE)).json();
        assertEquals("WITHDRAWN", closed.getString("status"));
        assertTrue(closed.getString("decisionMotivation").contains("died"), closed.toString());
        assertFalse(queueIds().contains(secondId));
    }

    @Test
    void aDecisionLeftUnpublishedByACrashIsDeliveredByTheSweep() throws Exception {
        Api police = Api.bearer(AuthApiIT.token());
        String subscription = subscribe(police);
        try {
            long cursor = latestCursor(police);
            Api.Reply declared = arrival("Opgeveegd", "Sam", address(NAAMSESTRAAT, "139", box()), TODAY, "24038");
            assertEquals(202, declared.status(), declared.body());
            String person = declared.json().getString("declarantId");
            // a decision's outbox row as a crash between the commit and the publication leaves it: committed, unpublished
            java.util.UUID row = java.util.UUID.randomUUID();
            String procedure = java.util.UUID.randomUUID().toString();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(System.getProperty("bz.test.db.url"),
                    System.getProperty("bz.test.db.user"), System.getProperty("bz.test.db.password"));
                 java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO population.outbox (id, type, payload,"
                         + " created_at, published_at) VALUES (?, 'population.address-change-refused', ?, now(), NULL)")) {
                insert.setObject(1, row);
                insert.setString(2, "{\"addressChangeId\":\"" + procedure + "\",\"status\":\"REFUSED\",\"kind\":"
                        + "\"ARRIVAL\",\"event\":\"REFUSED\",\"personIds\":[\"" + person + "\"],\"moverIds\":[\""
                        + person + "\"],\"declaredOn\":\"" + TODAY + "\",\"previousMunicipalityNis\":\"24038\","
                        + "\"motivation\":\"left behind by a crash\"}");
                insert.executeUpdate();
            }
            JsonObject note = awaitNotification(police, cursor, person, "MOVE_REFUSED");
            JsonObject details = note.getJsonObject("details");
            assertEquals(procedure, details.getString("addressChangeId"));
            assertEquals("24038", details.getString("previousMunicipalityNis"));
            assertEquals("left behind by a crash", details.getString("motivation"));
            List<String> rows = outbox(procedure);
            assertEquals(1, rows.size(), rows.toString());
            assertFalse(rows.get(0).endsWith(" null"), "marked published: " + rows);
        } finally {
            police.delete("/api/v1/subscriptions/" + subscription + "?purpose=" + q(POLICE));
        }
    }

    // --- population (issue 3, task A): a family in one declaration, by the clerk and the e-counter ---

    @Test
    void aFamilyOfThreeArrivesInOneDeclarationByTheClerkAndIsRegisteredTogetherInOneNewHousehold() throws Exception {
        String mother = ActsClient.person("Familie", "Fien", "1982-03-03", "F", PURPOSE);
        String father = ActsClient.person("Familie", "Frans", "1980-01-01", "M", PURPOSE);
        String child = ActsClient.person("Familie", "Fleur", TODAY.minusYears(9).toString(), "F", PURPOSE);
        Api police = Api.bearer(AuthApiIT.token());
        String subscription = subscribe(police);
        try {
            long cursor = latestCursor(police);
            Api.Reply declared = Api.as("clerk").postJson(REGISTRATIONS + q(PURPOSE), family(mother,
                    "[{\"personId\":\"" + father + "\",\"position\":\"SPOUSE_OR_PARTNER\"},"
                            + "{\"personId\":\"" + child + "\",\"position\":\"CHILD\"}]",
                    address(NAAMSESTRAAT, "140", box()), "11002"), Map.of());
            assertEquals(202, declared.status(), declared.body());
            JsonObject change = declared.json();
            String id = change.getString("id");
            assertEquals("ARRIVAL", change.getString("kind"));
            assertEquals(mother, change.getString("declarantId"));
            assertEquals(java.util.Set.of(mother + " REFERENCE_PERSON", father + " SPOUSE_OR_PARTNER", child + " CHILD"),
                    change.getJsonArray("members").stream().map(v -> v.asJsonObject().getString("personId") + " "
                            + v.asJsonObject().getString("position")).collect(java.util.stream.Collectors.toSet()));
            for (String p : List.of(mother, father, child)) {
                assertEquals("ARRIVING", file(p).getString("status"), p);
            }
            // one declaration: a member cannot be declared again while it is open
            Api.Reply twice = Api.as("clerk").postJson(REGISTRATIONS + q(PURPOSE), family(father, "[]",
                    address(NAAMSESTRAAT, "141", box()), "11002"), Map.of());
            assertEquals(409, twice.status(), twice.body());
            assertEquals(3, pending(police, id).getJsonArray("movers").size());

            Api.Reply checked = police.postJson(path(id) + "/residence-check?purpose=" + q(POLICE),
                    "{\"outcome\":\"POSITIVE\",\"visitDate\":\"" + TODAY + "\"}", Map.of("If-Match", declared.etag()));
            assertEquals(200, checked.status(), checked.body());
            assertEquals(403, Api.as("clerk").postJson(decisionPath(id), "{\"decision\":\"APPROVE\"}",
                    Map.of("If-Match", checked.etag())).status(), "the decision stays with the population officer");
            Api.Reply approved = Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\"}",
                    Map.of("If-Match", checked.etag()));
            assertEquals(200, approved.status(), approved.body());

            String household = null;
            for (String p : List.of(mother, father, child)) {
                JsonObject f = file(p);
                assertEquals("REGISTERED", f.getString("status"), p);
                JsonObject residence = f.getJsonObject("residence");
                assertEquals(TODAY.toString(), residence.getString("validFrom"), "from the declaration date");
                assertEquals("11002", residence.getString("originNis"));
                JsonObject h = f.getJsonObject("household");
                assertEquals(3, h.getJsonArray("members").size(), h.toString());
                household = household == null ? h.getString("householdId") : household;
                assertEquals(household, h.getString("householdId"), "one new household for the family");
                String position = h.getJsonArray("members").stream().map(v -> v.asJsonObject())
                        .filter(m -> m.getString("personId").equals(p)).findFirst().orElseThrow().getString("positionCode");
                assertEquals(p.equals(mother) ? "01" : p.equals(father) ? "02" : "03", position, h.toString());
            }
            for (String p : List.of(mother, father, child)) {
                JsonObject details = awaitNotification(police, cursor, p, "MOVE_REGISTERED").getJsonObject("details");
                assertEquals("11002", details.getString("previousMunicipalityNis"));
                assertEquals(id, details.getString("addressChangeId"));
                assertEquals(3, details.getJsonArray("moverIds").size(), "names the whole declaration: " + details);
            }
            assertEquals(1, outbox(id).size(), "one decision, one outbox row");
        } finally {
            police.delete("/api/v1/subscriptions/" + subscription + "?purpose=" + q(POLICE));
        }
    }

    @Test
    void aMinorDoesNotArriveAloneAndAFamilyHasOneReferencePersonNothingStored() {
        String minor = ActsClient.person("Alleen", "Arno", TODAY.minusYears(15).toString(), "M", PURPOSE);
        Api.Reply alone = Api.as("clerk").postJson(REGISTRATIONS + q(PURPOSE), family(minor, "[]",
                address(NAAMSESTRAAT, "142", box()), "11002"), Map.of());
        assertProblem(alone, 400, "personId", "minor");
        Api.Reply noFile = Api.as("clerk").get("/api/v1/population/residents/" + minor + "?purpose=" + q(PURPOSE));
        assertEquals(404, noFile.status(), "nothing stored: " + noFile.body());

        String adult = ActsClient.person("Twee", "Tom", "1975-05-05", "M", PURPOSE);
        String other = ActsClient.person("Twee", "Tine", "1976-06-06", "F", PURPOSE);
        assertProblem(Api.as("clerk").postJson(REGISTRATIONS + q(PURPOSE), family(adult,
                "[{\"personId\":\"" + other + "\",\"position\":\"REFERENCE_PERSON\"}]",
                address(NAAMSESTRAAT, "143", box()), "11002"), Map.of()), 400, "members[0].position",
                "reference-person-taken");
        assertProblem(Api.as("clerk").postJson(REGISTRATIONS + q(PURPOSE), family(adult,
                "[{\"personId\":\"" + other + "\"}]", address(NAAMSESTRAAT, "143", box()), "11002"), Map.of()),
                400, "members[0].position", "required");
        assertProblem(Api.as("clerk").postJson(REGISTRATIONS + q(PURPOSE), family(adult,
                "[{\"personId\":\"" + adult + "\",\"position\":\"CHILD\"}]", address(NAAMSESTRAAT, "143", box()),
                "11002"), Map.of()), 400, "members[0].personId", "duplicate");
        for (String p : List.of(adult, other)) {
            assertEquals(404, Api.as("clerk").get("/api/v1/population/residents/" + p + "?purpose=" + q(PURPOSE))
                    .status(), "nothing stored for " + p);
        }
        // a family member from abroad is not a family arrival
        assertProblem(Api.as("population").postJson(REGISTRATIONS + q(PURPOSE), "{\"personId\":\"" + adult
                + "\",\"address\":" + address(NAAMSESTRAAT, "144", box()) + ",\"registerType\":\"POPULATION\","
                + "\"date\":\"" + TODAY + "\",\"origin\":{\"kind\":\"ABROAD\",\"country\":\"NL\"},"
                + "\"basis\":{\"kind\":\"DECLARATION\"},\"members\":[{\"personId\":\"" + other
                + "\",\"position\":\"SPOUSE_OR_PARTNER\"}]}", Map.of()), 400, "members", "arrival-only");
    }

    @Test
    void theECounterDeclaresAnArrivalAndARetryWithTheSameIdempotencyKeyGetsTheSameAnswer() throws Exception {
        String declarant = ActsClient.person("Eloket", "Eva", "1990-09-09", "F", PURPOSE);
        String child = ActsClient.person("Eloket", "Emma", TODAY.minusYears(4).toString(), "F", PURPOSE);
        Api eCounter = FrontOfficeApiIT.integrator();
        String body = family(declarant, "[{\"personId\":\"" + child + "\",\"position\":\"CHILD\"}]",
                address(NAAMSESTRAAT, "145", box()), "24038");
        Map<String, String> key = Map.of("Idempotency-Key", "arrival-" + java.util.UUID.randomUUID());
        Api.Reply first = eCounter.postJson(REGISTRATIONS + q("e-counter: arrival declaration"), body, key);
        assertEquals(202, first.status(), first.body());
        assertEquals("ELECTRONIC", first.json().getString("channel"));
        assertEquals(2, first.json().getJsonArray("members").size());
        Api.Reply retry = eCounter.postJson(REGISTRATIONS + q("e-counter: arrival declaration"), body, key);
        assertEquals(202, retry.status(), retry.body());
        assertEquals(first.json().getString("id"), retry.json().getString("id"), "the retry answers the first");
        assertEquals(first.etag(), retry.etag());
        Api.Reply other = eCounter.postJson(REGISTRATIONS + q("e-counter: arrival declaration"), family(declarant,
                "[]", address(NAAMSESTRAAT, "146", box()), "24038"), key);
        assertEquals(422, other.status(), other.body());
        assertEquals(1, AddressChangeApiIT.count("SELECT COUNT(*) FROM population.address_change WHERE declarant_id = "
                + "?::uuid", declarant), "one procedure");
        // a new identity needs the population officer (WRITE_PERSON), not the e-counter
        String identity = "{\"familyName\":\"Nieuw\",\"givenNames\":\"Nina\",\"birthDate\":\"1991-01-01\","
                + "\"birthPlaceNis\":\"24038\",\"sex\":\"F\",\"nationalities\":[\"BE\"]}";
        assertEquals(403, eCounter.postJson(REGISTRATIONS + q("e-counter: arrival declaration"), "{\"person\":"
                + identity + ",\"address\":" + address(NAAMSESTRAAT, "147", box()) + ",\"registerType\":"
                + "\"POPULATION\",\"date\":\"" + TODAY + "\",\"origin\":{\"kind\":\"MUNICIPALITY\","
                + "\"municipalityNis\":\"24038\"},\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of()).status());
    }

    @Test
    void anExOfficioRemovalWithdrawsTheOpenChangeOfAddressAndEndsTheIdentityCard() {
        String person = ActsClient.person("Afgevoerd", "Axel", "1979-07-07", "M", PURPOSE);
        Api.Reply registered = Api.as("population").postJson(REGISTRATIONS + q(PURPOSE), "{\"personId\":\"" + person
                + "\",\"address\":" + address(NAAMSESTRAAT, "148", box()) + ",\"registerType\":\"POPULATION\","
                + "\"date\":\"" + TODAY.minusDays(300) + "\",\"origin\":{\"kind\":\"ABROAD\",\"country\":\"NL\"},"
                + "\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of());
        assertEquals(201, registered.status(), registered.body());
        String card = IdentityDocumentApiIT.activated(person);
        Api.Reply declared = AddressChangeApiIT.declare("clerk", person, List.of(person),
                address(NAAMSESTRAAT, "149", box()), TODAY.minusDays(1));
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");

        Api.Reply proposed = RegisterProceduresApiIT.post(person, "removal-proposals", "{\"absentSince\":\""
                + TODAY.minusDays(60) + "\"}");
        assertEquals(201, proposed.status(), proposed.body());
        String proposal = proposed.json().getJsonObject("removalProposal").getString("id");
        Api.Reply report = RegisterProceduresApiIT.post(person, "removal-proposals/" + proposal + "/police-report",
                "{\"reference\":\"PV LE.2026.0777\",\"findingDate\":\"" + TODAY.minusDays(10) + "\"}");
        assertEquals(200, report.status(), report.body());
        Api.Reply removed = RegisterProceduresApiIT.post(person, "removal-proposals/" + proposal + "/decision",
                "{\"decisionDate\":\"" + TODAY.minusDays(1) + "\",\"decisionReference\":\"college 2026/301\"}");
        assertEquals(200, removed.status(), removed.body());
        assertEquals("REMOVED", removed.json().getString("status"));

        JsonObject withdrawn = Api.as("clerk").get(path(id) + "?purpose=" + q(PURPOSE)).json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"), withdrawn.toString());
        assertTrue(withdrawn.getString("decisionMotivation").contains("removed ex officio"), withdrawn.toString());
        assertFalse(queueIds().contains(id), "not left in the work queue");
        JsonObject doc = Api.as("clerk").get(IdentityDocumentApiIT.BASE + "/" + card + "?purpose=" + q(PURPOSE)).json();
        assertEquals("CANCELLED", doc.getString("status"), doc.toString());
        JsonObject last = doc.getJsonArray("history").getJsonObject(doc.getJsonArray("history").size() - 1);
        assertEquals("system", last.getString("by"));
        assertTrue(last.getString("reason").contains("ex-officio removal"), last.toString());
    }

    @Test
    void aFamilyArrivingJoinsTheHouseholdAlreadyAtTheAddressOnApproval() {
        String resident = ActsClient.person("Gastgezin", "Gerda", "1970-02-02", "F", PURPOSE);
        String box = box();
        Api.Reply registered = Api.as("population").postJson(REGISTRATIONS + q(PURPOSE), "{\"personId\":\"" + resident
                + "\",\"address\":" + address(NAAMSESTRAAT, "150", box) + ",\"registerType\":\"POPULATION\","
                + "\"date\":\"" + TODAY.minusDays(100) + "\",\"origin\":{\"kind\":\"ABROAD\",\"country\":\"NL\"},"
                + "\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of());
        assertEquals(201, registered.status(), registered.body());
        String household = registered.json().getJsonObject("household").getString("householdId");
        String partner = ActsClient.person("Gastgezin", "Gerrit", "1969-09-09", "M", PURPOSE);
        String child = ActsClient.person("Gastgezin", "Gijs", TODAY.minusYears(12).toString(), "M", PURPOSE);
        String join = "{\"personId\":\"" + partner + "\",\"address\":" + address(NAAMSESTRAAT, "150", box)
                + ",\"registerType\":\"POPULATION\",\"date\":\"" + TODAY.minusDays(1) + "\",\"origin\":{\"kind\":"
                + "\"MUNICIPALITY\",\"municipalityNis\":\"12025\"},\"household\":{\"householdId\":\"" + household
                + "\",\"position\":\"SPOUSE_OR_PARTNER\"},\"basis\":{\"kind\":\"DECLARATION\"},\"members\":";
        assertProblem(Api.as("clerk").postJson(REGISTRATIONS + q(PURPOSE), join + "[{\"personId\":\"" + child
                + "\",\"position\":\"REFERENCE_PERSON\"}]}", Map.of()), 400, "members[0].position",
                "reference-person-taken");
        Api.Reply declared = Api.as("clerk").postJson(REGISTRATIONS + q(PURPOSE), join + "[{\"personId\":\"" + child
                + "\",\"position\":\"CHILD\"}]}", Map.of());
        assertEquals(202, declared.status(), declared.body());
        assertEquals(household, declared.json().getString("householdId"));
        String id = declared.json().getString("id");
        Api.Reply checked = Api.bearer(AuthApiIT.token()).postJson(path(id) + "/residence-check?purpose=" + q(POLICE),
                "{\"outcome\":\"POSITIVE\",\"visitDate\":\"" + TODAY + "\"}", Map.of("If-Match", declared.etag()));
        assertEquals(200, checked.status(), checked.body());
        Api.Reply approved = Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\"}",
                Map.of("If-Match", checked.etag()));
        assertEquals(200, approved.status(), approved.body());
        JsonObject h = file(child).getJsonObject("household");
        assertEquals(household, h.getString("householdId"));
        assertEquals(java.util.Set.of(resident + " 01", partner + " 02", child + " 03"), h.getJsonArray("members").stream()
                .map(v -> v.asJsonObject().getString("personId") + " " + v.asJsonObject().getString("positionCode"))
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals("12025", file(partner).getJsonObject("residence").getString("originNis"));
    }

    static final String REGISTRATIONS = "/api/v1/population/registrations?purpose=";

    /** An arrival declared by {@code declarant} (known to the kernel, a new household) with the family {@code members}. */
    static String family(String declarant, String members, String address, String nis) {
        return "{\"personId\":\"" + declarant + "\",\"address\":" + address + ",\"registerType\":\"POPULATION\","
                + "\"date\":\"" + TODAY.minusDays(2) + "\",\"origin\":{\"kind\":\"MUNICIPALITY\",\"municipalityNis\":\""
                + nis + "\"},\"basis\":{\"kind\":\"DECLARATION\"},\"members\":" + members + "}";
    }

    // ------------------------------------------------------------------ helpers

    static Api.Reply arrival(String family, String given, String address, LocalDate date, String nis) {
        String person = "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"1980-06-15\","
                + "\"birthPlaceNis\":\"" + nis + "\",\"sex\":\"M\",\"nationalities\":[\"BE\"],\"allocateNationalNumber\":true}";
        return Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE),
                "{\"person\":" + person + ",\"address\":" + address + ",\"registerType\":\"POPULATION\",\"date\":\""
                        + date + "\",\"origin\":{\"kind\":\"MUNICIPALITY\",\"municipalityNis\":\"" + nis + "\"},"
                        + "\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of());
    }

    static String path(String id) {
        return "/api/v1/population/address-changes/" + id;
    }

    static JsonObject file(String person) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/residents/" + person + "?purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static List<String> queueIds() {
        return Api.as("clerk").get("/api/v1/population/address-changes?size=100&purpose=" + q(PURPOSE)).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    /** The procedure in the police's pending checks (pages of 100, oldest due first). */
    static JsonObject pending(Api police, String id) {
        for (int page = 0; page < 50; page++) {
            Api.Reply r = police.get("/api/v1/population/residence-checks?size=100&page=" + page + "&purpose=" + q(POLICE));
            assertEquals(200, r.status(), r.body());
            List<JsonObject> items = r.json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
            for (JsonObject i : items) {
                if (i.getString("id").equals(id)) {
                    return i;
                }
            }
            if (items.isEmpty()) {
                break;
            }
        }
        fail("change of address " + id + " not among the pending residence checks");
        return null;
    }

    /** A category subscription MAIN_RESIDENCE (020) of the police client, feed only; returns its id. */
    static String subscribe(Api client) {
        Api.Reply s = client.postJson("/api/v1/subscriptions?purpose=" + q(POLICE), "{\"category\":\"MAIN_RESIDENCE\"}",
                Map.of());
        assertEquals(201, s.status(), s.body());
        return s.json().getString("id");
    }

    static long latestCursor(Api client) {
        long cursor = 0;
        for (int i = 0; i < 1000; i++) {
            JsonObject feed = client.get("/api/v1/subscriptions/feed?after=" + cursor + "&limit=100&purpose=" + q(POLICE))
                    .json();
            if (feed.getJsonArray("items").isEmpty()) {
                return cursor;
            }
            cursor = feed.getJsonNumber("nextCursor").longValue();
        }
        return cursor;
    }

    /** Waits (the outbox is published after the commit) for the client's notification of the person's event. */
    static JsonObject awaitNotification(Api client, long after, String person, String event) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            long cursor = after;
            for (int i = 0; i < 1000; i++) {
                JsonObject feed = client.get("/api/v1/subscriptions/feed?after=" + cursor + "&limit=100&purpose="
                        + q(POLICE)).json();
                List<JsonObject> items = feed.getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
                for (JsonObject n : items) {
                    if (n.getString("personId").equals(person) && n.getString("event").equals(event)) {
                        return n;
                    }
                }
                if (items.isEmpty()) {
                    break;
                }
                cursor = feed.getJsonNumber("nextCursor").longValue();
            }
            Thread.sleep(500);
        }
        fail("no " + event + " notification for " + person);
        return null;
    }
}
