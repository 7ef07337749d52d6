package be.burgerzaken.app.it;

import be.burgerzaken.app.it.ActsClient.Raw;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.ActsClient.BASE;
import static be.burgerzaken.app.it.ActsClient.bytes;
import static be.burgerzaken.app.it.ActsClient.complete;
import static be.burgerzaken.app.it.ActsClient.create;
import static be.burgerzaken.app.it.ActsClient.details;
import static be.burgerzaken.app.it.ActsClient.etag;
import static be.burgerzaken.app.it.ActsClient.put;
import static be.burgerzaken.app.it.ActsClient.registered;
import static be.burgerzaken.app.it.ActsClient.send;
import static be.burgerzaken.app.it.ActsClient.step;
import static be.burgerzaken.app.it.ActsClient.submitted;
import static be.burgerzaken.app.it.ActsClient.today;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Civil-status acts end to end on PostgreSQL: every act type from draft to registration, immutability of
 * registered acts (409 with the amendment route), amended acts that leave the original unchanged, registration
 * by the civil registrar only, abandonment, draft checks and completeness at submission, attachments, the act
 * index, idempotent creation and the protocol log.
 */
@ExtendWith(PayaraServer.class)
class CivilStatusApiIT {
    static final String PURPOSE = "integration test civil status 2026/0004";
    static final String[] TYPES = {"BIRTH", "RECOGNITION_PRENATAL", "RECOGNITION", "MARRIAGE_DECLARATION", "MARRIAGE",
            "DIVORCE", "DEATH", "NAME_CHANGE", "SEX_REGISTRATION_CHANGE", "NATIONALITY_ACQUISITION", "NATIONALITY_LOSS",
            "ADOPTION", "FOREIGN_ACT"};
    static String motherId;
    static String fatherId;
    static String mother;
    static String father;
    static String family;

    @BeforeAll
    static void persons() {
        family = ActsClient.uniqueName("Vermeulen");
        motherId = ActsClient.person(family, "Ann", "1990-04-12", "F", PURPOSE);
        fatherId = ActsClient.person("Janssens", "Bart", "1988-11-02", "M", PURPOSE);
        mother = details(motherId, family, "Ann", "1990-04-12");
        father = details(fatherId, "Janssens", "Bart", "1988-11-02");
        // the mother lives in the city: a registered birth enters the child in her household
        ActsClient.resident(motherId, "88", ActsClient.box(), null, PURPOSE);
    }

    @Test
    void everyActTypeGoesFromDraftToRegistration() {
        String year = Integer.toString(today().getYear());
        // the acts that change one person's identity concern a person of their own, so the mother's name and sex
        // stay those the other tests search by (and no name other test classes search for is created)
        String own = ActsClient.uniqueName("Lauwereys");
        String subject = details(ActsClient.person(own, "Lien", "1990-05-05", "F", PURPOSE), own, "Lien", "1990-05-05");
        for (String type : TYPES) {
            String a = switch (type) {
                case "DEATH" -> details(null, "Claes", "Jozef", "1931-02-20");
                case "NAME_CHANGE", "SEX_REGISTRATION_CHANGE", "NATIONALITY_ACQUISITION", "NATIONALITY_LOSS" -> subject;
                // a divorce of a couple married before the registers knew them (the mother and father marry today)
                case "DIVORCE" -> details(null, "Wouters", "Els", "1970-01-01");
                default -> mother;
            };
            String b = type.equals("DIVORCE") ? details(null, "Wouters", "Jan", "1969-01-01") : father;
            Raw created = create("clerk", complete(type, a, b), PURPOSE);
            assertEquals(201, created.status(), type + ": " + created.text());
            assertNotNull(created.header("Location"), type);
            JsonObject draft = created.json();
            String id = draft.getString("id");
            assertEquals(type, draft.getString("type"));
            assertEquals("DRAFT", draft.getString("status"));
            assertEquals(type, draft.getJsonObject("content").getString("type"));
            assertEquals("24062", draft.getString("drawnUpAt"), "the city by default");
            assertEquals("[\"EDIT\",\"SUBMIT\",\"ABANDON\"]", draft.getJsonArray("allowedSteps").toString());
            assertEquals("\"" + draft.getJsonNumber("version").longValue() + "\"", created.header("ETag"));
            assertFalse(draft.containsKey("number"), "no number before registration");
            if (type.equals("FOREIGN_ACT")) {
                Raw missing = step("clerk", id, "submission", created.header("ETag"), PURPOSE);
                assertEquals(400, missing.status(), missing.text());
                assertEquals("attachments", missing.json().getJsonArray("errors").getJsonObject(0).getString("field"));
                Raw attached = ActsClient.upload("clerk", id, "application/pdf", ActsClient.pdf(),
                        "foreign-marriage.pdf", PURPOSE);
                assertEquals(201, attached.status(), attached.text());
                draft = ActsClient.get("clerk", id, PURPOSE).json();
            }
            JsonObject ready = submitted(id, etag(draft), PURPOSE);
            assertEquals("[\"BACK_TO_DRAFT\",\"ABANDON\",\"REGISTER\"]", ready.getJsonArray("allowedSteps").toString());
            Raw registered = step("registrar", id, "registration", etag(ready), PURPOSE);
            assertEquals(200, registered.status(), type + ": " + registered.text());
            JsonObject act = registered.json();
            assertEquals("REGISTERED", act.getString("status"));
            int sequence = act.getInt("sequence");
            assertTrue(sequence > 0);
            assertEquals(year + "/" + type + "/" + sequence, act.getString("number"));
            assertEquals(type, act.getString("registerCode"));
            assertEquals(today().toString(), act.getString("drawnUpOn"));
            assertEquals("Leuven", act.getString("drawnUpAtName"));
            assertEquals("registrar", act.getJsonObject("officer").getString("userName"));
            assertEquals("Demo registrar", act.getJsonObject("officer").getString("displayName"));
            assertTrue(act.getString("signOffHash").matches("[0-9a-f]{64}"), act.toString());
            assertEquals("[\"AMEND\"]", act.getJsonArray("allowedSteps").toString());
            JsonObject read = ActsClient.get("clerk", id, PURPOSE).json();
            assertEquals(act.getString("number"), read.getString("number"));
            assertEquals(act.getJsonObject("content"), read.getJsonObject("content"), "the content is stored as sent");
        }
        // the registration and the read of an act that names the mother are in her protocol log
        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + motherId + "&size=200").json();
        List<JsonObject> entries = log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("purpose").equals(PURPOSE)).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("CHANGE")
                && e.getString("actor").equals("registrar") && e.getString("query").contains("register")
                && e.getString("query").contains("/BIRTH/")
                && e.getJsonArray("informationTypes").toString().contains("120")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("CREATE")
                && e.getString("actor").equals("clerk") && e.getString("query").contains("draft MARRIAGE")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("READ")
                && e.getString("query").startsWith("civil-status act ")), entries.toString());
    }

    @Test
    void aRegisteredActIsImmutableAndACorrectionIsAnAmendedAct() {
        JsonObject act = registered(ActsClient.birth("Lote", mother, father), PURPOSE);
        String id = act.getString("id");
        String etag = etag(act);

        // every change of the registered act: 409 with the amendment route
        Raw update = put("clerk", id, etag, ActsClient.birth("Lotte", mother, father), PURPOSE);
        assertEquals(409, update.status(), update.text());
        assertTrue(update.header("Content-Type").startsWith("application/problem+json"));
        JsonObject problem = update.json();
        assertEquals("https://burgerzaken.be/problems/act-registered", problem.getString("type"));
        assertTrue(problem.getString("amendment").endsWith(BASE + "/" + id + "/amendments"), problem.toString());
        assertTrue(update.header("Link").contains(BASE + "/" + id + "/amendments") && update.header("Link")
                .contains("rel=\"amendment\""), update.header("Link"));
        for (String stepName : List.of("submission", "back-to-draft", "registration")) {
            Raw refused = step("registrar", id, stepName, etag, PURPOSE);
            assertEquals(409, refused.status(), stepName + ": " + refused.text());
            assertTrue(refused.json().getString("amendment").endsWith("/amendments"));
        }
        assertEquals(409, ActsClient.abandon("clerk", id, etag, "mistake", PURPOSE).status());
        assertEquals(409, ActsClient.upload("clerk", id, "application/pdf", ActsClient.pdf(), "x.pdf", PURPOSE)
                .status());

        // the correction: an amended act on a court decision, changing the child's given names
        String amendment = "{\"legalBasis\":{\"kind\":\"COURT_DECISION\",\"reference\":\"AR 26/4242/A\","
                + "\"effectiveDate\":\"" + today() + "\"},\"reason\":\"spelling of the given name\",\"corrected\":"
                + ActsClient.birth("Lotte", mother, father).replaceFirst("^\\{\"content\":", "")
                .replaceFirst("}$", "") + "}";
        Raw amended = send("clerk", "POST", BASE + "/" + id + "/amendments?purpose=" + q(PURPOSE), "application/json",
                bytes(amendment), Map.of());
        assertEquals(201, amended.status(), amended.text());
        JsonObject draft = amended.json();
        assertEquals("AMENDED", draft.getString("type"));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(id, draft.getString("amendsActId"));
        JsonArray changes = draft.getJsonObject("content").getJsonArray("changes");
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("childGivenNames", changes.getJsonObject(0).getString("field"));
        assertEquals("Lote", changes.getJsonObject(0).getString("before"));
        assertEquals("Lotte", changes.getJsonObject(0).getString("after"));
        JsonObject ready = submitted(draft.getString("id"), etag(draft), PURPOSE);
        Raw signed = step("registrar", ready.getString("id"), "registration", etag(ready), PURPOSE);
        assertEquals(200, signed.status(), signed.text());
        assertTrue(signed.json().getString("number").matches(today().getYear() + "/AMENDED/\\d+"));

        // the original is unchanged; its view shows the corrected content and the history in order
        JsonObject original = ActsClient.get("clerk", id, PURPOSE).json();
        assertEquals(act.getJsonNumber("version").longValue(), original.getJsonNumber("version").longValue());
        assertEquals("Lote", original.getJsonObject("content").getString("childGivenNames"));
        assertEquals(act.getString("signOffHash"), original.getString("signOffHash"));
        assertEquals("Lotte", original.getJsonObject("currentContent").getString("childGivenNames"));
        JsonArray history = original.getJsonArray("history");
        assertEquals(2, history.size(), history.toString());
        assertEquals(act.getString("number"), history.getJsonObject(0).getString("number"));
        assertEquals(signed.json().getString("number"), history.getJsonObject(1).getString("number"));
        assertEquals("spelling of the given name", history.getJsonObject(1).getString("reason"));
        assertEquals("COURT_DECISION", history.getJsonObject(1).getJsonObject("legalBasis").getString("kind"));
        assertEquals("childGivenNames", history.getJsonObject(1).getJsonArray("changes").getJsonObject(0)
                .getString("field"));
        assertEquals(2, ActsClient.get("clerk", draft.getString("id"), PURPOSE).json().getJsonArray("history")
                .size(), "the amended act shows the same history");

        // a correction that changes nothing, of another type, or of a draft: refused
        Raw same = send("clerk", "POST", BASE + "/" + id + "/amendments?purpose=" + q(PURPOSE), "application/json",
                bytes(amendment), Map.of());
        assertEquals(400, same.status(), same.text());
        assertEquals("no-change", same.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        Raw otherType = send("clerk", "POST", BASE + "/" + id + "/amendments?purpose=" + q(PURPOSE), "application/json",
                bytes("{\"legalBasis\":{\"kind\":\"DECLARATION\",\"reference\":\"x\"},\"reason\":\"x\",\"corrected\":"
                        + "{\"type\":\"DEATH\"}}"), Map.of());
        assertEquals(400, otherType.status());
        assertEquals("corrected.type", otherType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Raw aDraft = create("clerk", ActsClient.birth("Mila", mother, null), PURPOSE);
        Raw ofDraft = send("clerk", "POST", BASE + "/" + aDraft.json().getString("id") + "/amendments?purpose="
                + q(PURPOSE), "application/json", bytes(amendment), Map.of());
        assertEquals(409, ofDraft.status(), ofDraft.text());
        assertEquals("https://burgerzaken.be/problems/not-registered", ofDraft.json().getString("type"));
    }

    @Test
    void onlyTheCivilRegistrarRegisters() {
        Raw created = create("clerk", ActsClient.birth("Noor", mother, null), PURPOSE);
        JsonObject ready = submitted(created.json().getString("id"), created.header("ETag"), PURPOSE);
        Raw refused = step("clerk", ready.getString("id"), "registration", etag(ready), PURPOSE);
        assertEquals(403, refused.status(), refused.text());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(refused.json().getJsonArray("missing").toString().contains("role:civil-registrar"), refused.text());
        JsonObject after = ActsClient.get("clerk", ready.getString("id"), PURPOSE).json();
        assertEquals("READY_FOR_SIGNATURE", after.getString("status"));
        assertFalse(after.containsKey("number"));
        // a role without civil-status rights reads nothing either
        assertEquals(403, ActsClient.get("population", ready.getString("id"), PURPOSE).status());
        Raw denied = ActsClient.create("elections", ActsClient.birth("Noor", mother, null), PURPOSE);
        assertEquals(403, denied.status());
        // the refused registration is in the protocol log, with the purpose
        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?actor=clerk&size=200").json();
        assertTrue(log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("outcome").equals("DENIED") && e.getString("purpose").equals(PURPOSE)
                        && e.getString("query").equals("civil-status act register " + ready.getString("id"))),
                log.toString());
    }

    @Test
    void draftsAreAbandonedWithAReasonAndTakenBackFromSignature() {
        Raw created = create("clerk", ActsClient.birth("Fien", mother, null), PURPOSE);
        JsonObject ready = submitted(created.json().getString("id"), created.header("ETag"), PURPOSE);
        String id = ready.getString("id");
        Raw back = step("clerk", id, "back-to-draft", etag(ready), PURPOSE);
        assertEquals(200, back.status(), back.text());
        assertEquals("DRAFT", back.json().getString("status"));
        Raw noReason = ActsClient.abandon("clerk", id, back.header("ETag"), null, PURPOSE);
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Raw abandoned = ActsClient.abandon("clerk", id, back.header("ETag"), "declared twice", PURPOSE);
        assertEquals(200, abandoned.status(), abandoned.text());
        assertEquals("ABANDONED", abandoned.json().getString("status"));
        assertEquals("declared twice", abandoned.json().getString("abandonReason"));
        assertEquals(0, abandoned.json().getJsonArray("allowedSteps").size());
        Raw submit = step("clerk", id, "submission", abandoned.header("ETag"), PURPOSE);
        assertEquals(409, submit.status());
        assertEquals("https://burgerzaken.be/problems/illegal-transition", submit.json().getString("type"));
        assertTrue(submit.json().getString("detail").contains("ABANDONED"));
    }

    @Test
    void draftsMustBeConsistentAndSubmissionComplete() {
        // a birth after the act's date: refused with the field, nothing stored
        String tomorrow = ActsClient.birth("Kaat", mother, null).replace(today().minusDays(2).toString(),
                today().plusDays(1).toString());
        long before = countFor(motherId);
        Raw future = create("clerk", tomorrow, PURPOSE);
        assertEquals(400, future.status(), future.text());
        JsonObject error = future.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("content.birthDate", error.getString("field"));
        assertEquals("after-act-date", error.getString("code"));
        assertEquals(before, countFor(motherId), "nothing stored");

        // a draft may lack the hour of birth; submission names what is missing
        String noHour = ActsClient.birth("Kaat", mother, null).replace("\"birthTime\":\"04:35\",", "");
        Raw created = create("clerk", noHour, PURPOSE);
        assertEquals(201, created.status(), created.text());
        String id = created.json().getString("id");
        Raw incomplete = step("clerk", id, "submission", created.header("ETag"), PURPOSE);
        assertEquals(400, incomplete.status());
        assertEquals("content.birthTime", incomplete.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("required", incomplete.json().getJsonArray("errors").getJsonObject(0).getString("code"));

        // updates need the version; a stale one is 412, none 428, the type cannot change, a parent must exist
        assertEquals(428, put("clerk", id, null, ActsClient.birth("Kaat", mother, null), PURPOSE).status());
        Raw typeChange = put("clerk", id, created.header("ETag"), complete("DEATH", mother, null), PURPOSE);
        assertEquals(400, typeChange.status());
        assertEquals("type-change", typeChange.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        String ghost = details(UUID.randomUUID().toString(), "Nobody", "X", "1990-01-01");
        Raw unknown = put("clerk", id, created.header("ETag"), ActsClient.birth("Kaat", ghost, null), PURPOSE);
        assertEquals(400, unknown.status(), unknown.text());
        assertEquals("content.parents[0].person.personId", unknown.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        Raw fixed = put("clerk", id, created.header("ETag"), ActsClient.birth("Kaat", mother, null), PURPOSE);
        assertEquals(200, fixed.status(), fixed.text());
        assertEquals("04:35:00", fixed.json().getJsonObject("content").getString("birthTime"));
        assertEquals(412, put("clerk", id, created.header("ETag"), ActsClient.birth("Kaat", mother, null), PURPOSE)
                .status());
        assertEquals(200, step("clerk", id, "submission", fixed.header("ETag"), PURPOSE).status());

        // bad JSON and an unknown act type are problems too
        Raw unknownType = create("clerk", "{\"content\":{\"type\":\"BAPTISM\"}}", PURPOSE);
        assertEquals(400, unknownType.status());
        assertTrue(unknownType.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(unknownType.json().getString("detail").contains("BAPTISM"), unknownType.text());
        Raw amendedType = create("clerk", "{\"content\":{\"type\":\"AMENDED\"}}", PURPOSE);
        assertEquals(400, amendedType.status());
        assertEquals("content.type", amendedType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyDraftsOneAct() {
        String key = "cs-" + UUID.randomUUID();
        String body = ActsClient.birth("Roos", mother, null);
        Raw first = send("clerk", "POST", BASE + "?purpose=" + q(PURPOSE), "application/json", bytes(body),
                Map.of("Idempotency-Key", key));
        Raw second = send("clerk", "POST", BASE + "?purpose=" + q(PURPOSE), "application/json", bytes(body),
                Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.text());
        assertEquals(201, second.status(), second.text());
        assertEquals(first.json().getString("id"), second.json().getString("id"));
        Raw other = send("clerk", "POST", BASE + "?purpose=" + q(PURPOSE), "application/json",
                bytes(ActsClient.birth("Iris", mother, null)), Map.of("Idempotency-Key", key));
        assertEquals(422, other.status(), other.text());
    }

    @Test
    void attachmentsAreCheckedByTheirBytesAndKeptWithTheirHash() throws Exception {
        Raw created = create("clerk", complete("ADOPTION", mother, father), PURPOSE);
        String id = created.json().getString("id");
        byte[] pdf = ActsClient.pdf();
        Raw added = ActsClient.upload("clerk", id, "application/pdf", pdf, "vonnis-2026-777.pdf", PURPOSE);
        assertEquals(201, added.status(), added.text());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(sha, added.json().getString("sha256"));
        assertEquals(pdf.length, added.json().getInt("size"));
        assertEquals("application/pdf", added.json().getString("contentType"));

        Raw disguised = ActsClient.upload("clerk", id, "application/pdf", ActsClient.png(), "x.pdf", PURPOSE);
        assertEquals(400, disguised.status());
        assertEquals("type-mismatch", disguised.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        Raw html = ActsClient.upload("clerk", id, "application/pdf", bytes("<html><script>x</script>"), "x.pdf",
                PURPOSE);
        assertEquals(400, html.status());
        assertEquals("unrecognised", html.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        Raw text = ActsClient.upload("clerk", id, "text/plain", pdf, "x.txt", PURPOSE);
        assertEquals("unsupported", text.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        Raw png = ActsClient.upload("clerk", id, "image/png", ActsClient.png(), "scan.png", PURPOSE);
        assertEquals(201, png.status(), png.text());

        JsonObject act = ActsClient.get("clerk", id, PURPOSE).json();
        assertEquals(2, act.getJsonArray("attachments").size());
        assertTrue(act.getJsonNumber("version").longValue() > created.json().getJsonNumber("version").longValue());
        Raw download = send("clerk", "GET", added.header("Location").replaceFirst("^https?://[^/]+", "") + "?purpose="
                + q(PURPOSE), null, null, Map.of());
        assertEquals(200, download.status(), download.text());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.header("Content-Type"));
        assertTrue(download.header("Content-Disposition").contains("vonnis-2026-777.pdf"));
        assertTrue(download.header("Repr-Digest").startsWith("sha-256=:"));
        Raw removed = send("clerk", "DELETE", BASE + "/" + id + "/attachments/" + png.json().getString("id") + "?purpose="
                + q(PURPOSE), null, null, Map.of());
        assertEquals(204, removed.status(), removed.text());
        assertEquals(1, ActsClient.get("clerk", id, PURPOSE).json().getJsonArray("attachments").size());
        assertEquals(404, send("clerk", "GET", BASE + "/" + id + "/attachments/" + png.json().getString("id")
                + "?purpose=" + q(PURPOSE), null, null, Map.of()).status());
    }

    @Test
    void theActIndexFindsActsByPersonNameTypeDateNumberAndOfficer() {
        JsonObject act = registered(ActsClient.birth("Wout", mother, father), PURPOSE);
        String number = act.getString("number");
        assertTrue(index("personId=" + motherId).contains(act.getString("id")));
        // tolerant name search through the kernel: lower case, no accents
        assertTrue(index("familyName=" + q(family.toLowerCase())).contains(act.getString("id")));
        assertTrue(index("familyName=" + q(family) + "&givenNames=ann").contains(act.getString("id")));
        assertTrue(index("type=BIRTH&status=REGISTERED&from=" + today() + "&to=" + today()).contains(act.getString("id")));
        assertFalse(index("type=DEATH&personId=" + motherId).contains(act.getString("id")));
        assertFalse(index("personId=" + motherId + "&to=" + today().minusDays(1)).contains(act.getString("id")));
        JsonObject byNumber = Api.as("clerk").get(BASE + "?number=" + q(number) + "&purpose=" + q(PURPOSE)).json();
        assertEquals(1, byNumber.getInt("total"));
        assertEquals(act.getString("id"), byNumber.getJsonArray("items").getJsonObject(0).getString("id"));
        assertTrue(byNumber.getJsonArray("items").getJsonObject(0).getJsonArray("subjects").toString().contains(motherId));
        assertTrue(index("officer=registrar&personId=" + motherId).contains(act.getString("id")));
        assertFalse(index("officer=nobody&personId=" + motherId).contains(act.getString("id")));
        assertEquals(0, Api.as("clerk").get(BASE + "?familyName=" + q(ActsClient.uniqueName("Zzyzx")) + "&purpose="
                + q(PURPOSE)).json().getInt("total"));
        JsonObject paged = Api.as("clerk").get(BASE + "?personId=" + motherId + "&size=1&purpose=" + q(PURPOSE)).json();
        assertEquals(1, paged.getJsonArray("items").size());
        assertTrue(paged.getInt("total") > 1);
        Api.Reply badType = Api.as("clerk").get(BASE + "?type=BAPTISM&purpose=" + q(PURPOSE));
        assertEquals(400, badType.status());
        assertEquals("type", badType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, Api.as("clerk").get(BASE + "?size=500&purpose=" + q(PURPOSE)).status());
        assertEquals(400, Api.as("clerk").get(BASE + "?type=BIRTH").status(), "a purpose is required");
    }

    @Test
    void theOpenApiDocumentDescribesTheActsAndTheirTypedContent() {
        Raw doc = send("clerk", "GET", "/openapi", null, null, Map.of("Accept", "application/json"));
        assertEquals(200, doc.status(), doc.text());
        JsonObject paths = doc.json().getJsonObject("paths");
        for (String path : List.of(BASE, BASE + "/{id}", BASE + "/{id}/registration", BASE + "/{id}/amendments",
                BASE + "/{id}/attachments", BASE + "/{id}/attachments/{attachment}")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        String schemas = doc.json().getJsonObject("components").getJsonObject("schemas").keySet().toString();
        for (String schema : List.of("ActDraft", "Amendment", "BirthContent", "MarriageContent", "DeathContent", "AmendedContent")) {
            assertTrue(schemas.contains(schema), schema + " in " + schemas);
        }
    }

    // --- signing queue, send back with a remark, index by the names an act writes (the screens' needs) ---

    @Test
    void theSigningQueueListsTheActsWaitingForSignatureTheLongestWaitingFirst() {
        String child = ActsClient.uniqueName("Wachtrij");
        JsonObject first = submittedBirth(child, "Eerste");
        JsonObject second = submittedBirth(child, "Tweede");
        JsonObject queue = Api.as("registrar").get(BASE + "/signing-queue?size=100&purpose=" + q(PURPOSE)).json();
        List<JsonObject> items = queue.getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(items.stream().allMatch(a -> a.getString("status").equals("READY_FOR_SIGNATURE")), queue.toString());
        List<String> ids = items.stream().map(a -> a.getString("id")).toList();
        assertTrue(ids.indexOf(first.getString("id")) >= 0 && ids.indexOf(first.getString("id"))
                < ids.indexOf(second.getString("id")), "the longest waiting first: " + ids);
        JsonObject line = items.get(ids.indexOf(first.getString("id")));
        assertEquals("clerk", line.getString("createdBy"));
        assertTrue(line.getJsonArray("persons").toString().contains(child), line.toString());
        assertEquals(queue.getJsonNumber("total").longValue(), Api.as("clerk").get(BASE + "/signing-queue?size=1&purpose="
                + q(PURPOSE)).json().getJsonNumber("total").longValue(), "clerks see the queue too");

        assertEquals(200, step("registrar", first.getString("id"), "registration", etag(first), PURPOSE).status());
        String after = Api.as("registrar").get(BASE + "/signing-queue?size=100&purpose=" + q(PURPOSE)).body();
        assertFalse(after.contains(first.getString("id")), "a signed act leaves the queue");
        assertTrue(after.contains(second.getString("id")));
        assertEquals(403, Api.as("elections").get(BASE + "/signing-queue?purpose=" + q(PURPOSE)).status());
        assertEquals(400, Api.as("registrar").get(BASE + "/signing-queue").status(), "a purpose is required");
        assertEquals(400, Api.as("registrar").get(BASE + "/signing-queue?size=0&purpose=" + q(PURPOSE)).status());
    }

    @Test
    void theRegistrarSendsAnActBackToDraftWithARemarkTheDrafterSees() {
        JsonObject ready = submittedBirth(ActsClient.uniqueName("Terug"), "Mona");
        String id = ready.getString("id");
        Raw tooLong = send("registrar", "POST", BASE + "/" + id + "/back-to-draft?purpose=" + q(PURPOSE),
                "application/json", bytes("{\"remark\":\"" + "x".repeat(501) + "\"}"), Map.of("If-Match", etag(ready)));
        assertEquals(400, tooLong.status(), tooLong.text());
        assertEquals("remark", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Raw back = send("registrar", "POST", BASE + "/" + id + "/back-to-draft?purpose=" + q(PURPOSE),
                "application/json", bytes("{\"remark\":\"het uur van geboorte ontbreekt in de aangifte\"}"),
                Map.of("If-Match", etag(ready)));
        assertEquals(200, back.status(), back.text());
        JsonObject draft = ActsClient.get("clerk", id, PURPOSE).json();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("het uur van geboorte ontbreekt in de aangifte", draft.getString("returnRemark"));
        assertEquals("registrar", draft.getString("returnedBy"));
        assertTrue(draft.containsKey("returnedAt"));
        Raw notJson = send("registrar", "POST", BASE + "/" + id + "/back-to-draft?purpose=" + q(PURPOSE),
                "application/json", bytes("remark"), Map.of("If-Match", etag(draft)));
        assertEquals(400, notJson.status(), notJson.text());
        assertEquals("body", notJson.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Raw again = step("registrar", id, "back-to-draft", etag(draft), PURPOSE);
        assertEquals(409, again.status(), "a draft is not sent back: " + again.text());
    }

    @Test
    void theIndexFindsAnActByTheNamesItWritesAlsoOfPersonsNotInTheRegister() {
        String child = ActsClient.uniqueName("Vandenbroucke");
        JsonObject act = submittedBirth(child, "Éloïse");
        String id = act.getString("id");
        // the child is no person of the register: its names in the act find it, tolerantly and by their beginning
        assertTrue(index("familyName=" + q(child.toUpperCase())).contains(id));
        assertTrue(index("familyName=" + q(child.substring(0, 12).toLowerCase()) + "&givenNames=eloise").contains(id));
        assertFalse(index("familyName=" + q(child) + "&givenNames=" + q("Mona")).contains(id));
        assertTrue(index("familyName=" + q(child) + "&type=BIRTH&status=READY_FOR_SIGNATURE").contains(id));
        assertFalse(index("familyName=" + q(child) + "&status=REGISTERED").contains(id));
        // the mother, a person of the register, still finds it through the person search
        assertTrue(index("familyName=" + q(family) + "&givenNames=ann").contains(id));
        JsonObject line = Api.as("clerk").get(BASE + "?familyName=" + q(child) + "&purpose=" + q(PURPOSE)).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("CHILD", line.getJsonArray("persons").getJsonObject(0).getString("role"));
        assertEquals("Éloïse", line.getJsonArray("persons").getJsonObject(0).getString("givenNames"));
    }

    /** A birth of a child with that family name (not a person of the register), submitted for signature. */
    private static JsonObject submittedBirth(String childFamily, String given) {
        Raw created = create("clerk", ActsClient.birth(given, mother, null)
                .replace("\"childFamilyName\":\"" + ActsClient.CHILD_FAMILY + "\"",
                        "\"childFamilyName\":\"" + childFamily + "\""), PURPOSE);
        assertEquals(201, created.status(), created.text());
        return submitted(created.json().getString("id"), created.header("ETag"), PURPOSE);
    }

    private static String index(String query) {
        Api.Reply r = Api.as("clerk").get(BASE + "?" + query + "&size=100&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    private static long countFor(String personId) {
        return Api.as("clerk").get(BASE + "?personId=" + personId + "&size=1&purpose=" + q(PURPOSE)).json()
                .getJsonNumber("total").longValue();
    }
}
