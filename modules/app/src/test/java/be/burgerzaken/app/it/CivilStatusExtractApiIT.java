package be.burgerzaken.app.it;

import be.burgerzaken.app.it.ActsClient.Raw;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static be.burgerzaken.app.it.ActsClient.BASE;
import static be.burgerzaken.app.it.ActsClient.bytes;
import static be.burgerzaken.app.it.ActsClient.details;
import static be.burgerzaken.app.it.ActsClient.registered;
import static be.burgerzaken.app.it.ActsClient.send;
import static be.burgerzaken.app.it.ActsClient.today;
import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extracts and copies of civil-status acts end to end on PostgreSQL: a German birth extract for the person
 * themself, verified by its code (and a tampered code refused, a revoked one REVOKED); a copy with the history of
 * an amendment; a third party refused before the public date (403 naming the rule, nothing issued); a declared
 * relation issued and flagged; a spouse refused an act with a change of registered sex (the narrower circle); an
 * act drawn up more than 100 years ago public to anyone; the multilingual standard form; a draft refused.
 */
@ExtendWith(PayaraServer.class)
class CivilStatusExtractApiIT {
    static final String PURPOSE = "integration test extracts 2026/0004";
    static String family;
    static String motherId;
    static String fatherId;
    static String strangerId;
    static String mother;
    static String father;

    @BeforeAll
    static void persons() {
        family = ActsClient.uniqueName("Wouters");
        motherId = ActsClient.person(family, "Els", "1991-07-14", "F", PURPOSE);
        fatherId = ActsClient.person("Maes", "Pieter", "1989-02-03", "M", PURPOSE);
        strangerId = ActsClient.person(ActsClient.uniqueName("Vreemde"), "Jan", "1970-01-01", "M", PURPOSE);
        mother = details(motherId, family, "Els", "1991-07-14");
        // the mother lives here: a registered birth enters the child in her household (the act's effect)
        ActsClient.resident(motherId, "31", ActsClient.box(), null, PURPOSE);
        father = details(fatherId, "Maes", "Pieter", "1989-02-03");
    }

    /** A registered birth of {@code given} (family name {@link ActsClient#CHILD_FAMILY}) whose child is the kernel person {@code childId}. */
    static JsonObject birth(String given, String childId) {
        String json = ActsClient.birth(given, mother, father);
        if (childId != null) {
            json = json.replace("\"childFamilyName\":", "\"childPersonId\":\"" + childId + "\",\"childFamilyName\":");
        }
        return registered(json, PURPOSE);
    }

    static Raw issue(String user, String actId, String body, Map<String, String> headers) {
        return send(user, "POST", BASE + "/" + actId + "/extracts?purpose=" + q(PURPOSE), "application/json",
                bytes(body), headers);
    }

    static String request(String kind, String language, String requester) {
        return "{\"kind\":\"" + kind + "\",\"language\":\"" + language + "\",\"requester\":" + requester + "}";
    }

    static byte[] pdf(String user, String link) {
        Raw r = send(user, "GET", link.replaceFirst("^https?://[^/]+", "") + "?purpose=" + q(PURPOSE), null, null,
                Map.of());
        assertEquals(200, r.status(), r.text());
        assertTrue(r.header("Content-Type").startsWith("application/pdf"), r.header("Content-Type"));
        return r.body();
    }

    static JsonObject list(String actId) {
        Api.Reply r = Api.as("clerk").get(BASE + "/" + actId + "/extracts?purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static List<JsonObject> log(String personId) {
        return Api.as("auditor").get("/api/v1/protocol-log?personId=" + personId + "&size=200").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("purpose").equals(PURPOSE)).toList();
    }

    @Test
    void aGermanBirthExtractForThePersonThemselfVerifiesByItsCode() throws Exception {
        String childId = ActsClient.person(ActsClient.CHILD_FAMILY, "Lotte", today().minusDays(2).toString(), "F", PURPOSE);
        JsonObject act = birth("Lotte", childId);
        String actId = act.getString("id");
        LocalDate drawnUp = LocalDate.parse(act.getString("drawnUpOn"));

        Raw issued = issue("clerk", actId, request("EXTRACT", "de", "{\"personId\":\"" + childId
                + "\",\"relation\":\"SELF\"}"), Map.of());
        assertEquals(201, issued.status(), issued.text());
        JsonObject e = issued.json();
        assertTrue(issued.header("Location").endsWith(BASE + "/" + actId + "/extracts/" + e.getString("id")));
        assertEquals("EXTRACT", e.getString("kind"));
        assertEquals("de", e.getString("language"));
        assertEquals("VERIFIED", e.getString("access"));
        assertFalse(e.getBoolean("declaredNotVerified"));
        assertEquals("SELF", e.getString("relation"));
        assertEquals(childId, e.getString("requesterPersonId"));
        assertEquals(ActsClient.CHILD_FAMILY + " Lotte", e.getString("requesterName"));
        assertEquals("CS-EXTRACT-OTHER-2019", e.getString("ruleId"));
        assertEquals(drawnUp.plusYears(100).toString(), e.getString("publicFrom"));
        assertEquals("COUNTER", e.getString("channel"));
        assertEquals("clerk", e.getString("issuedBy"));
        String code = e.getString("verificationCode");

        String text = CertificateApiIT.text(pdf("clerk", e.getString("pdf")));
        for (String expected : List.of("Auszug aus einer Personenstandsurkunde", "Geburtsurkunde Nr. "
                + act.getString("number"), "Familienname", "Vornamen", "Lotte", ActsClient.CHILD_FAMILY, "Geburtszeit", "04:35",
                "Geburtsort", "Löwen", "Mutter", family, "Vater", "Maes", "Standesbeamter", code)) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }

        // the public verification: valid, with the core facts and nothing more
        Api.Reply verify = Api.anonymous().get("/api/v1/public/documents/" + code);
        assertEquals(200, verify.status(), verify.body());
        JsonObject v = verify.json();
        assertEquals("VALID", v.getString("status"));
        assertEquals("civilstatus.extract", v.getString("type"));
        assertEquals(act.getString("number"), v.getJsonObject("coreFacts").getString("act"));
        assertEquals(ActsClient.CHILD_FAMILY + " Lotte", v.getJsonObject("coreFacts").getString("person"));
        assertEquals("Auszug aus einer Personenstandsurkunde", v.getJsonObject("coreFacts").getString("document"));
        assertFalse(verify.body().contains(family), "the parents are not core facts: " + verify.body());
        char last = code.charAt(code.length() - 1);
        String tampered = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
        Api.Reply bad = Api.anonymous().get("/api/v1/public/documents/" + tampered);
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"));

        // listed with the act, readable one by one; the issue is in the child's protocol log
        JsonObject issuedList = list(actId);
        assertEquals(1, issuedList.getInt("total"));
        assertEquals(e.getString("id"), issuedList.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals(200, Api.as("registrar").get(BASE + "/" + actId + "/extracts/" + e.getString("id") + "?purpose="
                + q(PURPOSE)).status());
        assertTrue(log(childId).stream().anyMatch(l -> l.getString("action").equals("CREATE")
                && l.getString("actor").equals("clerk") && l.getString("query").contains("extract (de) of act "
                + act.getString("number")) && l.getString("query").contains("verified")), log(childId).toString());

        // revocable: the registrar revokes it, verification says so
        Api.Reply revoked = Api.as("registrar").postJson("/api/v1/documents/" + code + "/revocation?purpose="
                + q(PURPOSE), "{\"reason\":\"issued to the wrong counter\"}", Map.of());
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("REVOKED", Api.anonymous().get("/api/v1/public/documents/" + code).json().getString("status"));

        // a retry with the same Idempotency-Key gets the same extract
        String key = "extract-" + UUID.randomUUID();
        String body = request("EXTRACT", "nl", "{\"personId\":\"" + childId + "\",\"relation\":\"SELF\"}");
        Raw first = issue("clerk", actId, body, Map.of("Idempotency-Key", key));
        Raw again = issue("clerk", actId, body, Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.text());
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        assertEquals(2, list(actId).getInt("total"));
    }

    @Test
    void aCopyShowsTheOriginalAndTheHistoryOfAnAmendmentAnExtractTheCurrentData() throws Exception {
        JsonObject act = birth("Lote", null);
        String actId = act.getString("id");
        String amendment = "{\"legalBasis\":{\"kind\":\"COURT_DECISION\",\"reference\":\"AR 26/5151/A\"},"
                + "\"reason\":\"spelling of the given name\",\"corrected\":" + ActsClient.birth("Lotte", mother, father)
                .replaceFirst("^\\{\"content\":", "").replaceFirst("}$", "") + "}";
        Raw drafted = send("clerk", "POST", BASE + "/" + actId + "/amendments?purpose=" + q(PURPOSE), "application/json",
                bytes(amendment), Map.of());
        assertEquals(201, drafted.status(), drafted.text());
        JsonObject ready = ActsClient.submitted(drafted.json().getString("id"), drafted.header("ETag"), PURPOSE);
        Raw signed = ActsClient.step("registrar", ready.getString("id"), "registration", ActsClient.etag(ready), PURPOSE);
        assertEquals(200, signed.status(), signed.text());
        String amendedNumber = signed.json().getString("number");

        // the mother is an ascendant of the child by the birth act itself
        Raw copy = issue("clerk", actId, request("COPY", "nl", "{\"personId\":\"" + motherId
                + "\",\"relation\":\"ASCENDANT\"}"), Map.of());
        assertEquals(201, copy.status(), copy.text());
        assertEquals("VERIFIED", copy.json().getString("access"));
        // table cells wrap: compare with the white space collapsed
        String text = CertificateApiIT.text(pdf("clerk", copy.json().getString("pdf"))).replaceAll("\\s+", " ");
        for (String expected : List.of("Afschrift van een akte van de burgerlijke stand", "Oorspronkelijke gegevens",
                "Voornamen Lote", "Geschiedenis van de akte", amendedNumber, "spelling of the given name",
                "AR 26/5151/A", "Lote \u2192 Lotte", "Voor eensluidend afschrift")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertEquals("civilstatus.copy", Api.anonymous().get("/api/v1/public/documents/"
                + copy.json().getString("verificationCode")).json().getString("type"));

        // the father, named by his national number
        String fatherNumber = Api.as("clerk").get("/api/v1/persons/" + fatherId + "?purpose=" + q(PURPOSE)).json()
                .getString("nationalNumber");
        Raw extract = issue("registrar", actId, request("EXTRACT", "en", "{\"nationalNumber\":\"" + fatherNumber
                + "\",\"relation\":\"ASCENDANT\"}"), Map.of());
        assertEquals(201, extract.status(), extract.text());
        assertEquals(fatherId, extract.json().getString("requesterPersonId"));
        assertEquals("VERIFIED", extract.json().getString("access"));
        String current = CertificateApiIT.text(pdf("registrar", extract.json().getString("pdf")));
        assertTrue(current.contains("Lotte"), current);
        assertTrue(current.contains("This act has been amended"), current);
        assertFalse(current.contains(amendedNumber), "an extract has no history: " + current);

        // extracts are made of the original, not of the amended act
        Raw ofAmended = issue("clerk", ready.getString("id"), request("EXTRACT", "nl", "{\"personId\":\"" + motherId
                + "\",\"relation\":\"ASCENDANT\"}"), Map.of());
        assertEquals(409, ofAmended.status(), ofAmended.text());
        assertEquals("https://burgerzaken.be/problems/not-an-original", ofAmended.json().getString("type"));
    }

    @Test
    void aThirdPartyIsRefusedBeforeThePublicDateAndNothingIsIssued() {
        JsonObject act = birth("Nina", null);
        String actId = act.getString("id");
        LocalDate drawnUp = LocalDate.parse(act.getString("drawnUpOn"));

        Raw refused = issue("clerk", actId, request("EXTRACT", "fr", "{\"personId\":\"" + strangerId
                + "\",\"relation\":\"NONE\"}"), Map.of());
        assertEquals(403, refused.status(), refused.text());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        JsonObject problem = refused.json();
        assertEquals("https://burgerzaken.be/problems/extract-not-allowed", problem.getString("type"));
        assertEquals("CS-EXTRACT-OTHER-2019", problem.getString("rule"));
        assertEquals(drawnUp.plusYears(100).toString(), problem.getString("publicFrom"));
        assertTrue(problem.getString("detail").contains("not public before " + drawnUp.plusYears(100)), problem.toString());
        assertTrue(problem.getJsonArray("missing").toString().contains("rule:CS-EXTRACT-OTHER-2019"), problem.toString());

        // claiming a relation our data do not confirm needs a basis
        Raw noBasis = issue("clerk", actId, request("EXTRACT", "fr", "{\"personId\":\"" + strangerId
                + "\",\"relation\":\"ASCENDANT\"}"), Map.of());
        assertEquals(400, noBasis.status(), noBasis.text());
        assertEquals("requester.basis", noBasis.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, list(actId).getInt("total"), "nothing issued");

        // the assessment says the same without issuing anything
        Api.Reply assessment = Api.as("clerk").postJson(BASE + "/" + actId + "/extracts/assessment?purpose="
                + q(PURPOSE), request("EXTRACT", "fr", "{\"name\":\"Agence Généalogie\",\"relation\":\"NONE\"}"), Map.of());
        assertEquals(200, assessment.status(), assessment.body());
        assertFalse(assessment.json().getBoolean("allowed"));
        assertEquals("CS-EXTRACT-OTHER-2019", assessment.json().getString("ruleId"));
        assertEquals(0, list(actId).getInt("total"));

        // the refusal is in the protocol log; a role without civil-status rights gets the role's 403
        JsonObject logged = Api.as("auditor").get("/api/v1/protocol-log?actor=clerk&size=200").json();
        assertTrue(logged.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(l -> l.getString("outcome").equals("DENIED") && l.getString("purpose").equals(PURPOSE)
                        && l.getString("query").contains(act.getString("number") + " refused")), logged.toString());
        Raw population = issue("population", actId, request("EXTRACT", "nl", "{\"name\":\"X\",\"relation\":\"NONE\"}"),
                Map.of());
        assertEquals(403, population.status());
        assertEquals("https://burgerzaken.be/problems/forbidden", population.json().getString("type"));
    }

    @Test
    void aDeclaredRelationIsIssuedAndFlagged() throws Exception {
        JsonObject act = birth("Fleur", null);
        String actId = act.getString("id");
        Raw issued = issue("clerk", actId, "{\"kind\":\"EXTRACT\",\"language\":\"fr\",\"channel\":\"WRITTEN\","
                + "\"requester\":{\"name\":\"Maître Dubois, notaire\",\"relation\":\"NOTARY\",\"basis\":\"acte 2026/451, "
                + "succession Wouters\"}}", Map.of());
        assertEquals(201, issued.status(), issued.text());
        JsonObject e = issued.json();
        assertEquals("DECLARED", e.getString("access"));
        assertTrue(e.getBoolean("declaredNotVerified"));
        assertEquals("acte 2026/451, succession Wouters", e.getString("basis"));
        assertEquals("NOTARY", e.getString("relation"));
        assertEquals("WRITTEN", e.getString("channel"));
        assertFalse(e.containsKey("requesterPersonId"));
        JsonObject listed = list(actId).getJsonArray("items").getJsonObject(0);
        assertTrue(listed.getBoolean("declaredNotVerified"), listed.toString());
        assertTrue(CertificateApiIT.text(pdf("clerk", e.getString("pdf"))).contains("Extrait d'un acte de l'état civil"));
        assertTrue(log(motherId).stream().anyMatch(l -> l.getString("action").equals("CREATE")
                && l.getString("query").contains("declared, not verified: acte 2026/451")), log(motherId).toString());
        JsonObject register = Api.as("clerk").get("/api/v1/documents/" + e.getString("documentId") + "?purpose="
                + q(PURPOSE)).json();
        assertTrue(register.getString("requester").contains("declared, not verified"), register.toString());
        // the document register scopes civil-status extracts: the civil registrar reads them, the election officer
        // and the training coordinator (who read other documents) do not
        String documentPath = "/api/v1/documents/" + e.getString("documentId");
        assertEquals(200, Api.as("registrar").get(documentPath + "?purpose=" + q(PURPOSE)).status());
        assertEquals(403, Api.as("elections").get(documentPath + "?purpose=" + q(PURPOSE)).status());
        assertEquals(403, Api.as("training").get(documentPath + "/pdf?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/pdf, application/problem+json")).status());
    }

    @Test
    void aSpouseMayHaveANameChangeButNotAChangeOfRegisteredSex() {
        String familyA = ActsClient.uniqueName("Claes");
        String familyB = ActsClient.uniqueName("Goossens");
        String a = ActsClient.person(familyA, "Robin", "1990-05-05", "F", PURPOSE);
        String b = ActsClient.person(familyB, "Sam", "1988-08-08", "M", PURPOSE);
        String da = details(a, familyA, "Robin", "1990-05-05");
        String db = details(b, familyB, "Sam", "1988-08-08");
        registered(ActsClient.complete("MARRIAGE", da, db), PURPOSE);
        JsonObject nameChange = registered(ActsClient.complete("NAME_CHANGE", da, null), PURPOSE);
        JsonObject sexChange = registered(ActsClient.complete("SEX_REGISTRATION_CHANGE", da, null), PURPOSE);
        String spouse = "{\"personId\":\"" + b + "\",\"relation\":\"SPOUSE_OR_COHABITANT\"}";

        Raw allowed = issue("clerk", nameChange.getString("id"), request("EXTRACT", "nl", spouse), Map.of());
        assertEquals(201, allowed.status(), allowed.text());
        assertEquals("VERIFIED", allowed.json().getString("access"), "the marriage act confirms the spouse");

        Raw refused = issue("clerk", sexChange.getString("id"), request("EXTRACT", "nl", spouse), Map.of());
        assertEquals(403, refused.status(), refused.text());
        assertEquals("CS-EXTRACT-SEX-CHANGE-2019", refused.json().getString("rule"));
        Raw self = issue("clerk", sexChange.getString("id"), request("EXTRACT", "nl", "{\"personId\":\"" + a
                + "\",\"relation\":\"SELF\"}"), Map.of());
        assertEquals(201, self.status(), self.text());
        assertEquals("CS-EXTRACT-SEX-CHANGE-2019", self.json().getString("ruleId"));
    }

    @Test
    void actsDrawnUpLongEnoughAgoArePublicToAnyone() throws Exception {
        LocalDate today = today();
        String oldBirth = historicalAct("BIRTH", today.minusYears(100), "{\"type\":\"BIRTH\",\"birthDate\":\""
                + today.minusYears(100).minusDays(2) + "\",\"birthTime\":\"10:00\",\"birthPlace\":{\"municipalityNis\":"
                + "\"24062\"},\"sex\":\"M\",\"childFamilyName\":\"Vandenberghe\",\"childGivenNames\":\"Jozef\","
                + "\"parents\":[{\"role\":\"MOTHER\",\"person\":{\"familyName\":\"Wuyts\",\"givenNames\":\"Maria\","
                + "\"birthDate\":\"1898-00-00\",\"birthPlace\":{\"municipalityNis\":\"24062\"}}}]}");
        String anyone = "{\"name\":\"Genealogische Kring Leuven\",\"relation\":\"NONE\"}";
        Raw publicBirth = issue("clerk", oldBirth, request("EXTRACT", "nl", anyone), Map.of());
        assertEquals(201, publicBirth.status(), publicBirth.text());
        assertEquals("PUBLIC", publicBirth.json().getString("access"));
        assertEquals(today.toString(), publicBirth.json().getString("publicFrom"), "public since today, its 100th anniversary");
        assertTrue(CertificateApiIT.text(pdf("clerk", publicBirth.json().getString("pdf"))).contains("Vandenberghe"));

        String death = "{\"type\":\"DEATH\",\"deceased\":{\"familyName\":\"Smets\",\"givenNames\":\"Karel\","
                + "\"birthDate\":\"1900-03-03\",\"birthPlace\":{\"municipalityNis\":\"24062\"}},\"deathDate\":\""
                + today.minusYears(50).minusDays(3) + "\",\"deathPlace\":{\"municipalityNis\":\"24062\"}}";
        String oldDeath = historicalAct("DEATH", today.minusYears(50), death);
        assertEquals("PUBLIC", issue("clerk", oldDeath, request("EXTRACT", "de", anyone), Map.of()).json()
                .getString("access"));
        String recentDeath = historicalAct("DEATH", today.minusYears(50).plusDays(1), death);
        Raw notYet = issue("clerk", recentDeath, request("EXTRACT", "de", anyone), Map.of());
        assertEquals(403, notYet.status(), notYet.text());
        assertEquals("CS-EXTRACT-DEATH-2019", notYet.json().getString("rule"));
        assertEquals(today.plusDays(1).toString(), notYet.json().getString("publicFrom"), "public tomorrow");
    }

    @Test
    void theMultilingualStandardFormIsAnnexedToTheExtract() throws Exception {
        JsonObject act = birth("Marie", null);
        Raw issued = issue("clerk", act.getString("id"), request("MULTILINGUAL", "en", "{\"personId\":\"" + motherId
                + "\",\"relation\":\"ASCENDANT\"}"), Map.of());
        assertEquals(201, issued.status(), issued.text());
        assertEquals("MULTILINGUAL", issued.json().getString("kind"));
        String text = CertificateApiIT.text(pdf("clerk", issued.json().getString("pdf")));
        for (String expected : List.of("Extract of a civil-status act with multilingual standard form",
                "Annex: multilingual standard form (Regulation (EU) 2016/1191)", "Nederlands", "Français", "Deutsch",
                "English", "Geboortedatum", "Date de naissance", "Geburtsdatum", "Date of birth",
                today().minusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), "Marie")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertEquals("civilstatus.extract-multilingual", Api.anonymous().get("/api/v1/public/documents/"
                + issued.json().getString("verificationCode")).json().getString("type"));

        JsonObject nameChange = registered(ActsClient.complete("NAME_CHANGE", mother, null), PURPOSE);
        Raw none = issue("clerk", nameChange.getString("id"), request("MULTILINGUAL", "en", "{\"personId\":\""
                + motherId + "\",\"relation\":\"SELF\"}"), Map.of());
        assertEquals(400, none.status(), none.text());
        assertEquals("not-available", none.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    @Test
    void onlyARegisteredActHasExtractsAndTheRequestIsChecked() {
        Raw draft = ActsClient.create("clerk", ActsClient.birth("Kato", mother, null), PURPOSE);
        Raw refused = issue("clerk", draft.json().getString("id"), request("EXTRACT", "nl", "{\"personId\":\""
                + motherId + "\",\"relation\":\"ASCENDANT\"}"), Map.of());
        assertEquals(409, refused.status(), refused.text());
        assertEquals("https://burgerzaken.be/problems/not-registered", refused.json().getString("type"));

        JsonObject act = birth("Kato", null);
        Raw bad = issue("clerk", act.getString("id"), "{\"kind\":\"SUMMARY\",\"language\":\"es\",\"requester\":"
                + "{\"relation\":\"COUSIN\"}}", Map.of());
        assertEquals(400, bad.status(), bad.text());
        String errors = bad.json().getJsonArray("errors").toString();
        for (String field : List.of("\"kind\"", "\"language\"", "\"requester.relation\"", "\"requester.name\"")) {
            assertTrue(errors.contains("\"field\":" + field), field + " in " + errors);
        }
        Raw unknown = issue("clerk", UUID.randomUUID().toString(), request("EXTRACT", "nl", "{\"name\":\"X\","
                + "\"relation\":\"NONE\"}"), Map.of());
        assertEquals(404, unknown.status());
        Raw nobody = issue("clerk", act.getString("id"), request("EXTRACT", "nl", "{\"personId\":\"" + UUID.randomUUID()
                + "\",\"relation\":\"SELF\"}"), Map.of());
        assertEquals(400, nobody.status(), nobody.text());
        assertEquals("requester.personId", nobody.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Raw unregistered = issue("clerk", act.getString("id"), request("EXTRACT", "nl", "{\"nationalNumber\":"
                + "\"93.05.18-223.61\",\"name\":\"Jan Janssens\",\"relation\":\"NONE\"}"), Map.of());
        assertEquals(403, unregistered.status(), "a national number not in the register, with a name: the rules decide "
                + unregistered.text());
        assertEquals(0, list(act.getString("id")).getInt("total"));
        assertEquals(400, send("clerk", "POST", BASE + "/" + act.getString("id") + "/extracts", "application/json",
                bytes(request("EXTRACT", "nl", "{\"name\":\"X\",\"relation\":\"NONE\"}")), Map.of()).status(),
                "a purpose is required");
    }

    /**
     * A registered act drawn up on {@code drawnUpOn}, written straight into the database as the acts recovered from
     * the paper registers would be (the API registers acts today only).
     */
    static String historicalAct(String type, LocalDate drawnUpOn, String content) throws Exception {
        UUID id = UUID.randomUUID();
        int sequence = 100_000 + ThreadLocalRandom.current().nextInt(800_000);
        String sql = "INSERT INTO civilstatus.act (id, act_type, status, register_code, act_year, act_sequence, act_number, "
                + "drawn_up_on, drawn_up_at, officer_user, officer_name, registered_at, sign_off_hash, created_at, "
                + "created_by, updated_at, updated_by, version, content) VALUES (?, ?, 'REGISTERED', ?, ?, ?, ?, ?, "
                + "'24062', 'archive', 'Archief', now(), ?, now(), 'archive', now(), 'archive', 1, CAST(? AS jsonb))";
        try (Connection c = DriverManager.getConnection(System.getProperty("bz.test.db.url"),
                System.getProperty("bz.test.db.user"), System.getProperty("bz.test.db.password"));
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.setString(2, type);
            s.setString(3, type);
            s.setInt(4, drawnUpOn.getYear());
            s.setInt(5, sequence);
            s.setString(6, drawnUpOn.getYear() + "/" + type + "/" + sequence);
            s.setObject(7, drawnUpOn);
            s.setString(8, "0".repeat(64));
            s.setString(9, content);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals(200, ActsClient.get("clerk", id.toString(), PURPOSE).status(), new String(ActsClient.get("clerk",
                id.toString(), PURPOSE).body(), StandardCharsets.UTF_8));
        return id.toString();
    }
}
