package be.burgerzaken.app.it;

import be.burgerzaken.criminalrecords.application.CriminalRecordsDemoPlan;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Criminal records over REST on PostgreSQL: the "done when" demo person (a 595 extract issued today shows only
 * the prison sentence, and verifies), the register's import (twice = no duplicates; a change replaces with history
 * and withdraws the voting-rights suspension), bad input answered precisely with nothing stored, and the roles.
 */
@ExtendWith(PayaraServer.class)
class CriminalRecordsApiIT {
    static final String PURPOSE = "criminal records IT 2026/0006";
    static final String BASE = "/api/v1/criminal-records";
    static final List<SyntheticPerson> POPULATION = new SyntheticPopulation(42).persons(2000).toList();

    static String registerToken() {
        Api.Reply r = Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "client_credentials", "client_id", "demo-central-register",
                        "client_secret", "demo-central-register-secret")));
        assertEquals(200, r.status(), r.body());
        return r.json().getString("access_token");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    static Api.Reply receive(String user, String body) {
        return Api.as(user).postJson(BASE + "/requests?purpose=" + q(PURPOSE), body, Map.of());
    }

    /** A synthetic adult outside the demo plan (the plan takes every 40th from index 7). */
    static SyntheticPerson unplanned(int nth) {
        int seen = 0;
        for (int i = 0; i < POPULATION.size(); i++) {
            SyntheticPerson p = POPULATION.get(i);
            if (i % 40 != 7 && p.birthDate().isComplete()
                    && p.birthDate().toLocalDate().get().plusYears(30).isBefore(today()) && seen++ == nth) {
                return p;
            }
        }
        throw new IllegalStateException("no such person");
    }

    /**
     * Protection through the training gate: a criminal-records clerk without a valid confidentiality declaration
     * (and course) opens no conviction and no request; the refusal names what is missing. Signing the declaration
     * removes it from what is missing.
     */
    @Test
    void aCriminalRecordsClerkWithoutAValidConfidentialityDeclarationCannotOpenAnyConviction() {
        List<CriminalRecordsDemoPlan.Planned> planned = CriminalRecordsDemoPlan.plan(POPULATION, today());
        String personId = planned.get(0).person().id().toString();
        assertEquals(200, Api.as("criminal").get(BASE + "/persons/" + personId + "/record?purpose=" + q(PURPOSE))
                .status(), "the demo criminal-records clerk holds the declaration and the course");

        String user = "it-cr-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.as("admin").postJson("/api/v1/training/staff", """
                {"userName":"%s","displayName":"IT %s","department":"Burgerzaken","team":"Strafregister",
                 "roles":["criminal-records-clerk"],"initialPassword":"burgerzaken"}""".formatted(user, user), Map.of());
        assertEquals(201, created.status(), created.body());
        String staffId = created.json().getString("id");

        Api newcomer = Api.as(user);
        Api.Reply record = newcomer.get(BASE + "/persons/" + personId + "/record?purpose=" + q(PURPOSE));
        assertEquals(403, record.status(), record.body());
        List<String> missing = record.json().getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
        assertTrue(missing.contains("declaration:CONFIDENTIALITY-CR") && missing.contains("role:criminal-records-clerk"),
                missing.toString());
        assertEquals(403, newcomer.get(BASE + "/requests?purpose=" + q(PURPOSE)).status(), "no request list either");
        assertEquals(403, newcomer.get(BASE + "/persons/" + personId + "/voting-rights?purpose=" + q(PURPOSE))
                .status());

        Api.Reply signed = Api.as("training").postJson("/api/v1/training/staff/" + staffId + "/declarations",
                "{\"typeCode\":\"CONFIDENTIALITY-CR\",\"signedOn\":\"" + today() + "\"}", Map.of());
        assertTrue(signed.status() == 200 || signed.status() == 201, signed.body());
        Api.Reply still = newcomer.get(BASE + "/persons/" + personId + "/record?purpose=" + q(PURPOSE));
        assertEquals(403, still.status(), "the criminal-records course is still missing: " + still.body());
        assertFalse(still.body().contains("declaration:CONFIDENTIALITY-CR"), still.body());
        assertTrue(still.body().contains("course:CRIMINAL-RECORDS"), still.body());
    }

    @Test
    void theDemoPersonsExtract595TodayShowsOnlyThePrisonSentenceAndVerifies() {
        List<CriminalRecordsDemoPlan.Planned> doneWhen = CriminalRecordsDemoPlan.plan(POPULATION, today()).stream()
                .filter(p -> p.scenario() == 0).toList();
        assertFalse(doneWhen.isEmpty());
        // the first of them who is still a resident (other demo data move or bury a few persons)
        Api.Reply received = null;
        SyntheticPerson person = null;
        for (CriminalRecordsDemoPlan.Planned p : doneWhen) {
            received = receive("criminal", "{\"personId\":\"" + p.person().id() + "\",\"model\":\"595\","
                    + "\"statedPurpose\":\"job application\",\"delivery\":\"COUNTER\"}");
            if (received.status() == 201) {
                person = p.person();
                break;
            }
        }
        assertEquals(201, received.status(), received.body());
        JsonObject r = received.json();
        assertEquals("RECEIVED", r.getString("status"));
        assertEquals("M595", r.getString("model"));
        String id = r.getString("id");

        Api.Reply early = Api.as("criminal").postJson(BASE + "/requests/" + id + "/issue?purpose=" + q(PURPOSE), "",
                Map.of("If-Match", received.etag()));
        assertEquals(409, early.status(), "not checked yet: " + early.body());

        Api.Reply checked = Api.as("criminal").postJson(BASE + "/requests/" + id + "/check?purpose=" + q(PURPOSE), "",
                Map.of("If-Match", received.etag()));
        assertEquals(200, checked.status(), checked.body());
        assertEquals("CHECKED", checked.json().getString("status"));
        Api.Reply stale = Api.as("criminal").postJson(BASE + "/requests/" + id + "/issue?purpose=" + q(PURPOSE), "",
                Map.of("If-Match", received.etag()));
        assertEquals(412, stale.status(), stale.body());

        JsonObject preview = Api.as("clerk").get(BASE + "/requests/" + id + "/preview?purpose=" + q(PURPOSE)).json();
        assertFalse(preview.getBoolean("blank"));
        JsonArray lines = preview.getJsonArray("lines");
        assertEquals(1, lines.size(), preview.toString());
        JsonObject line = lines.getJsonObject(0);
        assertEquals("PRISON", line.getJsonArray("penalties").getJsonObject(0).getString("type"));
        assertEquals(8, line.getJsonArray("penalties").getJsonObject(0).getInt("months"));

        Api.Reply issued = Api.as("criminal").postJson(BASE + "/requests/" + id + "/issue?purpose=" + q(PURPOSE), "",
                Map.of("If-Match", checked.etag()));
        assertEquals(200, issued.status(), issued.body());
        JsonObject e = issued.json();
        assertEquals("ISSUED", e.getString("status"));
        assertEquals(false, e.getBoolean("blank"));
        assertEquals(1, e.getInt("linesShown"));
        String code = e.getString("verificationCode");
        Api.Reply verify = Api.anonymous().get("/api/v1/public/documents/" + code);
        assertEquals(200, verify.status(), verify.body());
        assertEquals("VALID", verify.json().getString("status"));
        assertTrue(verify.body().contains(person.familyName()), verify.body());

        Api.Reply pdf = Api.as("criminal").get(BASE + "/requests/" + id + "/pdf?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/pdf"));
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");

        // the full record (criminal-records clerk) still has both convictions; the fine is left out by the 595 rule
        JsonObject record = Api.as("criminal").get(BASE + "/persons/" + person.id() + "/record?purpose=" + q(PURPOSE)).json();
        assertEquals(2, record.getJsonArray("convictions").size(), record.toString());
        assertTrue(record.getJsonObject("byModel").getJsonArray("M595").toString().contains("CR-595-LIGHT-3Y-2002"));
        // a clerk sees no full record
        assertEquals(403, Api.as("clerk").get(BASE + "/persons/" + person.id() + "/record?purpose=" + q(PURPOSE)).status());
        // every conviction shown is protocol-logged
        Api.Reply log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + person.id() + "&size=100");
        assertEquals(200, log.status(), log.body());
        assertTrue(log.body().contains("conviction DEMO-"), log.body());
    }

    @Test
    void theSameBatchTwiceStoresNoDuplicatesAndAChangeReplacesWithHistory() {
        SyntheticPerson p = unplanned(3);
        String nn = p.nationalNumber().digits();
        String a = "IT-" + nn + "-A";
        String b = "IT-" + nn + "-B";
        String batch = "{\"convictions\":["
                + "{\"convictionId\":\"" + a + "\",\"nationalNumber\":\"" + nn + "\",\"court\":\"Court of first instance Leuven\","
                + "\"decisionDate\":\"2025-01-10\",\"finalDate\":\"2025-02-20\",\"category\":\"VIOLENCE\","
                + "\"penalties\":[{\"type\":\"PRISON\",\"months\":30},{\"type\":\"DISQUALIFICATION\",\"months\":60,\"subject\":\"VOTING_RIGHTS\"}]},"
                + "{\"convictionId\":\"" + b + "\",\"nationalNumber\":\"" + nn + "\",\"court\":\"Police court Leuven\","
                + "\"decisionDate\":\"2024-03-01\",\"finalDate\":\"2024-04-01\",\"category\":\"ROAD_TRAFFIC\","
                + "\"penalties\":[{\"type\":\"FINE\",\"amount\":800}]}]}";
        String token = registerToken();
        Api.Reply first = Api.bearer(token).postJson(BASE + "/convictions/import", batch, Map.of());
        assertEquals(200, first.status(), first.body());
        assertEquals(2, first.json().getInt("created"));
        assertEquals(1, first.json().getInt("votingRightsPublished"));
        Api.Reply again = Api.bearer(token).postJson(BASE + "/convictions/import", batch, Map.of());
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("created"));
        assertEquals(2, again.json().getInt("unchanged"));
        JsonObject record = Api.as("criminal").get(BASE + "/persons/" + p.id() + "/record?purpose=" + q(PURPOSE)).json();
        assertEquals(2, record.getJsonArray("convictions").size(), "no duplicates: " + record);

        JsonArray suspensions = Api.as("criminal").get(BASE + "/persons/" + p.id() + "/voting-rights?purpose=" + q(PURPOSE))
                .any().asJsonArray();
        assertEquals(1, suspensions.size(), suspensions.toString());
        assertEquals("criminal-records:conviction:" + a, suspensions.getJsonObject(0).getString("sourceRef"));
        assertEquals("2025-02-20", suspensions.getJsonObject(0).getString("from"));
        assertEquals("2030-02-19", suspensions.getJsonObject(0).getString("until"));
        assertFalse(suspensions.getJsonObject(0).getBoolean("withdrawn"));

        // rehabilitation: the conviction is replaced (history kept) and the suspension withdrawn
        String changed = batch.replace("\"category\":\"VIOLENCE\",", "\"category\":\"VIOLENCE\",\"rehabilitatedOn\":\"2026-06-01\",");
        Api.Reply third = Api.bearer(token).postJson(BASE + "/convictions/import", changed, Map.of());
        assertEquals(200, third.status(), third.body());
        assertEquals(1, third.json().getInt("replaced"));
        assertEquals(1, third.json().getInt("unchanged"));
        assertEquals(1, third.json().getInt("votingRightsWithdrawn"));
        JsonArray after = Api.as("criminal").get(BASE + "/persons/" + p.id() + "/voting-rights?purpose=" + q(PURPOSE))
                .any().asJsonArray();
        assertTrue(after.getJsonObject(0).getBoolean("withdrawn"), after.toString());
        JsonObject recordAfter = Api.as("criminal").get(BASE + "/persons/" + p.id() + "/record?purpose=" + q(PURPOSE)).json();
        assertEquals(2, recordAfter.getJsonArray("convictions").size());
        assertTrue(recordAfter.getJsonObject("byModel").getJsonArray("M596_1").toString().contains("CR-REHABILITATION-1964"));

        // only the register imports
        assertEquals(403, Api.as("criminal").postJson(BASE + "/convictions/import", batch, Map.of()).status());
    }

    @Test
    void badInputIsAnsweredPreciselyAndNothingIsStored() {
        SyntheticPerson p = unplanned(5);
        String nn = p.nationalNumber().digits();
        // a decision after its final date in row 1: 400 naming the row and field, row 0 not stored either
        String bad = "{\"convictions\":["
                + "{\"convictionId\":\"IT-BAD-" + nn + "-0\",\"nationalNumber\":\"" + nn + "\",\"court\":\"Court Leuven\","
                + "\"decisionDate\":\"2025-01-10\",\"finalDate\":\"2025-02-20\",\"category\":\"GENERAL\",\"penalties\":[{\"type\":\"FINE\",\"amount\":100}]},"
                + "{\"convictionId\":\"IT-BAD-" + nn + "-1\",\"nationalNumber\":\"" + nn + "\",\"court\":\"Court Leuven\","
                + "\"decisionDate\":\"2025-03-10\",\"finalDate\":\"2025-02-20\",\"category\":\"GENERAL\",\"penalties\":[{\"type\":\"FINE\",\"amount\":100}]}]}";
        Api.Reply r = Api.bearer(registerToken()).postJson(BASE + "/convictions/import", bad, Map.of());
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.body().contains("convictions[1].decisionDate") && r.body().contains("after-final"), r.body());
        JsonObject record = Api.as("criminal").get(BASE + "/persons/" + p.id() + "/record?purpose=" + q(PURPOSE)).json();
        assertEquals(0, record.getJsonArray("convictions").size(), "nothing stored: " + record);

        Api.Reply model = receive("clerk", "{\"personId\":\"" + p.id() + "\",\"model\":\"597\",\"statedPurpose\":\"job\"}");
        assertEquals(400, model.status());
        assertTrue(model.body().contains("\"model\"") && model.body().contains("unknown"), model.body());
        Api.Reply subType = receive("clerk", "{\"personId\":\"" + p.id() + "\",\"model\":\"596.1\",\"statedPurpose\":\"job\"}");
        assertEquals(400, subType.status());
        assertTrue(subType.body().contains("subType") && subType.body().contains("required"), subType.body());
        Api.Reply proxy = receive("clerk", "{\"personId\":\"" + p.id() + "\",\"model\":\"596.2\",\"statedPurpose\":\"youth "
                + "camp\",\"requesterKind\":\"PROXY\",\"representativeName\":\"A. Proxy\",\"proof\":\"proxy 2026/1\"}");
        assertEquals(400, proxy.status());
        assertTrue(proxy.body().contains("requesterKind") && proxy.body().contains("CR-WHO-596.2-2018"), proxy.body());
        // a person in the national register who does not live here
        String stranger = ActsClient.person(ActsClient.uniqueName("Vreemd"), "Jan", "1980-02-02", "M", PURPOSE);
        Api.Reply notResident = receive("clerk", "{\"personId\":\"" + stranger + "\",\"model\":\"595\",\"statedPurpose\":\"job\"}");
        assertEquals(400, notResident.status(), notResident.body());
        assertTrue(notResident.body().contains("not-resident"), notResident.body());
        Api.Reply list = Api.as("clerk").get(BASE + "/requests?size=100&purpose=" + q(PURPOSE));
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains(stranger), "nothing stored for the non-resident");
        assertEquals(400, Api.as("clerk").get(BASE + "/requests?purpose=").status(), "purpose required");
    }

    @Test
    void aBlank596Point2ExtractForAPersonWithoutConvictions() {
        SyntheticPerson p = unplanned(9);
        Api.Reply received = receive("clerk", "{\"nationalNumber\":\"" + p.nationalNumber().digits() + "\",\"model\":\"596.2\","
                + "\"statedPurpose\":\"youth movement leader\",\"language\":\"fr\",\"euTranslationForm\":true,\"delivery\":\"EBOX\"}");
        if (received.status() == 400 && received.body().contains("not-resident")) {
            received = receive("clerk", "{\"personId\":\"" + unplanned(10).id() + "\",\"model\":\"596.2\","
                    + "\"statedPurpose\":\"youth movement leader\",\"language\":\"fr\",\"euTranslationForm\":true,\"delivery\":\"EBOX\"}");
        }
        assertEquals(201, received.status(), received.body());
        String id = received.json().getString("id");
        Api.Reply checked = Api.as("clerk").postJson(BASE + "/requests/" + id + "/check?purpose=" + q(PURPOSE), "",
                Map.of("If-Match", received.etag()));
        Api.Reply issued = Api.as("clerk").postJson(BASE + "/requests/" + id + "/issue?purpose=" + q(PURPOSE), "",
                Map.of("If-Match", checked.etag()));
        assertEquals(200, issued.status(), issued.body());
        assertTrue(issued.json().getBoolean("blank"));
        assertEquals("EBOX", issued.json().getString("delivery"));
        assertNotNull(issued.json().getString("verificationCode"));
        byte[] bytes = Api.as("clerk").get(BASE + "/requests/" + id + "/pdf?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/pdf")).body().getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(bytes.length > 1000);
    }
}
