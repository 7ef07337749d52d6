package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The change of address end to end on PostgreSQL: a demo family declares a move, the police integrator lists the
 * pending check and posts a positive outcome, the population officer approves, and the family lives at the new
 * address from the declaration date; refusal, late declaration, bad input, one open procedure per person, the
 * outbox row and the protocol log; idempotent retries; the reference person moving out (a new reference person of the
 * household left behind, or a refusal when only minors would stay); a partial move and joining a household at the
 * new address, with both households' compositions the day before and on the declaration date.
 */
@ExtendWith(PayaraServer.class)
class AddressChangeApiIT {
    static final String PURPOSE = "integration test change of address 2026/0003";
    static final String NAAMSESTRAAT = "1020";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    static final List<String> NAMES = List.of("peeters", "janssens", "maes", "jacobs", "mertens", "willems", "claes",
            "goossens", "wouters", "de smet", "dubois", "lambert", "martin", "dupont", "hermans", "aerts");
    static final Set<String> USED = ConcurrentHashMap.newKeySet();

    @Test
    void aFamilyMovesFromTheDeclarationDateAfterAPositiveCheckAndApproval() throws Exception {
        Family family = family();
        String box = box();
        Api.Reply declared = declare("clerk", family.declarant(), family.members(), address(NAAMSESTRAAT, "90", box),
                TODAY.minusDays(2));
        assertEquals(201, declared.status(), declared.body());
        JsonObject change = declared.json();
        String id = change.getString("id");
        assertEquals("DECLARED", change.getString("status"));
        assertFalse(change.getBoolean("late"));
        assertEquals(TODAY.toString(), change.getString("declaredOn"));
        assertEquals(family.members().size(), change.getJsonArray("members").size());
        assertEquals(change.getString("checkDue"), change.getString("dueDate"));
        assertFalse(change.getBoolean("overdue"));

        String token = AuthApiIT.token();
        Api.Reply pending = Api.bearer(token).get("/api/v1/population/residence-checks?size=100&purpose=" + q("police PV 2026/1"));
        assertEquals(200, pending.status(), pending.body());
        List<JsonObject> items = pending.json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(items.stream().anyMatch(i -> i.getString("id").equals(id)), pending.body());
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).getString("dueDate").compareTo(items.get(i).getString("dueDate")) <= 0,
                    "oldest due first");
        }
        Api.Reply checked = Api.bearer(token).postJson("/api/v1/population/address-changes/" + id
                        + "/residence-check?purpose=" + q("police PV 2026/1"),
                "{\"outcome\":\"POSITIVE\",\"visitDate\":\"" + TODAY + "\",\"remarks\":\"family met at home\"}", Map.of());
        assertEquals(200, checked.status(), checked.body());
        assertEquals("CHECKED", checked.json().getString("status"));
        assertEquals("demo-integrator", checked.json().getString("checkedBy"));

        Api.Reply stale = Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\"}",
                Map.of("If-Match", declared.etag()));
        assertEquals(412, stale.status(), stale.body());
        Api.Reply approved = Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\"}",
                Map.of("If-Match", checked.etag()));
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertTrue(approved.json().getJsonArray("allowedSteps").isEmpty());

        for (String member : family.members()) {
            JsonArray history = Api.as("clerk").get("/api/v1/population/residents/" + member + "/addresses?purpose="
                    + q(PURPOSE)).any().asJsonArray();
            JsonObject last = history.getJsonObject(history.size() - 1);
            JsonObject before = history.getJsonObject(history.size() - 2);
            assertEquals(TODAY.toString(), last.getString("validFrom"), "from the declaration date");
            assertFalse(last.containsKey("validTo") && !last.isNull("validTo"), "still lives there");
            assertEquals(box, last.getJsonObject("address").getString("box"));
            assertEquals(TODAY.toString(), before.getString("validTo"), "the old residence ends the day before");
        }
        JsonObject household = Api.as("clerk").get("/api/v1/population/households?personId=" + family.declarant()
                + "&purpose=" + q(PURPOSE)).json();
        assertEquals(box, household.getJsonObject("address").getString("box"));
        assertEquals(family.members().size(), household.getJsonArray("members").size());
        assertEquals(family.declarant(), household.getJsonArray("members").getJsonObject(0).getString("personId"));
        JsonObject yesterday = Api.as("clerk").get("/api/v1/population/households?personId=" + family.declarant()
                + "&date=" + TODAY.minusDays(1) + "&purpose=" + q(PURPOSE)).json();
        assertEquals(family.householdId(), yesterday.getString("householdId"));

        List<String> outbox = outbox(id);
        assertEquals(1, outbox.size(), outbox.toString());
        assertTrue(outbox.get(0).startsWith("population.address-changed"), outbox.toString());

        List<JsonObject> log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + family.declarant() + "&size=100")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("CREATE") && e.getString("actor").equals("clerk")
                && e.getString("query").startsWith("change-of-address declaration " + id)
                && e.getJsonArray("informationTypes").toString().contains("020")
                && e.getJsonArray("informationTypes").toString().contains("140")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.getString("actor").equals("demo-integrator")
                && e.getString("query").startsWith("residence check " + id)), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.getString("actor").equals("population")
                && e.getString("query").startsWith("change-of-address APPROVE " + id)), log.toString());
    }

    @Test
    void theDemoWorkQueueHoldsProceduresAtEveryStage() {
        // the demo data (AddressChangeDemoData): declared by "system" through the facades, the stages a clerk meets
        List<JsonObject> demo = Api.as("population").get("/api/v1/population/address-changes?size=100&purpose="
                        + q(PURPOSE)).json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(v -> v.getString("declaredBy").equals("system")).toList();
        assertTrue(demo.stream().anyMatch(v -> v.getString("status").equals("DECLARED") && !v.getBoolean("overdue")),
                demo.toString());
        assertTrue(demo.stream().anyMatch(v -> v.getString("status").equals("DECLARED") && v.getBoolean("overdue")),
                "a police check overdue: " + demo);
        assertTrue(demo.stream().anyMatch(v -> v.getString("status").equals("CHECKED") && v.getBoolean("late")
                && v.getString("checkOutcome").equals("POSITIVE")), "a late declaration checked positive: " + demo);
        assertTrue(demo.stream().anyMatch(v -> v.getString("status").equals("CHECKED")
                && v.getString("checkOutcome").equals("NEGATIVE")), "a negative check: " + demo);
        assertTrue(demo.stream().anyMatch(v -> v.getString("kind").equals("ARRIVAL")
                && v.getString("originNis").equals("44021")), "an arrival from Gent: " + demo);
    }

    @Test
    void aRefusedChangeKeepsTheOldAddress() throws Exception {
        Family family = family();
        String before = currentAddressId(family.declarant());
        Api.Reply declared = declare("population", family.declarant(), family.members(),
                address(NAAMSESTRAAT, "91", box()), TODAY);
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");

        Api.Reply early = Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\"}",
                Map.of("If-Match", declared.etag()));
        assertEquals(409, early.status(), early.body());
        assertEquals("https://burgerzaken.be/problems/illegal-transition", early.json().getString("type"));
        Api.Reply unmotivated = Api.as("population").postJson(decisionPath(id), "{\"decision\":\"REFUSE\"}",
                Map.of("If-Match", declared.etag()));
        assertProblem(unmotivated, 400, "motivation", "required");
        Api.Reply clerk = Api.as("clerk").postJson(decisionPath(id), "{\"decision\":\"REFUSE\",\"motivation\":\"x\"}",
                Map.of("If-Match", declared.etag()));
        assertEquals(403, clerk.status(), clerk.body());

        Api.Reply refused = Api.as("population").postJson(decisionPath(id),
                "{\"decision\":\"REFUSE\",\"motivation\":\"nobody lives at the address (police report)\"}",
                Map.of("If-Match", declared.etag()));
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals(before, currentAddressId(family.declarant()));
        assertTrue(outbox(id).get(0).startsWith("population.address-change-refused"));

        Api.Reply again = declare("population", family.declarant(), family.members(), address(NAAMSESTRAAT, "91", box()),
                TODAY);
        assertEquals(201, again.status(), "a decided procedure is no longer open: " + again.body());
    }

    @Test
    void aLateDeclarationIsFlaggedAndASecondOpenProcedureIsRefused() {
        Family family = family();
        Api.Reply late = declare("clerk", family.declarant(), family.members(),
                address(NAAMSESTRAAT, "92", box()), TODAY.minusDays(30));
        assertEquals(201, late.status(), late.body());
        assertTrue(late.json().getBoolean("late"));
        assertTrue(LocalDate.parse(late.json().getString("declarationDeadline")).isBefore(TODAY));

        Api.Reply second = declare("clerk", family.declarant(), family.members(), address(NAAMSESTRAAT, "93", box()),
                TODAY);
        assertEquals(409, second.status(), second.body());
        assertEquals("https://burgerzaken.be/problems/open-procedure", second.json().getString("type"));

        JsonObject queue = Api.as("population").get("/api/v1/population/address-changes?status=DECLARED&size=100&purpose="
                + q(PURPOSE)).json();
        assertTrue(queue.getJsonArray("items").stream().anyMatch(v -> v.asJsonObject().getString("id")
                .equals(late.json().getString("id"))));
    }

    @Test
    void badInputGetsPreciseProblemsAndNothingIsStored() {
        Family family = family();
        Family other = family();
        String good = address(NAAMSESTRAAT, "94", box());
        assertProblem(declare("clerk", family.declarant(), family.members(), address("9999", "1", ""), TODAY),
                400, "address.streetCode", "unknown");
        assertProblem(declare("clerk", family.declarant(), family.members(), good, TODAY.plusDays(1)),
                400, "moveDate", "future");
        List<String> withStranger = new ArrayList<>(family.members());
        withStranger.add(other.declarant());
        assertProblem(declare("clerk", family.declarant(), withStranger, good, TODAY), 400,
                "members[" + family.members().size() + "].personId", "not-in-household");
        assertEquals(403, declare("training", family.declarant(), family.members(), good, TODAY).status());

        assertProblem(post("clerk", body(family.declarant(), family.members(), good, TODAY.minusDays(2),
                ",\"declaredOn\":\"" + TODAY.plusDays(1) + "\""), Map.of()), 400, "declaredOn", "future");
        assertProblem(post("clerk", body(family.declarant(), family.members(), good, TODAY.minusDays(2),
                ",\"declaredOn\":\"" + TODAY.minusDays(3) + "\""), Map.of()), 400, "declaredOn", "before-move");
        assertProblem(post("clerk", body(family.declarant(), family.members(), good, TODAY, ",\"channel\":\"FAX\""),
                Map.of()), 400, "channel", "invalid");
        assertProblem(post("clerk", body(family.declarant(), family.members(), good, TODAY,
                ",\"newReferencePersonId\":\"" + family.declarant() + "\""), Map.of()), 400, "newReferencePersonId",
                "not-needed");

        Api.Reply ok = declare("clerk", family.declarant(), family.members(), good, TODAY);
        assertEquals(201, ok.status(), "the refused declarations left nothing behind: " + ok.body());
    }


    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstDeclarationAndAnotherBodyIsRefused() throws Exception {
        Family family = family();
        String key = "retry-" + UUID.randomUUID();
        String body = body(family.declarant(), family.members(), address(NAAMSESTRAAT, "95", box()), TODAY, "");
        Api.Reply first = post("clerk", body, Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.body());
        assertEquals("ELECTRONIC", first.json().getString("channel"), "REST declarations default to the e-counter");
        Api.Reply retry = post("clerk", body, Map.of("Idempotency-Key", key));
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json().getString("id"), retry.json().getString("id"), "the retry returns the first declaration");
        assertEquals(first.etag(), retry.etag());

        Api.Reply other = post("clerk", body(family.declarant(), family.members(), address(NAAMSESTRAAT, "96", box()),
                TODAY, ""), Map.of("Idempotency-Key", key));
        assertEquals(422, other.status(), other.body());
        assertEquals("https://burgerzaken.be/problems/idempotency-key-reused", other.json().getString("type"));
        assertTrue(other.contentType().startsWith("application/problem+json"), other.contentType());

        assertEquals(1, count("SELECT COUNT(*) FROM population.address_change WHERE declarant_id = ?::uuid",
                family.declarant()), "one procedure, not three");
        Api.Reply withoutKey = post("clerk", body, Map.of());
        assertEquals(409, withoutKey.status(), "the first declaration is open: " + withoutKey.body());
    }

    @Test
    void theReferencePersonMovingOutNeedsANewReferencePersonAmongTheAdultsWhoStay() throws Exception {
        JsonObject family = household(h -> positions(h).equals(List.of("01", "02", "03", "03"))
                || positions(h).equals(List.of("01", "02", "03", "03", "03")));
        String oldHousehold = family.getString("householdId");
        String reference = member(family, "01", 0);
        String partner = member(family, "02", 0);
        String movingChild = member(family, "03", 0);
        String stayingChild = member(family, "03", 1);
        assertTrue(birthDate(stayingChild).compareTo(TODAY.minusYears(18).toString()) > 0, "the children are minors");
        String box = box();
        String address = address(NAAMSESTRAAT, "97", box);

        // both adults move: only minors would stay behind
        assertProblem(post("clerk", body(reference, List.of(reference, partner), address, TODAY, ""), Map.of()),
                400, "newReferencePersonId", "minors-alone");
        // the reference person moves with a child, the partner and another child stay: who is reference person now?
        List<String> movers = List.of(reference, movingChild);
        assertProblem(post("clerk", body(reference, movers, address, TODAY, ""), Map.of()), 400,
                "newReferencePersonId", "required");
        assertProblem(post("clerk", body(reference, movers, address, TODAY,
                ",\"newReferencePersonId\":\"" + stayingChild + "\""), Map.of()), 400, "newReferencePersonId", "minor");
        assertProblem(post("clerk", body(reference, movers, address, TODAY,
                ",\"newReferencePersonId\":\"" + movingChild + "\""), Map.of()), 400, "newReferencePersonId", "not-staying");

        Api.Reply declared = post("clerk", body(reference, movers, address, TODAY.minusDays(1),
                ",\"newReferencePersonId\":\"" + partner + "\",\"channel\":\"COUNTER\""), Map.of());
        assertEquals(201, declared.status(), "nothing of the refused declarations was stored: " + declared.body());
        assertEquals(partner, declared.json().getString("newReferencePersonId"));
        assertEquals("COUNTER", declared.json().getString("channel"));
        String id = declared.json().getString("id");
        approve(id, declared.etag(), "PV 2026/77");

        // the day before the declaration: one household, the reference person and the partner as before
        JsonObject before = household(partner, TODAY.minusDays(1));
        assertEquals(oldHousehold, before.getString("householdId"));
        assertEquals(family.getJsonArray("members").size(), before.getJsonArray("members").size());
        assertEquals("01", position(before, reference));
        assertEquals("02", position(before, partner));
        assertEquals(oldHousehold, household(reference, TODAY.minusDays(1)).getString("householdId"));
        // from the declaration date: the partner is reference person of the household left behind, with the child
        JsonObject left = household(partner, TODAY);
        assertEquals(oldHousehold, left.getString("householdId"));
        assertEquals(family.getJsonArray("members").size() - 2, left.getJsonArray("members").size());
        assertEquals(partner, left.getJsonArray("members").getJsonObject(0).getString("personId"));
        assertEquals("01", position(left, partner));
        assertEquals("03", position(left, stayingChild));
        assertEquals(null, position(left, reference));
        assertEquals(TODAY.toString(), member(left, partner).getString("validFrom"), "the new position starts on the declaration date");
        // and the movers form a new household at the new address
        JsonObject moved = household(reference, TODAY);
        assertFalse(oldHousehold.equals(moved.getString("householdId")));
        assertEquals(box, moved.getJsonObject("address").getString("box"));
        assertEquals(2, moved.getJsonArray("members").size());
        assertEquals("01", position(moved, reference));
        assertEquals("03", position(moved, movingChild));

        List<JsonObject> log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + partner + "&size=100")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(log.stream().anyMatch(e -> e.getString("actor").equals("population")
                && e.getString("query").startsWith("change-of-address APPROVE " + id)
                && e.getString("query").contains("new reference person " + partner)), log.toString());
    }

    @Test
    void aMemberJoinsAHouseholdAtTheNewAddressInAPositionRelativeToItsReferencePerson() throws Exception {
        JsonObject leaving = household(h -> positions(h).size() >= 2 && positions(h).get(1).equals("02"));
        JsonObject joined = household(h -> positions(h).size() >= 1);
        String reference = member(leaving, "01", 0);
        String partner = member(leaving, "02", 0);
        JsonObject at = joined.getJsonObject("address");
        String address = address(at.getString("streetCode"), at.getString("houseNumber"), at.getString("box", ""));

        assertProblem(post("clerk", "{\"declarantId\":\"" + reference + "\",\"members\":[{\"personId\":\"" + partner
                        + "\",\"position\":\"REFERENCE_PERSON\"}],\"address\":" + address + ",\"moveDate\":\"" + TODAY
                        + "\",\"householdId\":\"" + joined.getString("householdId") + "\"}", Map.of()),
                400, "members", "reference-person-taken");

        Api.Reply declared = post("clerk", "{\"declarantId\":\"" + reference + "\",\"members\":[{\"personId\":\""
                + partner + "\",\"position\":\"NOT_RELATED\"}],\"address\":" + address + ",\"moveDate\":\""
                + TODAY.minusDays(3) + "\",\"householdId\":\"" + joined.getString("householdId") + "\"}", Map.of());
        assertEquals(201, declared.status(), declared.body());
        assertFalse(declared.json().containsKey("newReferencePersonId") && !declared.json().isNull("newReferencePersonId"),
                "the reference person stays: nobody replaces them");
        approve(declared.json().getString("id"), declared.etag(), null);

        JsonObject target = household(partner, TODAY);
        assertEquals(joined.getString("householdId"), target.getString("householdId"));
        assertEquals(joined.getJsonArray("members").size() + 1, target.getJsonArray("members").size());
        assertEquals("01", position(target, member(joined, "01", 0)), "the household keeps its reference person");
        assertEquals("14", position(target, partner));
        JsonObject targetBefore = household(member(joined, "01", 0), TODAY.minusDays(1));
        assertEquals(null, position(targetBefore, partner));
        assertEquals(leaving.getString("householdId"), household(partner, TODAY.minusDays(1)).getString("householdId"));
        JsonObject left = household(reference, TODAY);
        assertEquals(leaving.getString("householdId"), left.getString("householdId"));
        assertEquals(null, position(left, partner));
        assertEquals("01", position(left, reference));
    }

    // --- population (issue 3, task M): concurrency, and the old address on a past date ---

    @Test
    void twoParallelDeclarationsForOneFamilyStoreOneAndRefuseTheOther() throws Exception {
        Family family = family();
        JsonObject before = household(family.declarant(), TODAY);
        String body = body(family.declarant(), family.members(), address(NAAMSESTRAAT, "140", box()), TODAY, "");
        List<Api.Reply> replies = parallel(() -> post("clerk", body, Map.of()), () -> post("clerk", body, Map.of()));
        assertEquals(List.of(201, 409), statuses(replies));
        Api.Reply refused = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertTrue(refused.json().getString("type").endsWith("/open-procedure"), refused.body());
        for (String member : family.members()) {
            assertEquals(1, count("SELECT COUNT(*) FROM population.address_change_open WHERE person_id = CAST(? AS UUID)",
                    member), "one open procedure for " + member);
            assertEquals(1, openResidences(member));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM population.address_change WHERE declarant_id = CAST(? AS UUID)"
                + " AND status = 'DECLARED'", family.declarant()));
        assertEquals(before, household(family.declarant(), TODAY), "household rows unchanged");
    }

    @Test
    void twoParallelDecisionsStoreOneAndRefuseTheOther() throws Exception {
        Family family = family();
        String oldHousehold = family.householdId();
        Api.Reply declared = declare("clerk", family.declarant(), family.members(), address(NAAMSESTRAAT, "141", box()),
                TODAY);
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");
        Api.Reply checked = Api.bearer(AuthApiIT.token()).postJson("/api/v1/population/address-changes/" + id
                + "/residence-check?purpose=" + q("police PV 2026/3"), "{\"outcome\":\"POSITIVE\",\"visitDate\":\""
                + TODAY + "\"}", Map.of());
        assertEquals(200, checked.status(), checked.body());
        Map<String, String> ifMatch = Map.of("If-Match", checked.etag());
        List<Api.Reply> replies = parallel(
                () -> Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\"}", ifMatch),
                () -> Api.as("population").postJson(decisionPath(id), "{\"decision\":\"REFUSE\",\"motivation\":"
                        + "\"second officer\"}", ifMatch));
        List<Integer> statuses = statuses(replies);
        assertEquals(200, statuses.get(0), replies.toString());
        // the loser is 409 (decided meanwhile, or a concurrent change); 412 when it read the winner's version
        assertTrue(statuses.get(1) == 409 || statuses.get(1) == 412, replies.toString());
        Api.Reply winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        String status = Api.as("clerk").get("/api/v1/population/address-changes/" + id + "?purpose=" + q(PURPOSE))
                .json().getString("status");
        assertEquals(winner.json().getString("status"), status);
        List<String> rows = outbox(id);
        assertEquals(1, rows.size(), "one decision, one outbox row: " + rows);
        for (String member : family.members()) {
            assertEquals(1, openResidences(member), "one open residence for " + member);
            assertEquals(0, count("SELECT COUNT(*) FROM population.address_change_open WHERE person_id = CAST(? AS UUID)",
                    member));
            String household = household(member, TODAY).getString("householdId");
            assertEquals(status.equals("APPROVED"), !household.equals(oldHousehold), member + " " + status);
        }
    }

    @Test
    void anApprovalRacingAnEmigrationOfAMoverStoresOneAndRefusesTheOther() throws Exception {
        Family family = family();
        String leaving = family.members().get(family.members().size() - 1);
        Api.Reply declared = declare("clerk", family.declarant(), family.members(), address(NAAMSESTRAAT, "142", box()),
                TODAY);
        assertEquals(201, declared.status(), declared.body());
        String id = declared.json().getString("id");
        Api.Reply checked = Api.bearer(AuthApiIT.token()).postJson("/api/v1/population/address-changes/" + id
                + "/residence-check?purpose=" + q("police PV 2026/3"), "{\"outcome\":\"POSITIVE\",\"visitDate\":\""
                + TODAY + "\"}", Map.of());
        assertEquals(200, checked.status(), checked.body());
        Api.Reply resident = Api.as("clerk").get("/api/v1/population/residents/" + leaving + "?purpose=" + q(PURPOSE));
        List<Api.Reply> replies = parallel(
                () -> Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\"}",
                        Map.of("If-Match", checked.etag())),
                () -> Api.as("population").postJson("/api/v1/population/residents/" + leaving + "/emigration?purpose="
                        + q(PURPOSE), "{\"country\":\"NL\",\"date\":\"" + TODAY + "\"}",
                        Map.of("If-Match", resident.etag())));
        List<Integer> statuses = statuses(replies);
        assertEquals(200, statuses.get(0), replies.toString());
        assertTrue(statuses.get(1) == 409 || statuses.get(1) == 412, replies.toString());
        boolean approved = replies.get(0).status() == 200;
        JsonObject change = Api.as("clerk").get("/api/v1/population/address-changes/" + id + "?purpose=" + q(PURPOSE))
                .json();
        JsonObject leaver = Api.as("clerk").get("/api/v1/population/residents/" + leaving + "?purpose=" + q(PURPOSE))
                .json();
        if (approved) {
            assertEquals("APPROVED", change.getString("status"));
            assertEquals("REGISTERED", leaver.getString("status"));
            for (String member : family.members()) {
                assertEquals(1, openResidences(member));
                assertFalse(household(member, TODAY).getString("householdId").equals(family.householdId()));
            }
        } else {
            assertEquals("WITHDRAWN", change.getString("status"));
            assertEquals("EMIGRATED", leaver.getString("status"));
            assertEquals(0, openResidences(leaving));
            for (String member : family.members().subList(0, family.members().size() - 1)) {
                assertEquals(1, openResidences(member));
                assertEquals(family.householdId(), household(member, TODAY).getString("householdId"),
                        "the others stay in their household");
            }
        }
        assertEquals(0, count("SELECT COUNT(*) FROM population.address_change_open WHERE address_change_id ="
                + " CAST(? AS UUID)", id));
    }

    @Test
    void theOldAddressOnAPastDateShowsTheFamilyUntilTheDeclarationDate() throws Exception {
        Family family = family();
        JsonObject old = Api.as("clerk").get("/api/v1/population/residents/" + family.declarant() + "?purpose="
                + q(PURPOSE)).json().getJsonObject("residence").getJsonObject("address");
        Api.Reply declared = declare("clerk", family.declarant(), family.members(), address(NAAMSESTRAAT, "143", box()),
                TODAY.minusDays(2));
        assertEquals(201, declared.status(), declared.body());
        approve(declared.json().getString("id"), declared.etag(), null);
        String query = "/api/v1/population/addresses/residents?streetCode=" + old.getString("streetCode")
                + "&houseNumber=" + q(old.getString("houseNumber")) + "&box=" + q(old.getString("box", ""))
                + "&purpose=" + q(PURPOSE) + "&date=";
        Api.Reply yesterday = Api.as("clerk").get(query + TODAY.minusDays(1));
        assertEquals(200, yesterday.status(), yesterday.body());
        List<JsonObject> occupants = yesterday.any().asJsonArray().stream().map(v -> v.asJsonObject()).toList();
        for (String member : family.members()) {
            JsonObject o = occupants.stream().filter(x -> x.getString("personId").equals(member)).findFirst()
                    .orElseThrow(() -> new AssertionError(member + " lived at the old address yesterday: " + occupants));
            assertEquals(TODAY.toString(), o.getString("validTo"), "until the declaration date");
        }
        List<String> today = Api.as("clerk").get(query + TODAY).any().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("personId")).toList();
        assertTrue(family.members().stream().noneMatch(today::contains), "gone on the declaration date: " + today);
    }

    static List<Api.Reply> parallel(java.util.concurrent.Callable<Api.Reply> a, java.util.concurrent.Callable<Api.Reply> b)
            throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Api.Reply>> futures = new ArrayList<>();
            for (var task : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (var f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }

    static List<Integer> statuses(List<Api.Reply> replies) {
        List<Integer> statuses = new ArrayList<>(replies.stream().map(Api.Reply::status).toList());
        statuses.sort(null);
        return statuses;
    }

    static long openResidences(String personId) throws Exception {
        return count("SELECT COUNT(*) FROM population.residence WHERE person_id = CAST(? AS UUID) AND valid_to IS NULL",
                personId);
    }
    // --- end population (issue 3, task M) ---

    // ------------------------------------------------------------------ helpers

    record Family(String householdId, String declarant, List<String> members) {
    }

    /** A demo household of 3+ members not used by another test, reference person as declarant. */
    static Family family() {
        JsonObject household = household(h -> h.getJsonArray("members").size() >= 3);
        JsonArray members = household.getJsonArray("members");
        return new Family(household.getString("householdId"), members.getJsonObject(0).getString("personId"),
                members.stream().map(v -> v.asJsonObject().getString("personId")).toList());
    }

    /**
     * A demo household (as of today) that fits, not used by another test, not collective, whose first member is an
     * adult reference person (19+).
     */
    static synchronized JsonObject household(Predicate<JsonObject> fits) {
        for (String name : NAMES) {
            JsonArray persons = Api.as("clerk").get("/api/v1/persons?familyName=" + q(name) + "&size=50&purpose="
                    + q(PURPOSE)).json().getJsonArray("items");
            for (var p : persons) {
                Api.Reply h = Api.as("clerk").get("/api/v1/population/households?personId="
                        + p.asJsonObject().getString("id") + "&purpose=" + q(PURPOSE));
                if (h.status() != 200) {
                    continue;
                }
                JsonObject household = h.json();
                JsonArray members = household.getJsonArray("members");
                // not moved by another test class lately (front office, integrators, register procedures): the
                // declarations of these tests date the move up to 25 days back, which must follow the current move
                boolean settled = members.stream().allMatch(m -> {
                    String since = m.asJsonObject().getString("validFrom", null);
                    return since != null && java.time.LocalDate.parse(since)
                            .isBefore(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).minusDays(40));
                });
                if (!settled || household.getBoolean("collectiveDwelling") || !fits.test(household)
                        || !members.getJsonObject(0).getString("positionCode").equals("01")
                        || USED.contains(household.getString("householdId"))) {
                    continue;
                }
                String reference = members.getJsonObject(0).getString("personId");
                String birth = Api.as("clerk").get("/api/v1/persons/" + reference + "?purpose=" + q(PURPOSE)).json()
                        .getString("birthDate", "2000-01-01");
                if (birth.compareTo(TODAY.minusYears(19).toString()) > 0) {
                    continue;
                }
                if (!USED.add(household.getString("householdId"))) {
                    continue;
                }
                return household;
            }
        }
        fail("no fitting demo household left");
        return null;
    }

    /** The position codes of a household's members, in the order given (reference person first). */
    static List<String> positions(JsonObject household) {
        return household.getJsonArray("members").stream().map(v -> v.asJsonObject().getString("positionCode")).toList();
    }

    /** The n-th member (0-based) in the position. */
    static String member(JsonObject household, String positionCode, int n) {
        return household.getJsonArray("members").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("positionCode").equals(positionCode)).skip(n).findFirst()
                .orElseThrow(() -> new AssertionError("no " + n + "th member " + positionCode + " in " + household))
                .getString("personId");
    }

    static JsonObject member(JsonObject household, String personId) {
        return household.getJsonArray("members").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("personId").equals(personId)).findFirst().orElseThrow();
    }

    /** The person's position code in the household, null when not a member. */
    static String position(JsonObject household, String personId) {
        return household.getJsonArray("members").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("personId").equals(personId)).map(m -> m.getString("positionCode"))
                .findFirst().orElse(null);
    }

    /** The household the person belonged to on the day. */
    static JsonObject household(String personId, LocalDate day) {
        Api.Reply r = Api.as("clerk").get("/api/v1/population/households?personId=" + personId + "&date=" + day
                + "&purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static String birthDate(String personId) {
        return Api.as("clerk").get("/api/v1/persons/" + personId + "?purpose=" + q(PURPOSE)).json()
                .getString("birthDate", "");
    }

    /** Police check over REST (integrator, positive, with the report reference) and the officer's approval. */
    static void approve(String id, String etag, String reference) {
        Api.Reply checked = Api.bearer(AuthApiIT.token()).postJson("/api/v1/population/address-changes/" + id
                        + "/residence-check?purpose=" + q("police PV 2026/2"), "{\"outcome\":\"POSITIVE\",\"visitDate\":\""
                        + TODAY + "\"" + (reference == null ? "" : ",\"reference\":\"" + reference + "\"") + "}",
                Map.of("If-Match", etag));
        assertEquals(200, checked.status(), checked.body());
        if (reference != null) {
            assertEquals(reference, checked.json().getString("checkReference"));
        }
        Api.Reply approved = Api.as("population").postJson(decisionPath(id), "{\"decision\":\"APPROVE\"}",
                Map.of("If-Match", checked.etag()));
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
    }

    static String body(String declarant, List<String> members, String address, LocalDate moveDate, String more) {
        String list = String.join(",", members.stream().map(m -> "{\"personId\":\"" + m + "\"}").toList());
        return "{\"declarantId\":\"" + declarant + "\",\"members\":[" + list + "],\"address\":" + address
                + ",\"moveDate\":\"" + moveDate + "\"" + more + "}";
    }

    static Api.Reply post(String user, String body, Map<String, String> headers) {
        return Api.as(user).postJson("/api/v1/population/address-changes?purpose=" + q(PURPOSE), body, headers);
    }

    static long count(String sql, String parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("bz.test.db.url"),
                System.getProperty("bz.test.db.user"), System.getProperty("bz.test.db.password"));
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static Api.Reply declare(String user, String declarant, List<String> members, String address, LocalDate moveDate) {
        String list = String.join(",", members.stream().map(m -> "{\"personId\":\"" + m + "\"}").toList());
        return Api.as(user).postJson("/api/v1/population/address-changes?purpose=" + q(PURPOSE),
                "{\"declarantId\":\"" + declarant + "\",\"members\":[" + list + "],\"address\":" + address
                        + ",\"moveDate\":\"" + moveDate + "\"}", Map.of());
    }

    static String decisionPath(String id) {
        return "/api/v1/population/address-changes/" + id + "/decision?purpose=" + q(PURPOSE);
    }

    static String currentAddressId(String personId) {
        JsonObject file = Api.as("clerk").get("/api/v1/population/residents/" + personId + "?purpose=" + q(PURPOSE)).json();
        return file.getJsonObject("residence").getJsonObject("address").getString("id");
    }

    /** The outbox rows of the procedure: "type published" (read from the database the server uses). */
    static List<String> outbox(String addressChangeId) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("bz.test.db.url"),
                System.getProperty("bz.test.db.user"), System.getProperty("bz.test.db.password"));
             PreparedStatement s = c.prepareStatement("SELECT type, published_at FROM population.outbox"
                     + " WHERE payload LIKE ? ORDER BY created_at")) {
            s.setString(1, "%" + addressChangeId + "%");
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getTimestamp(2));
                }
            }
            assertNotNull(rows);
            return rows;
        }
    }

    static void assertProblem(Api.Reply r, int status, String field, String code) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonArray errors = r.json().getJsonArray("errors");
        assertTrue(errors.stream().map(v -> v.asJsonObject()).anyMatch(e -> e.getString("field").equals(field)
                && e.getString("code").equals(code)), r.body());
    }

    static String address(String street, String number, String box) {
        return "{\"streetCode\":\"" + street + "\",\"houseNumber\":\"" + number + "\",\"box\":\"" + box + "\"}";
    }

    static String box() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
