package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register procedures end to end on PostgreSQL: departure abroad and return, the household's new reference
 * person, temporary absence (one year, extended once, ended early), reference address at the OCMW and at a
 * consenting host, ex-officio removal on a police report; every refusal names the field and stores nothing; two
 * concurrent changes of one person store one; Idempotency-Key; the protocol log.
 */
@ExtendWith(PayaraServer.class)
class RegisterProceduresApiIT {
    static final String PURPOSE = "integration test register procedures 2026/0031";
    static final String NAAMSESTRAAT = "1020";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    // ------------------------------------------------------------------ departure abroad and return

    @Test
    void aDepartureAbroadEndsResidenceHouseholdAndRegisterAndAReturnRegistersAgain() {
        String box = box();
        String id = registerNew("Novak", "Petra", address(NAAMSESTRAAT, "101", box), TODAY.minusDays(100), null);
        LocalDate left = TODAY.minusDays(5);
        Api.Reply emigrated = post(id, "emigration", "{\"country\":\"pl\",\"foreignAddress\":\"ul. Floriańska 3, Kraków\","
                + "\"date\":\"" + left + "\",\"basis\":{\"kind\":\"DECLARATION\",\"reference\":\"model 8 2026/12\"}}");
        assertEquals(200, emigrated.status(), emigrated.body());
        JsonObject file = emigrated.json();
        assertEquals("EMIGRATED", file.getString("status"));
        assertEquals("PL", file.getJsonObject("emigration").getString("country"));
        assertEquals(emigrated.etag(), file(id).etag(), "the answer's ETag is the file's");

        JsonObject stored = file(id).json();
        assertFalse(stored.containsKey("residence"), "no main residence in the city any more");
        assertFalse(stored.containsKey("household"));
        JsonObject period = stored.getJsonArray("residences").getJsonObject(0);
        assertEquals(left.toString(), period.getString("validTo"));
        assertEquals("population", period.getString("closedBy"));
        assertEquals(left.toString(), stored.getJsonArray("registers").getJsonObject(0).getString("validTo"));
        JsonArray emigrations = list(id, "emigrations");
        assertEquals(1, emigrations.size());
        assertEquals(left.toString(), emigrations.getJsonObject(0).getString("validFrom"));
        assertEquals("ul. Floriańska 3, Kraków", emigrations.getJsonObject(0).getString("foreignAddress"));
        assertEquals("model 8 2026/12", emigrations.getJsonObject(0).getString("basisRef"));
        assertEquals(0, occupants(NAAMSESTRAAT, "101", box, TODAY).size());
        assertEquals(1, occupants(NAAMSESTRAAT, "101", box, left.minusDays(1)).size());

        assertConflict(post(id, "emigration", "{\"country\":\"PL\",\"date\":\"" + TODAY + "\"}"), "not-registered");

        String newBox = box();
        Api.Reply back = post(id, "return", "{\"address\":" + address(NAAMSESTRAAT, "102", newBox)
                + ",\"registerType\":\"POPULATION\",\"date\":\"" + TODAY.minusDays(1) + "\"}");
        assertEquals(200, back.status(), back.body());
        JsonObject returned = back.json();
        assertEquals("REGISTERED", returned.getString("status"));
        assertEquals("POPULATION", returned.getString("registerType")); // a Belgian: issue 3
        assertFalse(returned.containsKey("emigration"));
        JsonObject residence = returned.getJsonObject("residence");
        assertEquals("ABROAD", residence.getString("origin"));
        assertEquals("PL", residence.getString("originCountry"), "from the country of the departure");
        assertEquals(newBox, residence.getJsonObject("address").getString("box"));
        assertEquals(2, returned.getJsonArray("registers").size());
        assertEquals(TODAY.minusDays(1).toString(), list(id, "emigrations").getJsonObject(0).getString("validTo"));
        assertEquals("01", returned.getJsonObject("household").getJsonArray("members").getJsonObject(0)
                .getString("positionCode"));
        assertConflict(post(id, "return", "{\"address\":" + address(NAAMSESTRAAT, "102", newBox)
                + ",\"registerType\":\"POPULATION\",\"date\":\"" + TODAY + "\"}"), "already-registered");

        List<JsonObject> log = log(id);
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("CHANGE") && e.getString("outcome").equals("OK")
                && e.getString("query").startsWith("population.emigration: departure abroad to PL on " + left)
                && e.getJsonArray("informationTypes").toString().contains("022")
                && e.getJsonArray("informationTypes").toString().contains("020")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.getString("outcome").equals("DENIED")
                && e.getString("query").equals("population.emigration refused: not-registered")), log.toString());
    }

    @Test
    void theReferencePersonLeavingAHouseholdOthersStayInNamesTheNewReferencePerson() {
        String box = box();
        String a = registerNew("Kovacs", "Attila", address(NAAMSESTRAAT, "103", box), TODAY.minusDays(60), null);
        String household = file(a).json().getJsonObject("household").getString("householdId");
        String b = registerNew("Kovacs", "Eva", address(NAAMSESTRAAT, "103", box), TODAY.minusDays(50),
                "{\"householdId\":\"" + household + "\",\"position\":\"SPOUSE_OR_PARTNER\"}");
        String version = file(a).etag();

        Api.Reply refused = post(a, "emigration", "{\"country\":\"HU\",\"date\":\"" + TODAY + "\"}");
        assertProblem(refused, "newReferencePersonId", "required");
        assertEquals(version, file(a).etag(), "nothing stored");
        assertEquals("REGISTERED", file(a).json().getString("status"));
        assertProblem(post(a, "emigration", "{\"country\":\"HU\",\"date\":\"" + TODAY + "\",\"newReferencePersonId\":\""
                + UUID.randomUUID() + "\"}"), "newReferencePersonId", "not-in-household");
        assertProblem(post(b, "emigration", "{\"country\":\"HU\",\"date\":\"" + TODAY + "\",\"newReferencePersonId\":\""
                + a + "\"}"), "newReferencePersonId", "not-reference-person");

        Api.Reply left = post(a, "emigration", "{\"country\":\"HU\",\"date\":\"" + TODAY + "\",\"newReferencePersonId\":\""
                + b + "\"}");
        assertEquals(200, left.status(), left.body());
        JsonObject now = household(b, TODAY);
        assertEquals(household, now.getString("householdId"), "the household stays");
        assertEquals(1, now.getJsonArray("members").size());
        assertEquals(b, now.getJsonArray("members").getJsonObject(0).getString("personId"));
        assertEquals("01", now.getJsonArray("members").getJsonObject(0).getString("positionCode"));
        JsonObject yesterday = household(b, TODAY.minusDays(1));
        assertEquals(2, yesterday.getJsonArray("members").size());
        assertEquals(a, yesterday.getJsonArray("members").getJsonObject(0).getString("personId"));
    }

    @Test
    void departureRefusalsNameTheFieldAndStoreNothing() {
        String id = registerNew("Jansen", "Bram", address(NAAMSESTRAAT, "104", box()), TODAY.minusDays(30), null);
        String version = file(id).etag();
        assertProblem(post(id, "emigration", "{\"country\":\"BE\",\"date\":\"" + TODAY + "\"}"), "country", "not-abroad");
        assertProblem(post(id, "emigration", "{\"country\":\"XX\",\"date\":\"" + TODAY + "\"}"), "country", "unknown");
        assertProblem(post(id, "emigration", "{\"date\":\"" + TODAY + "\"}"), "country", "required");
        assertProblem(post(id, "emigration", "{\"country\":\"NL\",\"date\":\"" + TODAY.plusDays(1) + "\"}"), "date",
                "future");
        assertProblem(post(id, "emigration", "{\"country\":\"NL\",\"date\":\"" + TODAY.minusDays(31) + "\"}"), "date",
                "before-current-residence");
        assertEquals(403, Api.as("clerk").postJson(path(id, "emigration"), "{\"country\":\"NL\",\"date\":\"" + TODAY
                + "\"}", Map.of()).status(), "the clerk may read, not change");
        assertEquals(404, post(UUID.randomUUID().toString(), "emigration", "{\"country\":\"NL\",\"date\":\"" + TODAY
                + "\"}").status());
        assertEquals(version, file(id).etag(), "nothing stored by any refusal");
        assertEquals(0, list(id, "emigrations").size());
        assertEquals(200, Api.as("clerk").get("/api/v1/population/residents/" + id + "/emigrations?purpose="
                + q(PURPOSE)).status(), "the clerk may read");
    }

    // ------------------------------------------------------------------ temporary absence

    @Test
    void aTemporaryAbsenceOfAtMostAYearIsExtendedOnceAndEndedEarly() {
        String box = box();
        String id = registerNew("Student", "Lena", address(NAAMSESTRAAT, "105", box), TODAY.minusDays(400), null);
        LocalDate from = TODAY.minusDays(10);
        String tooLong = absence("STUDIES", from, from.plusYears(1).plusDays(1));
        assertProblem(post(id, "temporary-absences", tooLong), "plannedEnd", "over-limit");
        assertProblem(post(id, "temporary-absences", absence("HOLIDAY", from, from.plusMonths(2))), "reason", "unknown");
        assertEquals(0, list(id, "temporary-absences").size(), "nothing stored");

        LocalDate planned = from.plusMonths(6);
        Api.Reply recorded = post(id, "temporary-absences", absence("STUDIES", from, planned));
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject absence = recorded.json().getJsonObject("temporaryAbsence");
        assertNotNull(absence, recorded.body());
        assertTrue(absence.getBoolean("current"));
        assertEquals("STUDIES", absence.getString("reason"));
        assertEquals(box, recorded.json().getJsonObject("residence").getJsonObject("address").getString("box"),
                "the person keeps the main residence");
        assertEquals(1, occupants(NAAMSESTRAAT, "105", box, TODAY).size());
        String absenceId = absence.getString("id");

        assertProblem(post(id, "temporary-absences", absence("HEALTH", planned.minusDays(1), planned.plusDays(30))),
                "from", "overlap");
        String extension = "temporary-absences/" + absenceId + "/extension";
        assertProblem(post(id, extension, "{\"plannedEnd\":\"" + planned.plusYears(1).plusDays(1) + "\"}"),
                "plannedEnd", "over-limit");
        Api.Reply extended = post(id, extension, "{\"plannedEnd\":\"" + planned.plusYears(1) + "\",\"basis\":"
                + "{\"kind\":\"DECLARATION\",\"reference\":\"extension letter\"}}");
        assertEquals(200, extended.status(), extended.body());
        assertEquals(planned.plusYears(1).toString(), extended.json().getJsonObject("temporaryAbsence")
                .getString("plannedEnd"));
        assertProblem(post(id, extension, "{\"plannedEnd\":\"" + planned.plusYears(1).plusDays(5) + "\"}"),
                "plannedEnd", "already-extended");

        String end = "temporary-absences/" + absenceId + "/end";
        assertProblem(post(id, end, "{\"date\":\"" + TODAY.plusDays(1) + "\"}"), "date", "future");
        Api.Reply back = post(id, end, "{\"date\":\"" + TODAY + "\",\"remarks\":\"back from Erasmus early\"}");
        assertEquals(200, back.status(), back.body());
        assertFalse(back.json().containsKey("temporaryAbsence"), "no current absence after the return");
        assertConflict(post(id, end, "{\"date\":\"" + TODAY + "\"}"), "absence-ended");

        JsonArray history = list(id, "temporary-absences");
        assertEquals(1, history.size());
        JsonObject h = history.getJsonObject(0);
        assertEquals(from.toString(), h.getString("validFrom"));
        assertEquals(TODAY.toString(), h.getString("validTo"));
        assertEquals(planned.toString(), h.getString("originalPlannedEnd"));
        assertEquals(1, h.getInt("extensions"));
        assertEquals("population", h.getString("recordedBy"));
        assertEquals("population", h.getString("extendedBy"));
        assertEquals("extension letter", h.getString("extensionBasisRef"));
        assertEquals("population", h.getString("closedBy"));
        assertTrue(h.getString("rule").contains("1992-07-16"), h.getString("rule"));

        List<JsonObject> log = log(id);
        assertTrue(log.stream().anyMatch(e -> e.getString("outcome").equals("OK")
                && e.getString("query").startsWith("population.temporary-absence: temporary absence " + absenceId)
                && e.getJsonArray("informationTypes").toString().contains("026")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.getString("outcome").equals("INVALID")
                && e.getString("query").contains("plannedEnd over-limit")), log.toString());
    }

    @Test
    void aPersonWhoIsNotRegisteredCannotBeTemporarilyAbsent() {
        String id = registerNew("Weg", "Tom", address(NAAMSESTRAAT, "106", box()), TODAY.minusDays(30), null);
        assertEquals(200, post(id, "emigration", "{\"country\":\"FR\",\"date\":\"" + TODAY + "\"}").status());
        assertConflict(post(id, "temporary-absences", absence("STUDIES", TODAY, TODAY.plusMonths(1))), "not-registered");
        assertEquals(0, list(id, "temporary-absences").size());
    }

    // ------------------------------------------------------------------ reference address

    @Test
    void aHomelessPersonGetsAReferenceAddressAtTheOcmwShownWithItsMarker() {
        String id = registerNew("Zonder", "Vaste", address(NAAMSESTRAAT, "107", box()), TODAY.minusDays(300), null);
        LocalDate from = TODAY.minusDays(3);
        assertProblem(post(id, "reference-address", "{\"category\":\"HOMELESS\",\"kind\":\"OCMW\",\"address\":"
                + address(NAAMSESTRAAT, "1", "") + ",\"date\":\"" + from + "\"}"), "address", "not-for-ocmw");
        Api.Reply given = post(id, "reference-address", "{\"category\":\"HOMELESS\",\"kind\":\"OCMW\",\"date\":\""
                + from + "\"}");
        assertEquals(201, given.status(), given.body());
        JsonObject file = given.json();
        assertEquals("OCMW", file.getJsonObject("residence").getString("referenceAddress"));
        assertEquals("1260", file.getJsonObject("residence").getJsonObject("address").getString("streetCode"));
        assertEquals("47", file.getJsonObject("residence").getJsonObject("address").getString("houseNumber"));
        assertEquals("HOMELESS", file.getJsonObject("referenceAddress").getString("category"));
        assertEquals(1, file.getJsonObject("household").getJsonArray("members").size(), "a household of their own");
        JsonObject occupant = occupants("1260", "47", "", TODAY).stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("personId").equals(id)).findFirst().orElseThrow();
        assertEquals("OCMW", occupant.getString("referenceAddress"), "residents-at shows the marker");

        assertConflict(post(id, "reference-address", "{\"category\":\"HOMELESS\",\"kind\":\"OCMW\",\"date\":\"" + TODAY
                + "\"}"), "open-reference-address");

        String box = box();
        Api.Reply ended = post(id, "reference-address/end", "{\"date\":\"" + TODAY + "\",\"address\":"
                + address(NAAMSESTRAAT, "108", box) + "}");
        assertEquals(200, ended.status(), ended.body());
        assertFalse(ended.json().getJsonObject("residence").containsKey("referenceAddress"));
        assertFalse(ended.json().containsKey("referenceAddress"));
        JsonArray history = list(id, "reference-addresses");
        assertEquals(1, history.size());
        assertEquals(from.toString(), history.getJsonObject(0).getString("validFrom"));
        assertEquals(TODAY.toString(), history.getJsonObject(0).getString("validTo"));
        JsonArray residences = file(id).json().getJsonArray("residences");
        assertEquals(3, residences.size());
        assertEquals("OCMW", residences.getJsonObject(1).getString("referenceAddress"));
        assertEquals(TODAY.toString(), residences.getJsonObject(1).getString("validTo"));
    }

    @Test
    void aPrivateHostMustConsentAndLiveAtTheAddress() {
        String hostBox = box();
        String host = registerNew("Gastvrij", "Hilde", address(NAAMSESTRAAT, "109", hostBox), TODAY.minusDays(500), null);
        String elsewhere = box();
        registerNew("Ander", "Adres", address(NAAMSESTRAAT, "110", elsewhere), TODAY.minusDays(500), null);
        String id = registerNew("Schipper", "Karel", address(NAAMSESTRAAT, "111", box()), TODAY.minusDays(200), null);
        String version = file(id).etag();
        LocalDate from = TODAY.minusDays(1);
        String base = "{\"category\":\"MOBILE_DWELLING\",\"kind\":\"PRIVATE_HOST\",\"hostPersonId\":\"" + host
                + "\",\"date\":\"" + from + "\"";

        assertProblem(post(id, "reference-address", base + ",\"address\":" + address(NAAMSESTRAAT, "109", hostBox) + "}"),
                "hostConsent", "required");
        assertProblem(post(id, "reference-address", base + ",\"address\":" + address(NAAMSESTRAAT, "110", elsewhere)
                + ",\"hostConsent\":{\"date\":\"" + from + "\",\"reference\":\"consent 2026/5\"}}"),
                "hostPersonId", "not-resident-at-address");
        assertProblem(post(id, "reference-address", base + ",\"address\":" + address(NAAMSESTRAAT, "109", hostBox)
                + ",\"hostConsent\":{\"date\":\"" + from.plusDays(1) + "\",\"reference\":\"consent 2026/5\"}}"),
                "hostConsent.date", "after-start");
        assertEquals(version, file(id).etag(), "nothing stored");
        assertEquals(0, list(id, "reference-addresses").size());

        Api.Reply given = post(id, "reference-address", base + ",\"address\":" + address(NAAMSESTRAAT, "109", hostBox)
                + ",\"hostConsent\":{\"date\":\"" + from.minusDays(3) + "\",\"reference\":\"consent 2026/5\"}}");
        assertEquals(201, given.status(), given.body());
        JsonObject reference = given.json().getJsonObject("referenceAddress");
        assertEquals(host, reference.getString("hostPersonId"));
        assertEquals("consent 2026/5", reference.getString("hostConsentReference"));
        assertEquals("PRIVATE_HOST", given.json().getJsonObject("residence").getString("referenceAddress"));
        List<JsonObject> at = occupants(NAAMSESTRAAT, "109", hostBox, TODAY).stream().map(v -> v.asJsonObject()).toList();
        assertEquals(2, at.size());
        assertTrue(at.stream().anyMatch(o -> o.getString("personId").equals(host) && !o.containsKey("referenceAddress")));
        assertTrue(at.stream().anyMatch(o -> o.getString("personId").equals(id)
                && o.getString("referenceAddress").equals("PRIVATE_HOST")));
        assertEquals(1, household(host, TODAY).getJsonArray("members").size(), "not a member of the host's household");
    }

    @Test
    void anApprovedChangeOfAddressEndsTheReferenceAddress() throws Exception {
        String id = registerNew("Verhuizer", "Vic", address(NAAMSESTRAAT, "118", box()), TODAY.minusDays(300), null);
        assertEquals(201, post(id, "reference-address", "{\"category\":\"HOMELESS\",\"kind\":\"OCMW\",\"date\":\""
                + TODAY.minusDays(30) + "\"}").status());
        String box = box();
        Api.Reply declared = Api.as("clerk").postJson("/api/v1/population/address-changes?purpose=" + q(PURPOSE),
                "{\"declarantId\":\"" + id + "\",\"members\":[{\"personId\":\"" + id + "\"}],\"address\":"
                        + address(NAAMSESTRAAT, "119", box) + ",\"moveDate\":\"" + TODAY + "\"}", Map.of());
        assertEquals(201, declared.status(), declared.body());
        String change = declared.json().getString("id");
        Api.Reply checked = Api.bearer(AuthApiIT.token()).postJson("/api/v1/population/address-changes/" + change
                + "/residence-check?purpose=" + q("police PV 2026/9"), "{\"outcome\":\"POSITIVE\",\"visitDate\":\""
                + TODAY + "\"}", Map.of());
        assertEquals(200, checked.status(), checked.body());
        Api.Reply approved = Api.as("population").postJson("/api/v1/population/address-changes/" + change
                + "/decision?purpose=" + q(PURPOSE), "{\"decision\":\"APPROVE\"}", Map.of("If-Match", checked.etag()));
        assertEquals(200, approved.status(), approved.body());

        JsonObject file = file(id).json();
        assertFalse(file.containsKey("referenceAddress"), "no reference address after the move");
        assertFalse(file.getJsonObject("residence").containsKey("referenceAddress"));
        assertEquals(box, file.getJsonObject("residence").getJsonObject("address").getString("box"));
        assertEquals(TODAY.toString(), list(id, "reference-addresses").getJsonObject(0).getString("validTo"),
                "ended on the day the change of address takes effect");
    }

    @Test
    void aDeathEndsACurrentTemporaryAbsenceTheDayAfter() {
        String id = registerNew("Overleden", "Odiel", address(NAAMSESTRAAT, "121", box()), TODAY.minusDays(300), null);
        assertEquals(201, post(id, "temporary-absences", absence("CARE_HOME", TODAY.minusDays(20),
                TODAY.plusMonths(3))).status());
        LocalDate death = TODAY.minusDays(2);
        Api.Reply person = Api.as("population").get("/api/v1/persons/" + id + "?purpose=" + q(PURPOSE));
        Api.Reply died = Api.as("registrar").postJson("/api/v1/persons/" + id + "/facts?purpose=" + q(PURPOSE),
                "{\"fact\":\"DEATH\",\"value\":{\"date\":\"" + death + "\",\"placeNis\":\"24062\"},"
                        + "\"basis\":{\"kind\":\"ACT\",\"reference\":\"death act 2026/91\"}}", Map.of("If-Match", person.etag()));
        assertEquals(200, died.status(), died.body());
        JsonObject absence = list(id, "temporary-absences").getJsonObject(0);
        assertEquals(death.plusDays(1).toString(), absence.getString("validTo"));
        assertEquals("registrar", absence.getString("closedBy"));
        assertFalse(file(id).json().containsKey("temporaryAbsence"));
    }

    // ------------------------------------------------------------------ ex-officio removal

    @Test
    void theCollegeRemovesOnAPoliceReportAndAShortAbsenceIsFlagged() {
        String box = box();
        String id = registerNew("Verdwenen", "Victor", address(NAAMSESTRAAT, "112", box), TODAY.minusDays(400), null);
        Api.Reply proposed = post(id, "removal-proposals", "{\"absentSince\":\"" + TODAY.minusDays(60)
                + "\",\"remarks\":\"post returned, neighbours report departure\"}");
        assertEquals(201, proposed.status(), proposed.body());
        JsonObject proposal = proposed.json().getJsonObject("removalProposal");
        assertEquals("PROPOSED", proposal.getString("status"));
        assertTrue(proposal.getBoolean("shortAbsence"), "60 days is under the 6 months");
        String proposalId = proposal.getString("id");
        String decision = "removal-proposals/" + proposalId + "/decision";
        String decide = "{\"decisionDate\":\"" + TODAY.minusDays(1) + "\",\"decisionReference\":\"college 2026/118\"}";
        String version = file(id).etag();

        assertProblem(post(id, decision, decide), "policeReport", "required");
        assertEquals(version, file(id).etag(), "nothing stored");
        assertEquals("REGISTERED", file(id).json().getString("status"));
        assertConflict(post(id, "removal-proposals", "{\"absentSince\":\"" + TODAY.minusDays(60) + "\"}"), "open-proposal");

        assertProblem(post(id, "removal-proposals/" + proposalId + "/police-report", "{\"reference\":\"PV LE.2026.0412\","
                + "\"findingDate\":\"" + TODAY.minusDays(70) + "\"}"), "findingDate", "before-absence");
        Api.Reply report = post(id, "removal-proposals/" + proposalId + "/police-report",
                "{\"reference\":\"PV LE.2026.0412\",\"findingDate\":\"" + TODAY.minusDays(10) + "\"}");
        assertEquals(200, report.status(), report.body());
        assertEquals(403, Api.as("clerk").postJson(path(id, decision), decide, Map.of()).status());

        Api.Reply removed = post(id, decision, decide);
        assertEquals(200, removed.status(), removed.body());
        JsonObject file = removed.json();
        assertEquals("REMOVED", file.getString("status"));
        JsonObject decided = file.getJsonObject("removalProposal");
        assertEquals("DECIDED", decided.getString("status"));
        assertEquals("college 2026/118", decided.getString("decisionReference"));
        assertTrue(decided.getBoolean("shortAbsence"));
        assertTrue(decided.getString("warning").contains("P6M"), decided.getString("warning"));
        assertFalse(file.containsKey("residence"));
        assertEquals(TODAY.minusDays(1).toString(), file.getJsonArray("residences").getJsonObject(0).getString("validTo"));
        assertEquals(TODAY.minusDays(1).toString(), file.getJsonArray("registers").getJsonObject(0).getString("validTo"));
        assertEquals(0, occupants(NAAMSESTRAAT, "112", box, TODAY).size());
        JsonObject stored = list(id, "removal-proposals").getJsonObject(0);
        assertEquals("PV LE.2026.0412", stored.getString("policeReportReference"));
        assertEquals("population", stored.getString("decidedBy"));

        Api.Reply again = post(id, "return", "{\"address\":" + address(NAAMSESTRAAT, "113", box())
                + ",\"registerType\":\"POPULATION\",\"date\":\"" + TODAY + "\"}");
        assertEquals(200, again.status(), again.body());
        assertEquals("OTHER", again.json().getJsonObject("residence").getString("origin"), "a removed person comes back");
    }

    @Test
    void aProposalWithALongAbsenceIsNotFlaggedAndCanBeWithdrawn() {
        String id = registerNew("Gevonden", "Greet", address(NAAMSESTRAAT, "114", box()), TODAY.minusDays(600), null);
        Api.Reply proposed = post(id, "removal-proposals", "{\"absentSince\":\"" + TODAY.minusDays(300)
                + "\",\"policeReport\":{\"reference\":\"PV LE.2026.0500\",\"findingDate\":\"" + TODAY.minusDays(5) + "\"}}");
        assertEquals(201, proposed.status(), proposed.body());
        assertFalse(proposed.json().getJsonObject("removalProposal").getBoolean("shortAbsence"));
        String proposalId = proposed.json().getJsonObject("removalProposal").getString("id");
        String cancel = "removal-proposals/" + proposalId + "/cancellation";
        assertProblem(post(id, cancel, "{}"), "reason", "required");
        Api.Reply cancelled = post(id, cancel, "{\"reason\":\"found at the address by the police on a second visit\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertFalse(cancelled.json().containsKey("removalProposal"));
        assertEquals("REGISTERED", cancelled.json().getString("status"));
        assertEquals("CANCELLED", list(id, "removal-proposals").getJsonObject(0).getString("status"));
        assertConflict(post(id, "removal-proposals/" + proposalId + "/decision", "{\"decisionDate\":\"" + TODAY
                + "\",\"decisionReference\":\"x\"}"), "proposal-closed");
    }

    // ------------------------------------------------------------------ concurrency, versions, retries

    @Test
    void twoConcurrentChangesOfOnePersonStoreOneAndRefuseTheOther() throws Exception {
        String id = registerNew("Gelijktijdig", "Gert", address(NAAMSESTRAAT, "115", box()), TODAY.minusDays(30), null);
        String body = "{\"country\":\"NL\",\"date\":\"" + TODAY + "\"}";
        var pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return post(id, "emigration", body);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                statuses.add(r.status());
                if (r.status() == 409) {
                    assertTrue(r.json().getString("type").endsWith("/concurrent-change")
                            || r.json().getString("type").endsWith("/not-registered"), r.body());
                }
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        JsonObject file = file(id).json();
        assertEquals("EMIGRATED", file.getString("status"));
        assertEquals(1, list(id, "emigrations").size(), "one departure stored, not two");
        assertEquals(1, file.getJsonArray("residences").size());
    }

    @Test
    void aChangeCommittedWhileACommandWaitsMakesItAConflictAndNothingOfItIsStored() throws Exception {
        String id = registerNew("Tussendoor", "Tine", address(NAAMSESTRAAT, "117", box()), TODAY.minusDays(30), null);
        var pool = Executors.newSingleThreadExecutor();
        try (Connection c = DriverManager.getConnection(System.getProperty("bz.test.db.url"),
                System.getProperty("bz.test.db.user"), System.getProperty("bz.test.db.password"))) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT version FROM population.resident"
                    + " WHERE person_id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(id));
                lock.executeQuery().close();
            }
            // another change of the person holds the row; the command reads it, checks, and waits to write it
            Future<Api.Reply> command = pool.submit(() -> post(id, "temporary-absences",
                    absence("MILITARY", TODAY, TODAY.plusMonths(2))));
            Residents.waitForALockWait(c, "resident row");
            try (PreparedStatement bump = c.prepareStatement("UPDATE population.resident SET version = version + 1"
                    + " WHERE person_id = ?")) {
                bump.setObject(1, UUID.fromString(id));
                bump.executeUpdate();
            }
            c.commit();
            Api.Reply reply = command.get();
            assertConflict(reply, "concurrent-change");
        } finally {
            pool.shutdown();
        }
        assertEquals(0, list(id, "temporary-absences").size(), "nothing of the refused command was stored");
        assertTrue(log(id).stream().anyMatch(e -> e.getString("outcome").equals("DENIED")
                && e.getString("query").equals("population.temporary-absence refused: concurrent-change")));
        assertEquals(201, post(id, "temporary-absences", absence("MILITARY", TODAY, TODAY.plusMonths(2))).status(),
                "sent again, it is recorded");
    }


    @Test
    void aStaleIfMatchIsRefusedAndARetryWithTheSameKeyIsNotAppliedTwice() {
        String id = registerNew("Herhaal", "Hanne", address(NAAMSESTRAAT, "116", box()), TODAY.minusDays(30), null);
        String etag = file(id).etag();
        String body = absence("BUSINESS_TRIP", TODAY, TODAY.plusMonths(1));
        Map<String, String> key = Map.of("Idempotency-Key", "absence-" + UUID.randomUUID(), "If-Match", etag);
        Api.Reply first = Api.as("population").postJson(path(id, "temporary-absences"), body, key);
        assertEquals(201, first.status(), first.body());
        Api.Reply retry = Api.as("population").postJson(path(id, "temporary-absences"), body, key);
        assertEquals(201, retry.status(), "the retry answers the file: " + retry.body());
        assertEquals(first.json().getJsonObject("temporaryAbsence").getString("id"),
                retry.json().getJsonObject("temporaryAbsence").getString("id"));
        assertEquals(1, list(id, "temporary-absences").size(), "recorded once");
        Api.Reply other = Api.as("population").postJson(path(id, "temporary-absences"),
                absence("HEALTH", TODAY, TODAY.plusMonths(1)), key);
        assertEquals(422, other.status(), other.body());

        Api.Reply stale = Api.as("population").postJson(path(id, "emigration"), "{\"country\":\"NL\",\"date\":\""
                + TODAY + "\"}", Map.of("If-Match", etag));
        assertEquals(412, stale.status(), stale.body());
        assertEquals("REGISTERED", file(id).json().getString("status"));
        Api.Reply current = Api.as("population").postJson(path(id, "emigration"), "{\"country\":\"NL\",\"date\":\""
                + TODAY + "\"}", Map.of("If-Match", file(id).etag()));
        assertEquals(200, current.status(), current.body());
    }

    // ------------------------------------------------------------------ helpers

    private static String registerNew(String family, String given, String address, LocalDate date, String household) {
        return Residents.registerFromAbroad(family, given, "1980-06-15", "M", address, date, household, PURPOSE);
    }

    static String path(String personId, String command) {
        return "/api/v1/population/residents/" + personId + "/" + command + "?purpose=" + q(PURPOSE);
    }

    static Api.Reply post(String personId, String command, String body) {
        return Api.as("population").postJson(path(personId, command), body, Map.of());
    }

    static Api.Reply file(String personId) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/residents/" + personId + "?purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r;
    }

    static JsonArray list(String personId, String history) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/residents/" + personId + "/" + history + "?purpose="
                + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.any().asJsonArray();
    }

    static JsonObject household(String personId, LocalDate date) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/households?personId=" + personId + "&date=" + date
                + "&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static JsonArray occupants(String street, String number, String box, LocalDate date) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/addresses/residents?streetCode=" + street + "&houseNumber="
                + number + "&box=" + box + "&date=" + date + "&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.any().asJsonArray();
    }

    static List<JsonObject> log(String personId) {
        return Api.as("auditor").get("/api/v1/protocol-log?personId=" + personId + "&size=100").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
    }

    static String absence(String reason, LocalDate from, LocalDate plannedEnd) {
        return "{\"reason\":\"" + reason + "\",\"from\":\"" + from + "\",\"plannedEnd\":\"" + plannedEnd + "\"}";
    }

    static void assertProblem(Api.Reply r, String field, String code) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonArray errors = r.json().getJsonArray("errors");
        assertTrue(errors.stream().map(v -> v.asJsonObject()).anyMatch(e -> e.getString("field").equals(field)
                && e.getString("code").equals(code)), r.body());
    }

    static void assertConflict(Api.Reply r, String type) {
        assertEquals(409, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("https://burgerzaken.be/problems/" + type, r.json().getString("type"));
    }

    static String address(String street, String number, String box) {
        return "{\"streetCode\":\"" + street + "\",\"houseNumber\":\"" + number + "\",\"box\":\"" + box + "\"}";
    }

    static String box() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
