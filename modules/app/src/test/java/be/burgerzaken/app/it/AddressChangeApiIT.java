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
 * outbox row and the protocol log.
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
        Api.Reply late = declare("clerk", family.declarant(), List.of(family.declarant()),
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

        Api.Reply ok = declare("clerk", family.declarant(), family.members(), good, TODAY);
        assertEquals(201, ok.status(), "the refused declarations left nothing behind: " + ok.body());
    }

    // ------------------------------------------------------------------ helpers

    record Family(String householdId, String declarant, List<String> members) {
    }

    /** A demo household of 3+ members not used by another test, reference person as declarant. */
    static synchronized Family family() {
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
                if (household.getBoolean("collectiveDwelling") || members.size() < 3
                        || !members.getJsonObject(0).getString("positionCode").equals("01")
                        || !USED.add(household.getString("householdId"))) {
                    continue;
                }
                String reference = members.getJsonObject(0).getString("personId");
                String birth = Api.as("clerk").get("/api/v1/persons/" + reference + "?purpose=" + q(PURPOSE)).json()
                        .getString("birthDate", "2000-01-01");
                if (birth.compareTo(TODAY.minusYears(19).toString()) > 0) {
                    continue;
                }
                return new Family(household.getString("householdId"), reference,
                        members.stream().map(v -> v.asJsonObject().getString("personId")).toList());
            }
        }
        fail("no demo household with 3+ members left");
        return null;
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
