package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * More concurrent personal-data reads than protocol-log stripes (32): a transaction that finds every stripe busy
 * waits for one and appends. The benchmark (issue 10) saw thousands of 500 "stripe has no head row" at 32
 * connections when that wait went through the pessimistic {@code em.find}. Every read must answer 200 and the
 * chains must verify.
 */
@ExtendWith(PayaraServer.class)
class ProtocolLogContentionIT {
    // an integrator reads for a purpose its authorisation covers (demo-integrator: police, issue 9)
    static final String PURPOSE = "police file 2026/0010 stripe contention";
    static final int CLIENTS = 64;
    static final int READS = 6;

    static String integratorToken() {
        Api.Reply r = Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "client_credentials", "client_id", "demo-integrator",
                        "client_secret", "demo-integrator-secret")));
        assertEquals(200, r.status(), r.body());
        return r.json().getString("access_token");
    }

    @Test
    void moreConcurrentReadsThanStripesAllAnswerAndTheChainsVerify() throws Exception {
        String token = integratorToken();
        JsonObject page = Api.bearer(token).get("/api/v1/persons?familyName=peeters&size=50&purpose=" + q(PURPOSE)).json();
        List<String> ids = new ArrayList<>();
        page.getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getString("id")));
        assertTrue(ids.size() >= 10, "demo persons named Peeters: " + page);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    List<String> failures = new ArrayList<>();
                    for (int i = 0; i < READS; i++) {
                        String id = ids.get((client * READS + i) % ids.size());
                        Api.Reply r = Api.bearer(token).get("/api/v1/persons/" + id + "?purpose=" + q(PURPOSE));
                        if (r.status() != 200) {
                            failures.add(r.status() + " " + r.body());
                        }
                    }
                    return failures;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> f : results) {
                failures.addAll(f.get(5, TimeUnit.MINUTES));
            }
            assertTrue(failures.isEmpty(), () -> failures.size() + " of " + CLIENTS * READS + " reads failed, first: "
                    + failures.get(0));
        } finally {
            pool.shutdownNow();
        }
        JsonObject chain = Api.as("auditor").get("/api/v1/protocol-log/verification").json();
        assertTrue(chain.getBoolean("valid"), chain::toString);
    }
}
