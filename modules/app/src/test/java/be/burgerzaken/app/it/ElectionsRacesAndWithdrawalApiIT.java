package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.ElectionsApiIT.count;
import static be.burgerzaken.app.it.ElectionsApiIT.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Elections over REST on PostgreSQL, races and withdrawals on an election of its own: simultaneous designations of
 * one poll worker and simultaneous pool entries of one person answer one 201 and otherwise 409 naming the field
 * (never a 500 from the unique constraint; the race is forced by holding the lock the requests queue on); a proxy is
 * withdrawn with If-Match and a reason, leaves the station's proxy list, is kept with who and why and frees grantor
 * and holder for another proxy.
 */
@ExtendWith(PayaraServer.class)
class ElectionsRacesAndWithdrawalApiIT {
    static final String BASE = "/api/v1/elections";
    static final String PURPOSE = "races and proxy withdrawal (Kieswetboek)";
    static final int RACERS = 4;
    static Api officer;
    static String election;
    static List<String> belgians = new ArrayList<>();

    @BeforeAll
    static void election() throws Exception {
        officer = Api.as("elections");
        String street = one("SELECT a.street_code FROM population.residence r JOIN population.address a"
                + " ON a.id = r.address_id WHERE r.valid_to IS NULL GROUP BY a.street_code ORDER BY COUNT(*) DESC,"
                + " a.street_code LIMIT 1 OFFSET 2");
        Api.Reply created = officer.postJson(BASE, "{\"name\":\"Races IT " + UUID.randomUUID() + "\",\"type\":"
                + "\"MUNICIPAL\",\"electionDay\":\"2030-10-13\"}", Map.of());
        assertEquals(201, created.status(), created.body());
        election = created.json().getString("id");
        assertEquals(201, officer.postJson(BASE + "/" + election + "/stations", "{\"number\":1,\"name\":\"Zaal\","
                + "\"address\":\"Zaalstraat 1\",\"accessible\":true,\"capacity\":1500,\"ranges\":[{\"streetCode\":\""
                + street + "\"}]}", Map.of()).status());
        Api.Reply list = officer.post(BASE + "/" + election + "/voter-list?purpose=" + q(PURPOSE), "application/json", "");
        assertEquals(200, list.status(), list.body());
        try (Connection c = ElectionsApiIT.db(); PreparedStatement s = c.prepareStatement("SELECT person_id FROM"
                + " elections.voter WHERE election_id = ? AND nationality = 'BELGIAN' AND status = 'ON_LIST'"
                + " AND station_id IS NOT NULL AND person_id NOT IN (SELECT person_id FROM elections.poll_worker)"
                + " ORDER BY voter_number LIMIT 6")) {
            s.setObject(1, UUID.fromString(election));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    belgians.add(rs.getString(1));
                }
            }
        }
        assertEquals(6, belgians.size());
    }

    @Test
    void simultaneousDesignationsOfOneWorkerGiveOneDesignationAndOtherwise409NamingTheWorker() throws Exception {
        Api.Reply added = officer.postJson(BASE + "/poll-workers", "{\"personId\":\"" + belgians.get(0)
                + "\",\"kind\":\"VOLUNTEER\",\"services\":0}", Map.of());
        assertEquals(201, added.status(), added.body());
        String worker = added.json().getString("id");
        String station = one("SELECT id FROM elections.polling_station WHERE election_id = '" + election
                + "' AND station_number = 1");
        List<Api.Reply> replies;
        try (Connection lock = ElectionsApiIT.db()) {
            // hold the station row the designation locks: every request passes the "already designated" check first
            lock.setAutoCommit(false);
            try (PreparedStatement s = lock.prepareStatement("SELECT id FROM elections.polling_station WHERE id = ?"
                    + " FOR UPDATE")) {
                s.setObject(1, UUID.fromString(station));
                s.executeQuery().close();
            }
            replies = race(() -> officer.postJson(BASE + "/" + election + "/designations", "{\"workerId\":\"" + worker
                    + "\",\"stationNumber\":1,\"role\":\"ASSESSOR\"}", Map.of()), "%polling_station%FOR UPDATE%", lock);
        }
        assertOneCreatedOthersConflict(replies, "workerId", "already-designated");
        assertEquals(1, count("SELECT COUNT(*) FROM elections.designation WHERE election_id = '" + election
                + "' AND worker_id = '" + worker + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM kernel.issued_document WHERE doc_type ="
                + " 'elections.poll-worker-designation' AND subject_person_id = '" + belgians.get(0) + "'"),
                "the losers' letters rolled back with them");
    }

    @Test
    void simultaneousPoolEntriesOfOnePersonGiveOneEntryAndOtherwise409NamingThePerson() throws Exception {
        String person = belgians.get(1);
        List<Api.Reply> replies;
        try (Connection lock = ElectionsApiIT.db()) {
            // an uncommitted entry of the same person: every request passes the "in pool" check, then waits on the index
            lock.setAutoCommit(false);
            try (PreparedStatement s = lock.prepareStatement("INSERT INTO elections.poll_worker (id, person_id, kind,"
                    + " services, added_at, version) VALUES (?, ?, 'VOLUNTEER', 0, now(), 0)")) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, UUID.fromString(person));
                s.executeUpdate();
            }
            replies = race(() -> officer.postJson(BASE + "/poll-workers", "{\"personId\":\"" + person
                    + "\",\"kind\":\"DESIGNATED\"}", Map.of()), "%INSERT INTO elections.poll_worker%", lock);
        }
        assertOneCreatedOthersConflict(replies, "personId", "in-pool");
        assertEquals(1, count("SELECT COUNT(*) FROM elections.poll_worker WHERE person_id = '" + person
                + "' AND kind = 'DESIGNATED'"));
    }

    @Test
    void aWithdrawnProxyLeavesTheStationListIsKeptAndFreesBothVoters() throws Exception {
        String url = BASE + "/" + election + "/proxies";
        Api.Reply registered = officer.postJson(url + "?purpose=" + q(PURPOSE), proxy(belgians.get(2), belgians.get(3)),
                Map.of());
        assertEquals(201, registered.status(), registered.body());
        String id = registered.json().getString("id");
        assertEquals("\"0\"", registered.etag());
        String withdrawal = url + "/" + id + "/withdrawal?purpose=" + q(PURPOSE);
        String reason = "{\"reason\":\"stemt toch zelf\"}";

        assertEquals(428, officer.postJson(withdrawal, reason, Map.of()).status(), "If-Match required");
        assertEquals(412, officer.postJson(withdrawal, reason, Map.of("If-Match", "\"7\"")).status(), "stale");
        Api.Reply noReason = officer.postJson(withdrawal, "{\"reason\":\" \"}", Map.of("If-Match", registered.etag()));
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, officer.postJson(url + "/" + id + "/withdrawal", reason, Map.of("If-Match",
                registered.etag())).status(), "purpose required");
        assertEquals(403, Api.as("clerk").postJson(withdrawal, reason, Map.of("If-Match", registered.etag())).status());
        assertEquals(1, count("SELECT COUNT(*) FROM elections.proxy WHERE id = '" + id + "'"), "nothing changed yet");

        Api.Reply withdrawn = officer.postJson(withdrawal, reason, Map.of("If-Match", registered.etag()));
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals(id, withdrawn.json().getString("id"));
        assertEquals(0, count("SELECT COUNT(*) FROM elections.proxy WHERE id = '" + id + "'"));
        assertEquals("elections;stemt toch zelf", one("SELECT withdrawn_by || ';' || withdrawal_reason FROM"
                + " elections.proxy_withdrawal WHERE id = '" + id + "' AND grantor_id = '" + belgians.get(2) + "'"));
        assertEquals(0, officer.get(url + "?station=1&purpose=" + q(PURPOSE)).any().asJsonArray().size(),
                "off the station's proxy list");
        assertEquals(404, officer.postJson(withdrawal, reason, Map.of("If-Match", registered.etag())).status(),
                "withdrawn once");
        List<JsonObject> log = Api.as("auditor").get("/api/v1/protocol-log?personId=" + belgians.get(2) + "&size=50")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("CHANGE") && e.getString("actor")
                .equals("elections") && e.getString("query").startsWith("proxy withdrawn")), log.toString());

        // grantor and holder are free again
        Api.Reply again = officer.postJson(url + "?purpose=" + q(PURPOSE), proxy(belgians.get(2), belgians.get(4)),
                Map.of());
        assertEquals(201, again.status(), again.body());
        Api.Reply holderAgain = officer.postJson(url + "?purpose=" + q(PURPOSE), proxy(belgians.get(5), belgians.get(3)),
                Map.of());
        assertEquals(201, holderAgain.status(), holderAgain.body());
        assertEquals(2, officer.get(url + "?station=1&purpose=" + q(PURPOSE)).any().asJsonArray().size());
    }

    private static String proxy(String grantor, String holder) {
        return "{\"grantorId\":\"" + grantor + "\",\"holderId\":\"" + holder + "\",\"reason\":\"ILLNESS\","
                + "\"certificate\":\"MEDICAL\"}";
    }

    /**
     * Sends the request {@value RACERS} times at once while {@code lock} holds what they queue on, waits until all
     * of them wait in PostgreSQL (statement like {@code waitingOn}), then rolls the lock back and collects the answers.
     */
    private static List<Api.Reply> race(java.util.concurrent.Callable<Api.Reply> request, String waitingOn,
                                        Connection lock) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(request));
            }
            long deadline = System.currentTimeMillis() + 30_000;
            long waiting = 0;
            while (System.currentTimeMillis() < deadline && (waiting = count("SELECT COUNT(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '" + waitingOn
                    + "'")) < RACERS) {
                Thread.sleep(100);
            }
            assertEquals(RACERS, waiting, "all requests wait on the held lock");
            lock.rollback();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneCreatedOthersConflict(List<Api.Reply> replies, String field, String type) {
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
        for (Api.Reply r : replies) {
            if (r.status() != 201) {
                assertEquals(409, r.status(), r.body());
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                assertTrue(r.json().getString("type").endsWith("/" + type), r.body());
                assertTrue(r.json().getString("detail").startsWith(field + ":"), r.body());
            }
        }
        assertFalse(replies.stream().anyMatch(r -> r.status() >= 500), replies.toString());
    }
}
