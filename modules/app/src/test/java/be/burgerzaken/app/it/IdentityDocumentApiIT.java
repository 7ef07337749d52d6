package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Identity documents end to end on PostgreSQL: an eID application for a demo person, the whole procedure, an
 * illegal step (409), stale and missing versions, validity by the age rule, the expiring list (JSON and CSV), the
 * expiry run (administrator), the card options, the protocol log, and refusals for a role without write access.
 */
@ExtendWith(PayaraServer.class)
class IdentityDocumentApiIT {
    static final String BASE = "/api/v1/population/identity-documents";
    static final String PURPOSE = "integration test eID file 2026/0042";
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    /** Demo persons named Peeters: Belgian, active, complete birth date, 18 to 74 years old. */
    static final List<JsonObject> ADULTS = new ArrayList<>();

    @BeforeAll
    static void findDemoPersons() {
        JsonObject page = Api.as("clerk").get("/api/v1/persons?familyName=peeters&size=100&purpose=" + q(PURPOSE)).json();
        LocalDate today = LocalDate.now(BELGIUM);
        for (var v : page.getJsonArray("items")) {
            String id = v.asJsonObject().getString("id");
            JsonObject p = Api.as("clerk").get("/api/v1/persons/" + id + "?purpose=" + q(PURPOSE)).json();
            String birth = p.getString("birthDate");
            if (!p.getString("status").equals("ACTIVE") || birth.contains("-00") || birth.startsWith("0000")
                    || !p.getJsonArray("nationalities").toString().contains("\"BE\"")) {
                continue;
            }
            int age = Period.between(LocalDate.parse(birth), today).getYears();
            if (age >= 18 && age < 75) {
                ADULTS.add(p);
            }
        }
        assertTrue(ADULTS.size() >= 4, "the demo population (seed 42) has adult Belgian Peeters: " + ADULTS.size());
    }

    @Test
    void eidWalksTheWholeProcedureWithPreciseRefusals() {
        JsonObject person = ADULTS.get(0);
        String personId = person.getString("id");
        Api.Reply applied = apply(personId, "EID", true);
        assertEquals(201, applied.status(), applied.body());
        assertNotNull(applied.etag());
        JsonObject doc = applied.json();
        String id = doc.getString("id");
        assertEquals("APPLIED", doc.getString("status"));
        assertTrue(doc.getBoolean("urgent"));
        assertEquals("population", doc.getString("fingerprintsCapturedBy"));
        LocalDate today = LocalDate.now(BELGIUM);
        int age = Period.between(LocalDate.parse(person.getString("birthDate")), today).getYears();
        assertEquals("EID-2014", doc.getString("validityRule"), "adults 18-74: the 10-year rule");
        assertEquals(today.toString(), doc.getString("validFrom"));
        assertEquals(today.plusYears(10).toString(), doc.getString("validUntil"), "age " + age + ": 10 years");
        assertEquals("[\"ORDER_PRODUCTION\",\"CANCEL\"]", doc.getJsonArray("allowedSteps").toString());

        // a second application while one is in production: conflict
        assertEquals(409, apply(personId, "EID", false).status());

        // bad card number: precise field problem, nothing stored
        Api.Reply bad = event(id, applied.etag(), "{\"step\":\"ORDER_PRODUCTION\",\"cardNumber\":\"591-1917064-59\"}");
        assertEquals(400, bad.status(), bad.body());
        JsonObject error = bad.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("cardNumber", error.getString("field"));
        assertEquals("bad-check-digits", error.getString("code"));
        assertTrue(error.getString("message").contains("expected 58"), error.getString("message"));

        String number = newEidNumber();
        Api.Reply ordered = event(id, applied.etag(), "{\"step\":\"ORDER_PRODUCTION\",\"cardNumber\":\"" + number
                + "\",\"chipNumber\":\"534C4700" + number + "\"}");
        assertEquals(200, ordered.status(), ordered.body());
        assertEquals("PRODUCTION_ORDERED", ordered.json().getString("status"));
        assertEquals(number.substring(0, 3) + "-" + number.substring(3, 10) + "-" + number.substring(10),
                ordered.json().getString("cardNumber"));

        // stale and missing versions
        assertEquals(412, event(id, applied.etag(), "{\"step\":\"SEND_PIN_PUK_LETTER\"}").status());
        assertEquals(428, Api.as("population").postJson(BASE + "/" + id + "/events?purpose=" + q(PURPOSE),
                "{\"step\":\"SEND_PIN_PUK_LETTER\"}", Map.of()).status());

        // an illegal step: 409 naming the current status and the allowed next steps
        Api.Reply illegal = event(id, ordered.etag(), "{\"step\":\"DELIVER\"}");
        assertEquals(409, illegal.status(), illegal.body());
        assertTrue(illegal.contentType().startsWith("application/problem+json"));
        String detail = illegal.json().getString("detail");
        assertTrue(detail.contains("PRODUCTION_ORDERED") && detail.contains("SEND_PIN_PUK_LETTER")
                && detail.contains("CANCEL"), detail);

        Api.Reply letter = event(id, ordered.etag(), "{\"step\":\"SEND_PIN_PUK_LETTER\"}");
        assertEquals("PIN_PUK_SENT", letter.json().getString("status"), letter.body());
        Api.Reply delivered = event(id, letter.etag(), "{\"step\":\"DELIVER\"}");
        assertEquals("ACTIVATED", delivered.json().getString("status"), delivered.body());

        // not yet expired: expiry refused
        assertEquals(409, event(id, delivered.etag(), "{\"step\":\"EXPIRE\"}").status());
        Api.Reply noReference = event(id, delivered.etag(), "{\"step\":\"REPORT_STOLEN\"}");
        assertEquals(400, noReference.status());
        assertEquals("reference", noReference.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply stolen = event(id, delivered.etag(),
                "{\"step\":\"REPORT_STOLEN\",\"reference\":\"PV LE.55.L1.012345/26\"}");
        assertEquals("STOLEN", stolen.json().getString("status"), stolen.body());
        assertEquals("PV LE.55.L1.012345/26", stolen.json().getString("declarationReference"));
        assertEquals(0, stolen.json().getJsonArray("allowedSteps").size());

        // the clerk reads the person's documents with the whole history
        List<JsonObject> docs = documentsOf(personId);
        JsonObject listed = docs.stream().filter(d -> d.getString("id").equals(id)).findFirst().orElseThrow();
        assertEquals(5, listed.getJsonArray("history").size(), listed.toString());
        assertEquals("REPORT_STOLEN", listed.getJsonArray("history").getJsonObject(4).getString("step"));

        // every change and the read are in the protocol log, with the purpose
        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + personId + "&size=100").json();
        List<JsonObject> entries = log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("purpose").equals(PURPOSE)).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("CREATE")
                && e.getString("actor").equals("population") && e.getString("query").contains("apply EID")
                && e.getJsonArray("informationTypes").toString().contains("000")), entries.toString());
        assertEquals(4, entries.stream().filter(e -> e.getString("action").equals("CHANGE")
                && e.getString("outcome").equals("OK") && e.getString("query").contains(id)).count(), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("READ")
                && e.getString("actor").equals("clerk") && e.getString("query").contains("identity documents")));
    }

    @Test
    void expiringListContainsAnActivatedCard() {
        String personId = ADULTS.get(1).getString("id");
        String id = activated(personId);
        JsonObject doc = Api.as("clerk").get(BASE + "/" + id + "?purpose=" + q(PURPOSE)).json();
        LocalDate until = LocalDate.parse(doc.getString("validUntil"));
        JsonObject page = Api.as("clerk").get(BASE + "/expiring?from=" + until.minusWeeks(1) + "&weeks=2&size=500&purpose="
                + q(PURPOSE)).json();
        JsonObject line = page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("documentId").equals(id)).findFirst().orElseThrow(() ->
                        new AssertionError(page.toString()));
        assertEquals(personId, line.getString("personId"));
        assertEquals(until.toString(), line.getString("validUntil"));
        assertEquals(ADULTS.get(1).getString("familyName"), line.getString("familyName"), "the invitation names the holder");
        assertEquals(ADULTS.get(1).getString("givenNames"), line.getString("givenNames"));
        JsonObject before = Api.as("clerk").get(BASE + "/expiring?from=" + until.plusDays(1) + "&weeks=1&size=500&purpose="
                + q(PURPOSE)).json();
        assertFalse(before.getJsonArray("items").toString().contains(id), "outside the window");
        JsonObject demo = Api.as("clerk").get(BASE + "/expiring?weeks=8&purpose=" + q(PURPOSE)).json();
        assertTrue(demo.getInt("total") > 0, "the demo data has eIDs expiring within 8 weeks: " + demo);
        LocalDate previous = LocalDate.MIN;
        for (var v : demo.getJsonArray("items")) {
            LocalDate d = LocalDate.parse(v.asJsonObject().getString("validUntil"));
            assertFalse(d.isBefore(previous), "soonest first");
            assertTrue(d.isBefore(LocalDate.now(BELGIUM).plusWeeks(8)), d.toString());
            previous = d;
        }
        Api.Reply badWeeks = Api.as("clerk").get(BASE + "/expiring?weeks=0&purpose=" + q(PURPOSE));
        assertEquals(400, badWeeks.status());
        assertEquals("weeks", badWeeks.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void ineligibleAndIncompleteApplicationsAreFieldProblemsAndStoreNothing() {
        String personId = ADULTS.get(2).getString("id");
        int before = documentsOf(personId).size();
        Api.Reply kids = apply(personId, "KIDS_ID", false);
        assertEquals(400, kids.status(), kids.body());
        assertEquals("not-eligible", kids.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        Api.Reply foreigner = apply(personId, "F+", false);
        assertEquals("not-eligible", foreigner.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        Api.Reply empty = Api.as("population").postJson(BASE + "/applications?purpose=" + q(PURPOSE),
                "{\"cardType\":\"X\"}", Map.of());
        assertEquals(400, empty.status());
        String fields = empty.json().getJsonArray("errors").toString();
        for (String f : List.of("personId", "cardType", "photoCaptured")) {
            assertTrue(fields.contains("\"" + f + "\""), f + " in " + fields);
        }
        assertEquals(before, documentsOf(personId).size(), "nothing stored");
        Api.Reply unknownPerson = Api.as("population").postJson(BASE + "/applications?purpose=" + q(PURPOSE),
                "{\"personId\":\"" + UUID.randomUUID() + "\",\"cardType\":\"EID\",\"photoCaptured\":true,"
                        + "\"fingerprintsCaptured\":true}", Map.of());
        assertEquals(404, unknownPerson.status());
    }

    @Test
    void aRoleWithoutIdentityDocumentRightsIsRefusedAndLogged() {
        // clerks and population officers take applications at the counter; an election officer may not
        String personId = ADULTS.get(3).getString("id");
        String purpose = "denied eID " + UUID.randomUUID();
        Api.Reply elections = Api.as("elections").postJson(BASE + "/applications?purpose=" + q(purpose),
                "{\"personId\":\"" + personId + "\",\"cardType\":\"EID\",\"photoCaptured\":true,"
                        + "\"fingerprintsCaptured\":true}", Map.of());
        assertEquals(403, elections.status(), elections.body());
        assertTrue(elections.contentType().startsWith("application/problem+json"));
        assertEquals(403, Api.as("training").get(BASE + "?personId=" + personId + "&purpose=" + q(purpose)).status());
        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?actor=elections&size=200").json();
        assertTrue(log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("purpose").equals(purpose) && e.getString("outcome").equals("DENIED")
                        && e.getString("action").equals("CREATE")), log.toString());
        assertEquals(404, Api.as("clerk").get(BASE + "/" + UUID.randomUUID() + "?purpose=" + q(PURPOSE)).status());
        assertEquals(400, Api.as("clerk").get(BASE + "/not-a-uuid?purpose=" + q(PURPOSE)).status());
        assertEquals(400, Api.as("clerk").get(BASE + "?personId=" + personId).status(), "purpose is required");
    }

    @Test
    void cardTypesAreListedWithNamesInThreeLanguages() {
        var types = Api.as("clerk").get(BASE + "/card-types").any().asJsonArray();
        assertEquals(16, types.size());
        JsonObject eid = types.getJsonObject(0);
        assertEquals("EID", eid.getString("code"));
        assertEquals("Elektronische identiteitskaart", eid.getString("nameNl"));
        assertEquals("Carte d'identité électronique", eid.getString("nameFr"));
        assertTrue(types.toString().contains("\"EU+\""));
    }

    @Test
    void expiryRunExpiresCardsPastTheirLastDayOnceAndLeavesValidOnesAlone() {
        LocalDate today = LocalDate.now(BELGIUM);
        // the demo data leaves some activated cards past their last day: the job's work
        String pastWindow = BASE + "/expiring?from=" + today.minusWeeks(104) + "&weeks=104&size=500&purpose=" + q(PURPOSE);
        JsonObject overdue = Api.as("clerk").get(pastWindow).json();
        int waiting = overdue.getInt("total");
        assertTrue(waiting > 0, "demo cards wait for the expiry job: " + overdue);
        JsonObject past = overdue.getJsonArray("items").getJsonObject(0);
        String pastId = past.getString("documentId");
        assertTrue(LocalDate.parse(past.getString("validUntil")).isBefore(today));
        // a card still valid (last day within 8 weeks): untouched
        JsonObject soon = Api.as("clerk").get(BASE + "/expiring?weeks=8&size=1&purpose=" + q(PURPOSE)).json()
                .getJsonArray("items").getJsonObject(0);
        String soonId = soon.getString("documentId");
        Api.Reply soonBefore = Api.as("clerk").get(BASE + "/" + soonId + "?purpose=" + q(PURPOSE));

        // only an administrator may run it, always with a purpose
        String purpose = "expiry run test " + UUID.randomUUID();
        Api.Reply clerk = Api.as("clerk").postJson(BASE + "/expiry-run?purpose=" + q(purpose), "", Map.of());
        assertEquals(403, clerk.status(), clerk.body());
        JsonObject denied = Api.as("auditor").get("/api/v1/protocol-log?actor=clerk&size=5").json();
        assertTrue(denied.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("purpose").equals(purpose) && e.getString("outcome").equals("DENIED")),
                denied.toString());
        assertEquals(400, Api.as("admin").postJson(BASE + "/expiry-run", "", Map.of()).status(), "purpose required");
        assertEquals(waiting, Api.as("clerk").get(pastWindow).json().getInt("total"), "refusals change nothing");

        // two runs at once (two instances' timers, or a timer and an administrator): each card expires once
        CompletableFuture<Api.Reply> one = CompletableFuture.supplyAsync(() -> Api.as("admin")
                .postJson(BASE + "/expiry-run?purpose=" + q(purpose), "", Map.of()));
        CompletableFuture<Api.Reply> two = CompletableFuture.supplyAsync(() -> Api.as("admin")
                .postJson(BASE + "/expiry-run?purpose=" + q(purpose), "", Map.of()));
        int expiredTogether = 0;
        for (Api.Reply run : List.of(one.join(), two.join())) {
            assertEquals(200, run.status(), run.body());
            assertTrue(run.json().getBoolean("complete"), run.body());
            assertEquals(today.toString(), run.json().getString("day"));
            expiredTogether += run.json().getInt("expired");
        }
        // the job expires every activated card past its last day; the list shows only the cards of registered
        // residents without a newer card (issue 3, task I), so the job may expire more than the list showed
        assertTrue(expiredTogether >= waiting, "every waiting card expired: " + expiredTogether + " >= " + waiting);

        JsonObject expired = Api.as("clerk").get(BASE + "/" + pastId + "?purpose=" + q(PURPOSE)).json();
        assertEquals("EXPIRED", expired.getString("status"), expired.toString());
        JsonObject last = expired.getJsonArray("history").getJsonObject(expired.getJsonArray("history").size() - 1);
        assertEquals("EXPIRE", last.getString("step"));
        assertEquals("ACTIVATED", last.getString("from"));
        assertEquals("system", last.getString("by"));
        assertEquals(0, expired.getJsonArray("allowedSteps").size());
        assertEquals(1, expired.getJsonArray("history").stream()
                .filter(h -> "EXPIRE".equals(h.asJsonObject().getString("step", ""))).count(), "expired once");
        Api.Reply soonAfter = Api.as("clerk").get(BASE + "/" + soonId + "?purpose=" + q(PURPOSE));
        assertEquals("ACTIVATED", soonAfter.json().getString("status"));
        assertEquals(soonBefore.etag(), soonAfter.etag(), "a valid card is not touched");
        assertEquals(0, Api.as("clerk").get(pastWindow).json().getInt("total"), "nothing activated past its last day");

        Api.Reply again = Api.as("admin").postJson(BASE + "/expiry-run?purpose=" + q(purpose), "", Map.of());
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("expired"), "a second run expires nothing");

        // the card's change is logged as the system, naming the person and who asked for the run
        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + past.getString("personId")
                + "&size=100").json();
        assertTrue(log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("actor").equals("system") && e.getString("action").equals("CHANGE")
                        && e.getString("query").contains("EXPIRE " + pastId)
                        && e.getString("purpose").contains("requested by admin")
                        && e.getString("purpose").contains(purpose)), log.toString());
        JsonObject admin = Api.as("auditor").get("/api/v1/protocol-log?actor=admin&size=50").json();
        assertTrue(admin.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("purpose").equals(purpose) && e.getString("outcome").equals("OK")
                        && e.getString("query").contains(" expired")), admin.toString());
    }

    @Test
    void expiringListComesAsCsvForTheInvitationLetters() {
        LocalDate today = LocalDate.now(BELGIUM);
        String query = "/expiring?from=" + today + "&weeks=8&purpose=" + q(PURPOSE);
        JsonObject json = Api.as("clerk").get(BASE + query + "&size=500").json();
        int total = json.getInt("total");
        assertTrue(total > 0 && total <= 500, json.toString());
        Api.Reply csv = Api.as("clerk").get(BASE + query, Map.of("Accept", "text/csv"));
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertEquals("\uFEFFdocument_id;person_id;family_name;given_names;address;card_type;card_number;valid_until",
                lines.get(0));
        assertEquals(total + 1, lines.size(), "the whole list, no paging");
        for (int i = 0; i < total; i++) {
            JsonObject item = json.getJsonArray("items").getJsonObject(i);
            String line = lines.get(i + 1);
            assertTrue(line.startsWith(item.getString("documentId") + ";" + item.getString("personId") + ";"), line);
            assertTrue(line.contains(item.getString("familyName")) && line.endsWith(";" + item.getString("validUntil")),
                    line);
            assertTrue(line.contains(item.getString("cardNumber")), line);
        }
        assertTrue(json.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> !e.isNull("address") && e.getString("address").matches(".+ [0-9].*, 3[0-9]{3}")),
                "the holders' addresses: " + json);
        Api.Reply badWeeks = Api.as("clerk").get(BASE + "/expiring?weeks=x&purpose=" + q(PURPOSE),
                Map.of("Accept", "text/csv"));
        assertEquals(400, badWeeks.status());
        assertTrue(badWeeks.contentType().startsWith("application/problem+json"), badWeeks.contentType());
        assertEquals(403, Api.as("training").get(BASE + query, Map.of("Accept", "text/csv")).status());
    }

    @Test
    void optionsOfferTheCardTypesThePersonMayHoldWithTheirValidity() {
        JsonObject person = ADULTS.get(3);
        var options = Api.as("clerk").get(BASE + "/options?personId=" + person.getString("id") + "&purpose="
                + q(PURPOSE)).any().asJsonArray();
        assertEquals(1, options.size(), "an adult Belgian may hold an eID only: " + options);
        JsonObject eid = options.getJsonObject(0);
        assertEquals("EID", eid.getJsonObject("type").getString("code"));
        LocalDate today = LocalDate.now(BELGIUM);
        assertEquals(today.toString(), eid.getString("validFrom"));
        assertEquals(today.plusYears(10).toString(), eid.getString("validUntil"));
        assertEquals("EID-2014", eid.getString("validityRule"));
        assertEquals(404, Api.as("clerk").get(BASE + "/options?personId=" + UUID.randomUUID() + "&purpose="
                + q(PURPOSE)).status());
    }

    // --- identity documents correctness (issue 3, task I) ---

    @Test
    void deceasedEmigratedAndRenewedHoldersAreNotInvitedAndTheirCardsEnd() {
        String renewed = registerNew("Vernieuwd", "Rita", "1980-06-15", "BE", "POPULATION");
        String deceased = registerNew("Overleden", "Dirk", "1975-02-01", "BE", "POPULATION");
        String emigrant = registerNew("Vertrokken", "Els", "1990-09-09", "BE", "POPULATION");
        String stays = registerNew("Blijvend", "Jan", "1985-03-03", "BE", "POPULATION");
        String renewedCard = activated(renewed);
        String deceasedCard = activated(deceased);
        String emigrantCard = activated(emigrant);
        String staysCard = activated(stays);
        LocalDate until = LocalDate.now(BELGIUM).plusYears(10);
        String window = BASE + "/expiring?from=" + until.minusDays(3) + "&weeks=1&size=500&purpose=" + q(PURPOSE);
        String listed = Api.as("clerk").get(window).json().getJsonArray("items").toString();
        for (String card : List.of(renewedCard, deceasedCard, emigrantCard, staysCard)) {
            assertTrue(listed.contains(card), card + " invited before: " + listed);
        }

        // a new application: the holder is not invited any more (the old card stays activated until delivery)
        Api.Reply renewal = apply(renewed, "EID", false);
        assertEquals(201, renewal.status(), renewal.body());
        // a death cancels the card, as the system, with the reason; history kept
        Api.Reply person = Api.as("population").get("/api/v1/persons/" + deceased + "?purpose=" + q(PURPOSE));
        Api.Reply died = Api.as("registrar").postJson("/api/v1/persons/" + deceased + "/facts?purpose=" + q(PURPOSE),
                "{\"fact\":\"DEATH\",\"value\":{\"date\":\"" + LocalDate.now(BELGIUM).minusDays(1)
                        + "\",\"placeNis\":\"24062\"},\"basis\":{\"kind\":\"ACT\",\"reference\":\"death act 2026/77\"}}",
                Map.of("If-Match", person.etag()));
        assertEquals(200, died.status(), died.body());
        assertEnded(deceasedCard, "death");
        // a departure abroad too
        Api.Reply left = Api.as("population").postJson("/api/v1/population/residents/" + emigrant + "/emigration?purpose="
                + q(PURPOSE), "{\"country\":\"fr\",\"foreignAddress\":\"12 rue de la Paix, Paris\",\"date\":\""
                + LocalDate.now(BELGIUM).minusDays(2) + "\",\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of());
        assertEquals(200, left.status(), left.body());
        assertEnded(emigrantCard, "departure abroad");

        String after = Api.as("clerk").get(window).json().getJsonArray("items").toString();
        assertTrue(after.contains(staysCard), "a registered holder without a new card is still invited: " + after);
        for (String card : List.of(renewedCard, deceasedCard, emigrantCard)) {
            assertFalse(after.contains(card), card + " not invited any more: " + after);
        }
        String csv = Api.as("clerk").get(BASE + "/expiring?from=" + until.minusDays(3) + "&weeks=1&purpose=" + q(PURPOSE),
                Map.of("Accept", "text/csv")).body();
        assertTrue(csv.contains(staysCard) && !csv.contains(deceasedCard) && !csv.contains(renewedCard), csv);

        // delivering the new card ends the old one: replaced
        String id = renewal.json().getString("id");
        Api.Reply r = event(id, renewal.etag(), "{\"step\":\"ORDER_PRODUCTION\",\"cardNumber\":\"" + newEidNumber() + "\"}");
        r = event(id, r.etag(), "{\"step\":\"SEND_PIN_PUK_LETTER\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals("ACTIVATED", Api.as("clerk").get(BASE + "/" + renewedCard + "?purpose=" + q(PURPOSE)).json()
                .getString("status"), "the old card is valid until the new one is handed out");
        r = event(id, r.etag(), "{\"step\":\"DELIVER\"}");
        assertEquals("ACTIVATED", r.json().getString("status"), r.body());
        assertEnded(renewedCard, "replaced by document " + id);

        // the system's change is in the protocol log, naming the person
        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + deceased + "&size=100").json();
        assertTrue(log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("actor").equals("system") && e.getString("action").equals("CHANGE")
                        && e.getString("query").contains(deceasedCard)), log.toString());
        // the emigrant is no longer a resident: no new card here
        int before = documentsOf(emigrant).size();
        Api.Reply refused = apply(emigrant, "EID", false);
        assertEquals(400, refused.status(), refused.body());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("personId", error.getString("field"));
        assertEquals("not-resident", error.getString("code"));
        assertEquals(before, documentsOf(emigrant).size(), "nothing stored");
    }

    @Test
    void foreignersCardsFollowRegisterAndNationalityAndRefusalsStoreNothing() {
        String moroccan = registerNew("Alaoui", "Youssef", "1988-04-04", "MA", "FOREIGNERS");
        String polish = registerNew("Kowalska", "Anna", "1992-07-07", "PL", "FOREIGNERS");
        Api.Reply settled = apply(moroccan, "K", false);
        assertEquals(400, settled.status(), settled.body());
        JsonObject error = settled.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("cardType", error.getString("field"));
        assertEquals("not-for-register", error.getString("code"));
        assertTrue(error.getString("message").contains("FOREIGNERS"), error.getString("message"));
        Api.Reply euCard = apply(moroccan, "EU", false);
        assertEquals("not-for-nationality", euCard.json().getJsonArray("errors").getJsonObject(0).getString("code"),
                euCard.body());
        Api.Reply nonEuCard = apply(polish, "A", false);
        assertEquals("not-for-nationality", nonEuCard.json().getJsonArray("errors").getJsonObject(0).getString("code"),
                nonEuCard.body());
        Api.Reply eid = apply(polish, "EID", false);
        assertEquals("not-eligible", eid.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals(0, documentsOf(moroccan).size(), "nothing stored");
        assertEquals(0, documentsOf(polish).size(), "nothing stored");
        String options = Api.as("clerk").get(BASE + "/options?personId=" + polish + "&purpose=" + q(PURPOSE)).body();
        assertTrue(options.contains("\"EU\"") && !options.contains("\"A\"") && !options.contains("\"K\""), options);
        Api.Reply ok = apply(polish, "EU", false);
        assertEquals(201, ok.status(), ok.body());
        Api.Reply temporary = apply(moroccan, "A", false);
        assertEquals(201, temporary.status(), temporary.body());
    }

    @Test
    void urgentApplicationsAnswerTheExpectedDayAndAYoungChildsKidsIdHasAPukOnlyLetter() {
        String child = registerNew("Kind", "Lotte", LocalDate.now(BELGIUM).minusYears(4).toString(), "BE", "POPULATION");
        String older = registerNew("Kind", "Wout", LocalDate.now(BELGIUM).minusYears(7).toString(), "BE", "POPULATION");
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(BELGIUM);
        Api.Reply urgent = apply(child, "KIDS_ID", true);
        assertEquals(201, urgent.status(), urgent.body());
        be.burgerzaken.kernel.api.calendar.WorkingDayCalendar calendar =
                be.burgerzaken.kernel.api.calendar.WorkingDayCalendar.belgian();
        LocalDate counted = calendar.isWorkingDay(now.toLocalDate()) && now.getHour() < 15 ? now.toLocalDate()
                : calendar.nextWorkingDay(now.toLocalDate());
        assertEquals(calendar.nextWorkingDay(counted).toString(), urgent.json().getString("expectedOn"), urgent.body());
        assertEquals("PUK_ONLY", urgent.json().getString("codeLetter"));
        String id = urgent.json().getString("id");
        Api.Reply r = event(id, urgent.etag(), "{\"step\":\"ORDER_PRODUCTION\",\"cardNumber\":\"" + newEidNumber() + "\"}");
        r = event(id, r.etag(), "{\"step\":\"SEND_PIN_PUK_LETTER\"}");
        assertEquals(200, r.status(), r.body());
        var history = r.json().getJsonArray("history");
        assertTrue(history.getJsonObject(history.size() - 1).getString("reason").contains("PUK code only"), r.body());
        assertTrue(history.getJsonObject(0).getString("reason").contains("expected on"), r.body());

        Api.Reply normal = apply(older, "KIDS_ID", false);
        assertEquals(201, normal.status(), normal.body());
        assertFalse(normal.json().containsKey("expectedOn") && !normal.json().isNull("expectedOn"), normal.body());
        assertEquals("PIN_AND_PUK", normal.json().getString("codeLetter"));
        var options = Api.as("clerk").get(BASE + "/options?personId=" + child + "&purpose=" + q(PURPOSE)).any().asJsonArray();
        assertEquals("PUK_ONLY", options.getJsonObject(0).getString("codeLetter"), options.toString());
        assertEquals(calendar.nextWorkingDay(counted).toString(), options.getJsonObject(0).getString("urgentExpectedOn"));
    }

    private static void assertEnded(String card, String reason) {
        JsonObject doc = Api.as("clerk").get(BASE + "/" + card + "?purpose=" + q(PURPOSE)).json();
        assertEquals("CANCELLED", doc.getString("status"), doc.toString());
        var history = doc.getJsonArray("history");
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("CANCEL", last.getString("step"));
        assertEquals("ACTIVATED", last.getString("from"));
        assertEquals("system", last.getString("by"));
        assertTrue(last.getString("reason").contains(reason), last.toString());
        assertEquals(5, history.size(), "history kept: " + history);
    }

    private static String registerNew(String family, String given, String birth, String nationality, String register) {
        String person = "{\"familyName\":\"" + family + "\",\"givenNames\":\"" + given + "\",\"birthDate\":\"" + birth
                + "\",\"birthPlaceNis\":\"24062\",\"sex\":\"F\",\"nationalities\":[\"" + nationality
                + "\"],\"allocateNationalNumber\":true}";
        String address = "{\"streetCode\":\"1020\",\"houseNumber\":\"131\",\"box\":\""
                + UUID.randomUUID().toString().substring(0, 8) + "\"}";
        Api.Reply r = Api.as("population").postJson("/api/v1/population/registrations?purpose=" + q(PURPOSE),
                "{\"person\":" + person + ",\"address\":" + address + ",\"registerType\":\"" + register
                        + "\",\"date\":\"" + LocalDate.now(BELGIUM).minusDays(60)
                        + "\",\"origin\":{\"kind\":\"ABROAD\",\"country\":\"NL\"},"
                        + "\"basis\":{\"kind\":\"DECLARATION\"}}", Map.of());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("personId");
    }

    static String activated(String personId) { // --- also used by ArrivalAndNotificationApiIT (issue 3, task A)
        Api.Reply r = apply(personId, "EID", false);
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");
        r = event(id, r.etag(), "{\"step\":\"ORDER_PRODUCTION\",\"cardNumber\":\"" + newEidNumber() + "\"}");
        r = event(id, r.etag(), "{\"step\":\"SEND_PIN_PUK_LETTER\"}");
        r = event(id, r.etag(), "{\"step\":\"DELIVER\"}");
        assertEquals("ACTIVATED", r.json().getString("status"), r.body());
        return id;
    }

    private static Api.Reply apply(String personId, String type, boolean urgent) {
        return Api.as("population").postJson(BASE + "/applications?purpose=" + q(PURPOSE),
                "{\"personId\":\"" + personId + "\",\"cardType\":\"" + type + "\",\"urgent\":" + urgent
                        + ",\"photoCaptured\":true,\"fingerprintsCaptured\":true}", Map.of());
    }

    private static Api.Reply event(String id, String etag, String body) {
        return Api.as("population").postJson(BASE + "/" + id + "/events?purpose=" + q(PURPOSE), body,
                Map.of("If-Match", etag));
    }

    private static List<JsonObject> documentsOf(String personId) {
        Api.Reply r = Api.as("clerk").get(BASE + "?personId=" + personId + "&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.any().asJsonArray().stream().map(v -> v.asJsonObject()).toList();
    }

    /** A valid, random eID card number: 10 digits and their mod-97 check (97 for 0). */
    static String newEidNumber() {
        long body = 5_920_000_000L + ThreadLocalRandom.current().nextLong(10_000_000L);
        int check = (int) (body % 97);
        return body + String.format("%02d", check == 0 ? 97 : check);
    }
}
