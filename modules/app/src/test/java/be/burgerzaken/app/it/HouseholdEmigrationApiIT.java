package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.NAAMSESTRAAT;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.PURPOSE;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.TODAY;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.address;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.assertConflict;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.assertProblem;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.box;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.file;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.household;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.list;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.log;
import static be.burgerzaken.app.it.RegisterProceduresApiIT.occupants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 (task E): several members of a household leave for abroad in one declaration, on PostgreSQL: a family of
 * three in one transaction (If-Match on the household, Idempotency-Key), a partial departure naming the adult who
 * stays as new reference person (minors left alone refused), refusals and a concurrent change of one member that
 * leave every member and the household unchanged.
 */
@ExtendWith(PayaraServer.class)
class HouseholdEmigrationApiIT {

    @Test
    void aFamilyOfThreeLeavesInOneDeclaration() {
        String box = box();
        Family f = family("Vertrek", "201", box);
        String before = householdVersion(f.a());
        Map<String, String> headers = Map.of("If-Match", before, "Idempotency-Key", "leave-" + UUID.randomUUID());
        LocalDate left = TODAY.minusDays(2);
        String body = "{\"declarantId\":\"" + f.a() + "\",\"members\":[\"" + f.a() + "\",\"" + f.b() + "\",\"" + f.c()
                + "\"],\"country\":\"fr\",\"foreignAddress\":\"12 rue de Rivoli, Paris\",\"date\":\"" + left
                + "\",\"basis\":{\"kind\":\"DECLARATION\",\"reference\":\"model 8 2026/40\"}}";
        Api.Reply done = Api.as("population").postJson(path(f.household()), body, headers);
        assertEquals(200, done.status(), done.body());
        JsonObject d = done.json();
        assertEquals(3, d.getJsonArray("departed").size());
        assertEquals(0, d.getJsonArray("staying").size());
        assertFalse(d.containsKey("referencePersonId") && !d.isNull("referencePersonId"), "nobody stays: " + d);
        assertEquals("FR", d.getString("country"));
        assertEquals("\"" + d.getJsonNumber("version").longValue() + "\"", done.etag(), "the ETag is the household's");
        assertNotEquals(before, done.etag(), "the household's version changed");

        for (String id : List.of(f.a(), f.b(), f.c())) {
            JsonObject stored = file(id).json();
            assertEquals("EMIGRATED", stored.getString("status"), stored.toString());
            assertFalse(stored.containsKey("household"));
            assertEquals(left.toString(), stored.getJsonArray("residences").getJsonObject(0).getString("validTo"));
            assertEquals(left.toString(), stored.getJsonArray("registers").getJsonObject(0).getString("validTo"));
            var emigrations = list(id, "emigrations");
            assertEquals(1, emigrations.size());
            assertEquals("FR", emigrations.getJsonObject(0).getString("country"));
            assertEquals("model 8 2026/40", emigrations.getJsonObject(0).getString("basisRef"));
            assertTrue(log(id).stream().anyMatch(e -> e.getString("action").equals("CHANGE")
                    && e.getString("outcome").equals("OK") && e.getString("query").startsWith(
                    "population.household-emigration: departure abroad to FR on " + left)), log(id).toString());
        }
        assertEquals(0, occupants(NAAMSESTRAAT, "201", box, TODAY).size());
        assertEquals(3, occupants(NAAMSESTRAAT, "201", box, left.minusDays(1)).size());

        Api.Reply retry = Api.as("population").postJson(path(f.household()), body, headers);
        assertEquals(200, retry.status(), "a retry with the same key answers, not applied twice: " + retry.body());
        for (String id : List.of(f.a(), f.b(), f.c())) {
            assertEquals(1, list(id, "emigrations").size(), "recorded once");
        }
    }

    @Test
    void aPartialDepartureNamesTheAdultWhoStaysAsNewReferencePerson() {
        Family f = family("Deels", "202", box());
        String version = householdVersion(f.a());
        String leaving = "\"members\":[\"" + f.a() + "\",\"" + f.c() + "\"],\"country\":\"DE\",\"date\":\"" + TODAY + "\"";
        assertProblem(post(f.household(), "{\"declarantId\":\"" + f.a() + "\"," + leaving + "}"),
                "newReferencePersonId", "required");
        assertProblem(post(f.household(), "{\"declarantId\":\"" + f.a() + "\",\"members\":[\"" + f.a() + "\",\""
                + f.b() + "\"],\"country\":\"DE\",\"date\":\"" + TODAY + "\"}"), "newReferencePersonId", "minors-alone");
        assertProblem(post(f.household(), "{\"declarantId\":\"" + f.a() + "\"," + leaving
                + ",\"newReferencePersonId\":\"" + f.c() + "\"}"), "newReferencePersonId", "not-staying");
        assertEquals(version, householdVersion(f.a()), "nothing stored");

        // the declarant stays: the spouse declares the departure of the reference person and the child
        Api.Reply done = post(f.household(), "{\"declarantId\":\"" + f.b() + "\"," + leaving
                + ",\"newReferencePersonId\":\"" + f.b() + "\"}");
        assertEquals(200, done.status(), done.body());
        assertEquals(f.b(), done.json().getString("referencePersonId"));
        assertEquals(List.of(f.b()), done.json().getJsonArray("staying").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("EMIGRATED", file(f.a()).json().getString("status"));
        assertEquals("EMIGRATED", file(f.c()).json().getString("status"));
        assertEquals("REGISTERED", file(f.b()).json().getString("status"));
        JsonObject now = household(f.b(), TODAY);
        assertEquals(f.household(), now.getString("householdId"), "the household stays");
        assertEquals(1, now.getJsonArray("members").size());
        assertEquals("01", now.getJsonArray("members").getJsonObject(0).getString("positionCode"));
        assertEquals(3, household(f.b(), TODAY.minusDays(1)).getJsonArray("members").size());
    }

    @Test
    void aRefusalLeavesEveryMemberAndTheHouseholdUnchanged() {
        Family f = family("Blijf", "203", box());
        Family other = family("Ander", "204", box());
        String version = householdVersion(f.a());
        String all = "\"members\":[\"" + f.a() + "\",\"" + f.b() + "\",\"" + f.c() + "\"],\"country\":\"NL\"";
        assertProblem(post(f.household(), "{\"declarantId\":\"" + f.c() + "\"," + all + ",\"date\":\"" + TODAY + "\"}"),
                "declarantId", "minor");
        assertProblem(post(f.household(), "{\"declarantId\":\"" + other.a() + "\"," + all + ",\"date\":\"" + TODAY
                + "\"}"), "declarantId", "not-in-household");
        assertProblem(post(f.household(), "{\"declarantId\":\"" + f.a() + "\",\"members\":[\"" + f.a() + "\",\""
                + other.b() + "\",\"" + f.a() + "\"],\"country\":\"NL\",\"date\":\"" + TODAY + "\"}"),
                "members[1]", "not-in-household");
        Api.Reply several = post(f.household(), "{\"declarantId\":\"" + f.a() + "\",\"members\":[\"" + f.a() + "\",\""
                + f.a() + "\"],\"country\":\"BE\",\"date\":\"" + TODAY.plusDays(1) + "\"}");
        assertProblem(several, "members[1]", "duplicate");
        assertProblem(several, "country", "not-abroad");
        assertProblem(several, "date", "future");
        assertProblem(post(f.household(), "{\"declarantId\":\"" + f.a() + "\",\"members\":[],\"country\":\"NL\","
                + "\"date\":\"" + TODAY + "\"}"), "members", "required");
        Api.Reply stale = Api.as("population").postJson(path(f.household()), "{\"declarantId\":\"" + f.a() + "\","
                + all + ",\"date\":\"" + TODAY + "\"}", Map.of("If-Match", "\"" + 999 + "\""));
        assertEquals(412, stale.status(), stale.body());

        assertEquals(version, householdVersion(f.a()), "the household is unchanged");
        for (String id : List.of(f.a(), f.b(), f.c())) {
            assertEquals("REGISTERED", file(id).json().getString("status"));
            assertEquals(0, list(id, "emigrations").size());
        }
        assertTrue(log(f.a()).stream().anyMatch(e -> e.getString("outcome").equals("INVALID")
                && e.getString("query").startsWith("population.household-emigration refused: ")), log(f.a()).toString());
    }

    @Test
    void aMemberChangedWhileTheDeclarationWaitsMakesItAConflictAndNobodyLeaves() throws Exception {
        Family f = family("Gelijktijdig", "205", box());
        String version = householdVersion(f.a());
        var pool = Executors.newSingleThreadExecutor();
        try (Connection c = DriverManager.getConnection(System.getProperty("bz.test.db.url"),
                System.getProperty("bz.test.db.user"), System.getProperty("bz.test.db.password"))) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT version FROM population.resident"
                    + " WHERE person_id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(f.c()));
                lock.executeQuery().close();
            }
            // the household and the first members are written, the last member's row waits
            Future<Api.Reply> command = pool.submit(() -> post(f.household(), "{\"declarantId\":\"" + f.a()
                    + "\",\"members\":[\"" + f.a() + "\",\"" + f.b() + "\",\"" + f.c() + "\"],\"country\":\"NL\","
                    + "\"date\":\"" + TODAY + "\"}"));
            Residents.waitForALockWait(c, "resident row");
            try (PreparedStatement bump = c.prepareStatement("UPDATE population.resident SET version = version + 1"
                    + " WHERE person_id = ?")) {
                bump.setObject(1, UUID.fromString(f.c()));
                bump.executeUpdate();
            }
            c.commit();
            assertConflict(command.get(), "concurrent-change");
        } finally {
            pool.shutdown();
        }
        assertEquals(version, householdVersion(f.a()), "the household's change was rolled back");
        for (String id : List.of(f.a(), f.b(), f.c())) {
            assertEquals("REGISTERED", file(id).json().getString("status"), "nobody left");
            assertEquals(0, list(id, "emigrations").size());
        }
        assertEquals(3, household(f.a(), TODAY).getJsonArray("members").size());
    }

    // ------------------------------------------------------------------ helpers

    /** A reference person and a spouse (adults) and a child of ten, at a new address. */
    record Family(String a, String b, String c, String household) {
    }

    static Family family(String name, String number, String box) {
        String at = address(NAAMSESTRAAT, number, box);
        String a = register(name, "Anna", "1980-03-01", at, TODAY.minusDays(60), null);
        String household = file(a).json().getJsonObject("household").getString("householdId");
        String b = register(name, "Bert", "1979-07-12", at, TODAY.minusDays(50),
                "{\"householdId\":\"" + household + "\",\"position\":\"SPOUSE_OR_PARTNER\"}");
        String c = register(name, "Cas", TODAY.minusYears(10).toString(), at, TODAY.minusDays(40),
                "{\"householdId\":\"" + household + "\",\"position\":\"CHILD\"}");
        return new Family(a, b, c, household);
    }

    static String register(String family, String given, String born, String address, LocalDate date,
                           String household) {
        return Residents.registerFromAbroad(family, given, born, "F", address, date, household, PURPOSE);
    }

    static String path(String householdId) {
        return "/api/v1/population/households/" + householdId + "/emigration?purpose=" + q(PURPOSE);
    }

    static Api.Reply post(String householdId, String body) {
        return Api.as("population").postJson(path(householdId), body, Map.of());
    }

    /** The household's version today, as an ETag. */
    static String householdVersion(String personId) {
        return "\"" + household(personId, TODAY).getJsonNumber("version").longValue() + "\"";
    }

}
