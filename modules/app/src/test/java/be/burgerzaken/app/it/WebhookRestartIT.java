package be.burgerzaken.app.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing is lost when the application dies in the middle of a webhook delivery: the server is killed while the
 * receiver holds the first notification, and after the restart the same notification (same id) is delivered,
 * followed by the next one of the person, in order.
 */
@ExtendWith(PayaraServer.class)
class WebhookRestartIT {

    record Hit(String id, JsonObject body, boolean answered) {
    }

    @Test
    void aDeliveryCutOffByACrashIsSentAgainWithTheSameIdAfterTheRestart() throws Exception {
        List<Hit> hits = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        AtomicBoolean hold = new AtomicBoolean(true);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean held = hold.getAndSet(false);
            hits.add(new Hit(exchange.getRequestHeaders().getFirst("Burgerzaken-Notification-Id"),
                    IntegratorsApiIT.json(text), !held));
            if (held) {
                first.countDown();
                try {
                    Thread.sleep(15_000); // the application is killed meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                exchange.sendResponseHeaders(204, -1);
            } catch (java.io.IOException gone) {
                // the sender died
            }
            exchange.close();
        });
        receiver.start();
        try {
            AddressChangeApiIT.Family family = AddressChangeApiIT.family();
            String member = family.members().get(0);
            Api.Reply s = Api.bearer(AuthApiIT.token()).postJson("/api/v1/subscriptions?purpose=" + q("police follow-up PV 2026/9"),
                    "{\"nationalNumber\":\"" + IntegratorsApiIT.person(member).getString("nationalNumber")
                            + "\",\"callbackUrl\":\"http://localhost:" + receiver.getAddress().getPort() + "/hook\"}", Map.of());
            assertEquals(201, s.status(), s.body());
            Api.Reply declared = AddressChangeApiIT.declare("clerk", family.declarant(), family.members(),
                    AddressChangeApiIT.address(AddressChangeApiIT.NAAMSESTRAAT, "92", AddressChangeApiIT.box()),
                    AddressChangeApiIT.TODAY.minusDays(1));
            assertEquals(201, declared.status(), declared.body());
            AddressChangeApiIT.approve(declared.json().getString("id"), declared.etag(), null);

            assertTrue(first.await(30, TimeUnit.SECONDS), "the first notification reached the receiver");
            String cutOff = hits.get(0).id();
            PayaraServer.restart(true);

            long deadline = System.currentTimeMillis() + 90_000;
            while (hits.stream().filter(Hit::answered).count() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            List<Hit> answered = hits.stream().filter(Hit::answered).toList();
            assertEquals(2, answered.size(), hits.toString());
            assertEquals(cutOff, answered.get(0).id(), "the cut-off notification is sent again with the same id");
            assertEquals(List.of("ADDRESS_CHANGED", "HOUSEHOLD_CHANGED"),
                    answered.stream().map(h -> h.body().getString("event")).toList(), "in order for the person");
            assertEquals(200, Api.as("clerk").get("/api/v1/persons/" + member + "?purpose=" + q("after the restart"))
                    .status(), "the restarted server serves requests");
        } finally {
            receiver.stop(0);
        }
    }
}
