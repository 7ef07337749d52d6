package be.burgerzaken.app.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Integrators using the JDK's HttpClient with its defaults (HTTP/2 asked for by an h2c upgrade on http://) are
 * served, reads and posts with a body alike, also when requests take longer than Payara's default keep-alive timeout
 * of 30 s: Grizzly applied it to the upgraded connection and cut off every request still waiting on it ("EOF reached
 * while reading"); with h2c switched off instead, it stopped reading the bodies of posts asking for the upgrade
 * (a form or a file, read to its end, waited 30 s and failed). Here 20 parallel requests over one upgraded
 * connection (10 searches, 10 new act drafts) are held 35 s by locks taken in the database.
 */
@ExtendWith(PayaraServer.class)
class DefaultHttpClientIT {
    static final String PURPOSE = "integration test default http client 2026/0020";
    static final int PARALLEL = 20;
    static final long HELD_SECONDS = 35;

    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(("clerk:" + Api.PASSWORD)
            .getBytes(StandardCharsets.UTF_8));

    private static HttpRequest newDraft(String childGiven) {
        return HttpRequest.newBuilder(URI.create(PayaraServer.baseUrl() + ActsClient.BASE + "?purpose=" + q(PURPOSE)))
                .timeout(Duration.ofSeconds(120)).header("Authorization", AUTH).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ActsClient.birth(childGiven,
                        ActsClient.details(null, "Claes", "Ilse", "1990-03-03"), null)))
                .build();
    }

    /** The first request of a new client asks for the upgrade; here it posts a form (read to its end). */
    @Test
    void aNewClientsFirstRequestPostingAFormIsServed() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(PayaraServer.baseUrl() + "/api/v1/auth/token")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.form(Map.of("grant_type", "client_credentials",
                        "client_id", "demo-integrator", "client_secret", "demo-integrator-secret")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(20), "served at once, not after a read timeout");
    }

    @Test
    void twentyParallelRequestsOfTheDefaultClientAllSucceedAlsoWhenTheyTakeLongerThan30Seconds()
            throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        assertEquals(HttpClient.Version.HTTP_2, client.version(), "the JDK default, as an integrator would have it");
        URI search = URI.create(PayaraServer.baseUrl() + "/api/v1/persons?familyName=peeters&size=1&purpose=" + q(PURPOSE));
        // one request first, as in a running integration: the client upgrades its connection to HTTP/2 if the
        // server agrees, and then sends the parallel requests over it
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(search).header("Authorization", AUTH)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode(), first.body());

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try (Connection db = DriverManager.getConnection(System.getProperty("bz.test.db.url"),
                System.getProperty("bz.test.db.user"), System.getProperty("bz.test.db.password"))) {
            // every protocol-log chain locked: each request (logged) waits until this transaction ends
            db.setAutoCommit(false);
            try (Statement s = db.createStatement();
                 ResultSet heads = s.executeQuery("SELECT stripe FROM kernel.protocol_chain_head FOR UPDATE")) {
                assertTrue(heads.next(), "the chains' heads exist");
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                HttpRequest request = i % 2 == 0
                        ? HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(120)).header("Authorization", AUTH)
                                .header("Accept", "application/json").GET().build()
                        : newDraft("Kind" + i);
                int expected = i % 2 == 0 ? 200 : 201;
                results.add(pool.submit(() -> {
                    go.await();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        return (r.statusCode() == expected ? "served" : r.statusCode() + " " + r.body()) + " after "
                                + (System.nanoTime() - t0) / 1_000_000_000 + " s";
                    } catch (Exception e) {
                        return "failed after " + (System.nanoTime() - t0) / 1_000_000_000 + " s: " + e;
                    }
                }));
            }
            go.countDown();
            Thread.sleep(TimeUnit.SECONDS.toMillis(HELD_SECONDS));
            db.commit(); // the requests go on

            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(2, TimeUnit.MINUTES));
            }
            for (String o : outcomes) {
                assertTrue(o.startsWith("served after "), () -> "every request served: " + outcomes);
                long seconds = Long.parseLong(o.substring("served after ".length(), o.indexOf(" s")));
                assertTrue(seconds >= HELD_SECONDS - 2, () -> "each request was held past the 30 s: " + outcomes);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
