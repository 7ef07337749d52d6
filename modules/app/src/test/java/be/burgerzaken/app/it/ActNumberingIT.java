package be.burgerzaken.app.it;

import be.burgerzaken.app.it.ActsClient.Raw;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.ActsClient.complete;
import static be.burgerzaken.app.it.ActsClient.create;
import static be.burgerzaken.app.it.ActsClient.details;
import static be.burgerzaken.app.it.ActsClient.etag;
import static be.burgerzaken.app.it.ActsClient.registered;
import static be.burgerzaken.app.it.ActsClient.step;
import static be.burgerzaken.app.it.ActsClient.submitted;
import static be.burgerzaken.app.it.ActsClient.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Act numbers are unique and gap-free per register and year: 50 registrations at once get 50 consecutive
 * numbers, and a registration that fails after its number was allocated (a death of a person who died in the
 * meantime, refused in the registering transaction) leaves no hole.
 */
@ExtendWith(PayaraServer.class)
class ActNumberingIT {
    static final String PURPOSE = "integration test act numbers 2026/0050";
    static final int PARALLEL = 50;

    @Test
    void fiftyRegistrationsAtOnceGetFiftyConsecutiveNumbers() throws Exception {
        // the mother is not in the registers: the children live abroad (each registration still creates the child)
        String mother = details(null, "Verbruggen", "Eline", "1992-02-02");
        // 50 acts waiting for signature, drafted and submitted four at a time
        List<JsonObject> ready = new ArrayList<>();
        ExecutorService prepare = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonObject>> drafts = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                String json = ActsClient.livingAbroad(ActsClient.birth("Kind" + i, mother, null));
                drafts.add(prepare.submit(() -> {
                    Raw created = create("clerk", json, PURPOSE);
                    assertEquals(201, created.status(), created.text());
                    return submitted(created.json().getString("id"), created.header("ETag"), PURPOSE);
                }));
            }
            for (Future<JsonObject> f : drafts) {
                ready.add(f.get(5, TimeUnit.MINUTES));
            }
        } finally {
            prepare.shutdownNow();
        }
        // the register's last number before
        int before = registered(ActsClient.livingAbroad(ActsClient.birth("Eerste", mother, null)), PURPOSE).getInt("sequence");

        ExecutorService registrars = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Raw>> results = new ArrayList<>();
        try {
            for (JsonObject act : ready) {
                results.add(registrars.submit(() -> {
                    start.await();
                    return step("registrar", act.getString("id"), "registration", etag(act), PURPOSE);
                }));
            }
            start.countDown();
            Set<Integer> sequences = new HashSet<>();
            Set<String> numbers = new HashSet<>();
            for (Future<Raw> f : results) {
                Raw r = f.get(5, TimeUnit.MINUTES);
                assertEquals(200, r.status(), r.text());
                JsonObject act = r.json();
                assertEquals("REGISTERED", act.getString("status"));
                sequences.add(act.getInt("sequence"));
                numbers.add(act.getString("number"));
                assertEquals(today().getYear() + "/BIRTH/" + act.getInt("sequence"), act.getString("number"));
            }
            assertEquals(PARALLEL, numbers.size(), "no duplicates");
            Set<Integer> expected = new HashSet<>();
            for (int i = 1; i <= PARALLEL; i++) {
                expected.add(before + i);
            }
            assertEquals(expected, sequences, "consecutive after " + before + ", no gaps, no duplicates");
        } finally {
            registrars.shutdownNow();
        }
        int after = registered(ActsClient.livingAbroad(ActsClient.birth("Laatste", mother, null)), PURPOSE).getInt("sequence");
        assertEquals(before + PARALLEL + 1, after, "the next one follows on");
    }

    @Test
    void aRegistrationRefusedAfterItsNumberWasAllocatedLeavesNoHole() {
        String purpose = PURPOSE;
        String personId = ActsClient.person(ActsClient.uniqueName("Dewulf"), "Rita", "1940-05-05", "F", purpose);
        JsonObject person = Api.as("clerk").get("/api/v1/persons/" + personId + "?purpose=" + q(purpose)).json();
        String deceased = details(personId, person.getString("familyName"), "Rita", "1940-05-05");

        // her death act is drafted and waits for signature while she is alive in the register
        Raw draft = create("clerk", complete("DEATH", deceased, null), purpose);
        assertEquals(201, draft.status(), draft.text());
        JsonObject waiting = submitted(draft.json().getString("id"), draft.header("ETag"), purpose);

        int first = registered(complete("DEATH", details(null, "Claes", "Jozef", "1931-02-20"), null), purpose)
                .getInt("sequence");

        // meanwhile her death is recorded in the register (e.g. from another municipality's act)
        Api.Reply current = Api.as("clerk").get("/api/v1/persons/" + personId + "?purpose=" + q(purpose));
        String fact = "{\"fact\":\"DEATH\",\"value\":{\"date\":\"" + today().minusDays(1) + "\",\"placeNis\":\"21004\"},"
                + "\"basis\":{\"kind\":\"ACT\",\"reference\":\"Brussel 2026/DEATH/88\"}}";
        Api.Reply died = Api.as("registrar").postJson("/api/v1/persons/" + personId + "/facts?purpose=" + q(purpose), fact,
                Map.of("If-Match", current.etag()));
        assertEquals(200, died.status(), died.body());

        // registering her act now: the number is allocated, then the act is refused in the same transaction
        Raw refused = step("registrar", waiting.getString("id"), "registration", etag(waiting), purpose);
        assertEquals(409, refused.status(), refused.text());
        assertEquals("https://burgerzaken.be/problems/already-deceased", refused.json().getString("type"));
        JsonObject unchanged = ActsClient.get("clerk", waiting.getString("id"), purpose).json();
        assertEquals("READY_FOR_SIGNATURE", unchanged.getString("status"));
        assertFalse(unchanged.containsKey("number"), "the refused act has no number");

        // the number it took is the next act's: no hole
        int next = registered(complete("DEATH", details(null, "Maes", "Karel", "1935-03-03"), null), purpose)
                .getInt("sequence");
        assertEquals(first + 1, next, "the refused registration's number was rolled back");

        // the refusal is in the deceased's protocol log
        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + personId + "&size=100").json();
        assertTrue(log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("outcome").equals("INVALID") && e.getString("query").contains("already-deceased")),
                log.toString());
    }
}
