package be.burgerzaken.app.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Integrators (issue 9) over REST on PostgreSQL: field filtering and 403 per unauthorised information type, expired
 * authorisations, rate limiting, webhooks in order per person after a receiver outage, the pull feed's cursor, and
 * the citizen's transparency view listing an integrator's lookup.
 */
@ExtendWith(PayaraServer.class)
class IntegratorsApiIT {
    static final String HOUSING = "social housing file 2026/77";

    static String token(String client, String secret) {
        Api.Reply r = Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret)));
        assertEquals(200, r.status(), r.body());
        return r.json().getString("access_token");
    }

    static JsonObject person(String id) {
        return Api.as("clerk").get("/api/v1/persons/" + id + "?purpose=" + q(AddressChangeApiIT.PURPOSE)).json();
    }

    @Test
    void aHousingCompanyGetsExactlyNameAndMainResidenceAndA403NamingCivilStatus() {
        String id = AddressChangeApiIT.household(h -> true).getJsonArray("members").getJsonObject(0).getString("personId");
        Api housing = Api.bearer(token("demo-housing", "demo-housing-secret"));

        Api.Reply all = housing.get("/api/v1/persons/" + id + "?purpose=" + q(HOUSING));
        assertEquals(200, all.status(), all.body());
        assertEquals(Set.of("id", "version", "familyName", "givenNames"), all.json().keySet(), all.body());

        Api.Reply name = housing.get("/api/v1/persons/" + id + "?fields=familyName&purpose=" + q(HOUSING));
        assertEquals(Set.of("id", "version", "familyName"), name.json().keySet(), name.body());

        Api.Reply file = housing.get("/api/v1/population/residents/" + id + "?fields=residence&purpose=" + q(HOUSING));
        assertEquals(200, file.status(), file.body());
        assertEquals(Set.of("personId", "version", "residence"), file.json().keySet(), file.body());

        Api.Reply civil = housing.get("/api/v1/persons/" + id + "/civil-status?fields=status&purpose=" + q(HOUSING));
        assertEquals(403, civil.status(), civil.body());
        assertTrue(civil.contentType().startsWith("application/problem+json"));
        assertTrue(civil.json().getString("detail").contains("status") && civil.json().getString("detail").contains("120"),
                civil.body());

        Api.Reply birth = housing.get("/api/v1/persons/" + id + "?fields=familyName,birthDate&purpose=" + q(HOUSING));
        assertEquals(403, birth.status(), birth.body());
        assertTrue(birth.json().getString("detail").contains("birthDate"), birth.body());

        Api.Reply household = housing.get("/api/v1/population/residents/" + id + "?fields=household&purpose=" + q(HOUSING));
        assertEquals(403, household.status(), household.body());
        assertTrue(household.json().getString("detail").contains("household"), household.body());

        Api.Reply purpose = housing.get("/api/v1/persons/" + id + "?purpose=" + q("curiosity"));
        assertEquals(403, purpose.status(), purpose.body());
        assertTrue(purpose.json().getString("detail").contains("purpose"), purpose.body());

        Api.Reply history = housing.get("/api/v1/persons/" + id + "/history?fields=NAME&purpose=" + q(HOUSING));
        assertEquals(403, history.status(), history.body());
        assertTrue(history.json().getString("detail").contains("history"), history.body());

        // a read that declares no fields is closed to integrators; the number lookup is filtered like the person
        Api.Reply households = housing.get("/api/v1/population/households?personId=" + id + "&purpose=" + q(HOUSING));
        assertEquals(403, households.status(), households.body());
        JsonObject lookup = housing.get("/api/v1/persons/national-numbers/" + person(id).getString("nationalNumber")
                + "?purpose=" + q(HOUSING)).json();
        assertEquals(Set.of("id", "version", "familyName", "givenNames"), lookup.getJsonObject("person").keySet(),
                lookup.toString());

        // staff reads are not filtered
        assertTrue(person(id).containsKey("birthDate"));

        // batch lookup: the same fields, the unknown number reported
        String nn = person(id).getString("nationalNumber");
        Api.Reply batch = housing.postJson("/api/v1/persons/batch?fields=familyName&purpose=" + q(HOUSING),
                "{\"nationalNumbers\":[\"" + nn + "\",\"00010100173\"]}", Map.of());
        assertEquals(200, batch.status(), batch.body());
        assertEquals(1, batch.json().getJsonArray("items").size(), batch.body());
        assertEquals(Set.of("id", "version", "familyName"), batch.json().getJsonArray("items").getJsonObject(0).keySet());
        assertEquals(1, batch.json().getJsonArray("notFound").size(), batch.body());

        // the citizen's view on the e-counter lists the housing company's lookup; the clerk sees it too
        Api ecounter = Api.bearer(token("demo-ecounter", "demo-ecounter-secret"));
        Api.Reply seen = ecounter.get("/api/v1/transparency/by-national-number/" + nn + "?purpose=" + q("e-counter citizen request"));
        assertEquals(200, seen.status(), seen.body());
        assertTrue(seen.json().getJsonArray("items").stream().map(v -> v.asJsonObject()).anyMatch(e ->
                e.getString("who").startsWith("Sociale huisvesting") && e.getString("purpose").equals(HOUSING)
                        && e.getString("outcome").equals("OK") && e.getJsonArray("informationTypes").toString().contains("010")
                        && !e.getJsonArray("informationTypes").toString().contains("BZ-BIRTH")), seen.body());
        assertEquals(200, Api.as("clerk").get("/api/v1/transparency/persons/" + id + "?purpose=" + q("citizen at the desk"))
                .status());
        Api.Reply signals = Api.as("auditor").get("/api/v1/transparency/misuse-signals?from=2026-01-01&to=2026-01-31");
        assertEquals(200, signals.status(), signals.body());
        assertEquals(403, Api.as("clerk").get("/api/v1/transparency/misuse-signals?from=2026-01-01&to=2026-01-31").status());
    }

    @Test
    void anExpiredAuthorisationIsRefusedAndTheRateLimitAnswers429() throws Exception {
        Api admin = Api.as("admin");
        Api.Reply body = admin.postJson("/api/v1/integrators/bodies", "{\"name\":\"Test body\",\"enterpriseNumber\":\""
                + enterpriseNumber() + "\",\"contactEmail\":\"t@example.be\"}", Map.of());
        assertEquals(201, body.status(), body.body());
        assertEquals(400, admin.postJson("/api/v1/integrators/bodies", "{\"name\":\"Bad\",\"enterpriseNumber\":\"0207437469\"}",
                Map.of()).status(), "mod 97 check");
        String clientId = "it-" + Long.toHexString(System.nanoTime());
        Api.Reply client = admin.postJson("/api/v1/integrators/bodies/" + body.json().getString("id") + "/clients",
                "{\"clientId\":\"" + clientId + "\",\"name\":\"IT client\",\"ratePerMinute\":6}", Map.of());
        assertEquals(201, client.status(), client.body());
        String secret = client.json().getString("secret");
        Api.Reply expired = admin.postJson("/api/v1/integrators/clients/" + clientId + "/authorisations",
                "{\"purpose\":\"archive\",\"legalBasis\":\"test basis\",\"informationTypes\":[\"010\"],"
                        + "\"validFrom\":\"2020-01-01\",\"validTo\":\"2021-12-31\",\"historyAllowed\":false,"
                        + "\"populationScope\":\"ALL\"}", Map.of());
        assertEquals(201, expired.status(), expired.body());
        assertEquals(403, Api.as("clerk").postJson("/api/v1/integrators/clients/" + clientId + "/authorisations", "{}",
                Map.of()).status());

        String id = AddressChangeApiIT.household(h -> true).getJsonArray("members").getJsonObject(0).getString("personId");
        String token = token(clientId, secret);
        Api.Reply refused = Api.bearer(token).get("/api/v1/persons/" + id + "?purpose=" + q("archive request 1"));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("expired on 2021-12-31"), refused.body());

        HttpClient http = HttpClient.newHttpClient();
        int status = 0;
        String retryAfter = null;
        for (int i = 0; i < 12 && status != 429; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(PayaraServer.baseUrl()
                            + "/api/v1/persons/" + id + "?purpose=" + q("archive request 2")))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            retryAfter = r.headers().firstValue("Retry-After").orElse(null);
        }
        assertEquals(429, status, "6 requests per minute");
        assertTrue(retryAfter != null && Integer.parseInt(retryAfter) >= 1, "Retry-After " + retryAfter);
        // the change was protocol-logged
        Api.Reply log = Api.as("auditor").get("/api/v1/protocol-log?actor=admin&size=50");
        assertTrue(log.body().contains("authorise API client " + clientId), log.body());
    }

    @Test
    void subscribersGetTheAddressChangeAsSignedWebhooksInOrderAfterAnOutageAndInTheFeed() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean down = calls.incrementAndGet() <= 3; // an outage: the first three deliveries fail
            received.add(new Received(exchange.getRequestHeaders().getFirst("Burgerzaken-Notification-Id"),
                    exchange.getRequestHeaders().getFirst("Burgerzaken-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Burgerzaken-Signature"), text, !down));
            exchange.sendResponseHeaders(down ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            AddressChangeApiIT.Family family = AddressChangeApiIT.family();
            String police = AuthApiIT.token();
            String callback = "http://localhost:" + receiver.getAddress().getPort() + "/hook";
            Map<String, String> secrets = new java.util.HashMap<>();
            List<String> subscribed = family.members().subList(0, 2);
            for (String member : subscribed) {
                Api.Reply s = Api.bearer(police).postJson("/api/v1/subscriptions?purpose=" + q("police follow-up PV 2026/5"),
                        "{\"nationalNumber\":\"" + person(member).getString("nationalNumber") + "\",\"callbackUrl\":\""
                                + callback + "\"}", Map.of());
                assertEquals(201, s.status(), s.body());
                secrets.put(s.json().getString("id"), s.json().getString("secret"));
                assertEquals(201, Api.bearer(token("demo-housing", "demo-housing-secret")).postJson(
                        "/api/v1/subscriptions?purpose=" + q(HOUSING), "{\"nationalNumber\":\""
                                + person(member).getString("nationalNumber") + "\"}", Map.of()).status());
            }
            Api housing = Api.bearer(token("demo-housing", "demo-housing-secret"));
            long cursor = housing.get("/api/v1/subscriptions/feed?limit=500&purpose=" + q(HOUSING)).json()
                    .getJsonNumber("nextCursor").longValue();

            Api.Reply declared = AddressChangeApiIT.declare("clerk", family.declarant(), family.members(),
                    AddressChangeApiIT.address(AddressChangeApiIT.NAAMSESTRAAT, "91", AddressChangeApiIT.box()),
                    AddressChangeApiIT.TODAY.minusDays(1));
            assertEquals(201, declared.status(), declared.body());
            AddressChangeApiIT.approve(declared.json().getString("id"), declared.etag(), null);

            long deadline = System.currentTimeMillis() + 60_000;
            while (received.stream().filter(Received::accepted).count() < 4 && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            List<Received> ok = received.stream().filter(Received::accepted).toList();
            assertEquals(4, ok.size(), "two persons x (address, household): " + received);
            Thread.sleep(3000);
            assertEquals(4, received.stream().filter(Received::accepted).count(), "nothing delivered twice: " + received);
            for (Received r : received) {
                String secret = secrets.get(json(r.body()).getString("subscriptionId"));
                assertEquals("sha256=" + hmac(secret, r.timestamp() + "." + r.body()), r.signature());
                assertEquals(json(r.body()).getJsonNumber("id").toString(), r.id());
            }
            Set<String> failedIds = received.stream().filter(r -> !r.accepted()).map(Received::id).collect(Collectors.toSet());
            assertTrue(ok.stream().map(Received::id).collect(Collectors.toSet()).containsAll(failedIds),
                    "a retry carries the same id");
            for (String member : subscribed) {
                List<String> events = ok.stream().map(r -> json(r.body())).filter(j -> j.getString("personId").equals(member))
                        .map(j -> j.getString("event")).toList();
                assertEquals(List.of("ADDRESS_CHANGED", "HOUSEHOLD_CHANGED"), events, "in order per person");
            }

            // the housing company's feed: only the information type it is authorised for (main residence)
            JsonObject feed = housing.get("/api/v1/subscriptions/feed?after=" + cursor + "&purpose=" + q(HOUSING)).json();
            List<JsonObject> items = feed.getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
            assertEquals(2, items.size(), feed.toString());
            assertTrue(items.stream().allMatch(i -> i.getString("event").equals("ADDRESS_CHANGED")
                    && i.getString("informationType").equals("020")), feed.toString());
            long next = feed.getJsonNumber("nextCursor").longValue();
            JsonObject after = housing.get("/api/v1/subscriptions/feed?after=" + next + "&purpose=" + q(HOUSING)).json();
            assertEquals(0, after.getJsonArray("items").size(), after.toString());
            assertEquals(next, after.getJsonNumber("nextCursor").longValue());
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void secretsRotateWithOverlapAndSignedJwtAssertionsGetTokens() throws Exception {
        Api admin = Api.as("admin");
        Api.Reply body = admin.postJson("/api/v1/integrators/bodies", "{\"name\":\"Rotation body\",\"enterpriseNumber\":\""
                + enterpriseNumber() + "\"}", Map.of());
        assertEquals(201, body.status(), body.body());
        String clientId = "rot-" + Long.toHexString(System.nanoTime());
        String first = admin.postJson("/api/v1/integrators/bodies/" + body.json().getString("id") + "/clients",
                "{\"clientId\":\"" + clientId + "\",\"name\":\"Rotation client\"}", Map.of()).json().getString("secret");
        Api.Reply rotated = admin.post("/api/v1/integrators/clients/" + clientId + "/secrets?overlapHours=1",
                "application/json", "");
        assertEquals(201, rotated.status(), rotated.body());
        String second = rotated.json().getString("secret");
        assertEquals(200, tokenStatus(clientId, first), "the old secret works during the overlap");
        assertEquals(200, tokenStatus(clientId, second));
        String third = admin.post("/api/v1/integrators/clients/" + clientId + "/secrets?overlapHours=0",
                "application/json", "").json().getString("secret");
        assertEquals(401, tokenStatus(clientId, first), "no overlap: the old secrets stop now");
        assertEquals(401, tokenStatus(clientId, second));
        assertEquals(200, tokenStatus(clientId, third));

        // signed JWT client assertion (ES256) with a registered public key
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
        g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        java.security.KeyPair pair = g.generateKeyPair();
        java.security.interfaces.ECPublicKey pub = (java.security.interfaces.ECPublicKey) pair.getPublic();
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String jwk = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + b64.encodeToString(fixed(pub.getW().getAffineX()))
                + "\",\"y\":\"" + b64.encodeToString(fixed(pub.getW().getAffineY())) + "\"}";
        Api.Reply key = admin.postJson("/api/v1/integrators/clients/" + clientId + "/public-keys", "{\"jwk\":" + jwk + "}",
                Map.of());
        assertEquals(201, key.status(), key.body());
        long now = System.currentTimeMillis() / 1000;
        String header = b64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"" + clientId + "\",\"sub\":\"" + clientId
                + "\",\"aud\":\"burgerzaken-api\",\"exp\":" + (now + 120) + ",\"jti\":\"" + java.util.UUID.randomUUID()
                + "\"}").getBytes(StandardCharsets.UTF_8));
        java.security.Signature sig = java.security.Signature.getInstance("SHA256withECDSAinP1363Format");
        sig.initSign(pair.getPrivate());
        sig.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        String assertion = header + "." + claims + "." + b64.encodeToString(sig.sign());
        String form = Api.form(Map.of("grant_type", "client_credentials", "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion", assertion));
        Api.Reply signed = Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded", form);
        assertEquals(200, signed.status(), signed.body());
        assertEquals(clientId, Api.bearer(signed.json().getString("access_token")).get("/api/v1/auth/me").json()
                .getString("name"));
        assertEquals(401, Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded", form).status(),
                "an assertion is used once");

        // population scope SUBSCRIBED: only persons the client subscribed to
        assertEquals(201, admin.postJson("/api/v1/integrators/clients/" + clientId + "/authorisations",
                "{\"purpose\":\"scoped\",\"legalBasis\":\"test basis\",\"informationTypes\":[\"NAME\"],"
                        + "\"validFrom\":\"2020-01-01\",\"populationScope\":\"SUBSCRIBED\"}", Map.of()).status());
        String id = AddressChangeApiIT.household(h -> true).getJsonArray("members").getJsonObject(0).getString("personId");
        Api scoped = Api.bearer(token(clientId, third));
        Api.Reply outside = scoped.get("/api/v1/persons/" + id + "?purpose=" + q("scoped check 1"));
        assertEquals(403, outside.status(), outside.body());
        assertTrue(outside.json().getJsonArray("missing").toString().contains("scope"), outside.body());
        assertEquals(403, scoped.get("/api/v1/persons?familyName=peeters&purpose=" + q("scoped check 2")).status(),
                "searching needs scope ALL");
        assertEquals(403, scoped.postJson("/api/v1/subscriptions?purpose=" + q("scoped category"),
                "{\"category\":\"DEATH\"}", Map.of()).status(), "no category without the type and scope ALL");
        assertEquals(201, scoped.postJson("/api/v1/subscriptions?purpose=" + q("scoped follow-up"),
                "{\"nationalNumber\":\"" + person(id).getString("nationalNumber") + "\"}", Map.of()).status());
        Api.Reply inside = scoped.get("/api/v1/persons/" + id + "?purpose=" + q("scoped check 3"));
        assertEquals(200, inside.status(), inside.body());
        assertEquals(Set.of("id", "version", "familyName", "givenNames"), inside.json().keySet());

        assertEquals(204, admin.post("/api/v1/integrators/clients/" + clientId + "/revocation", "application/json", "")
                .status());
        assertEquals(401, tokenStatus(clientId, third), "a revoked client gets no token");
    }

    @Test
    void aNotificationTheReceiverKeepsRefusingGoesToTheDeadLettersAndIsDeliveredAgainWithTheSameId() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean refuse = down.get();
            received.add(new Received(exchange.getRequestHeaders().getFirst("Burgerzaken-Notification-Id"), null, null,
                    text, !refuse));
            exchange.sendResponseHeaders(refuse ? 500 : 200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String token = AuthApiIT.token();
            Api.Reply s = Api.bearer(token).postJson("/api/v1/subscriptions?purpose=" + q("police deaths PV 2026/7"),
                    "{\"category\":\"DEATH\",\"callbackUrl\":\"http://localhost:" + receiver.getAddress().getPort()
                            + "/hook\"}", Map.of());
            assertEquals(201, s.status(), s.body());
            String subscription = s.json().getString("id");
            String id = AddressChangeApiIT.household(h -> true).getJsonArray("members").getJsonObject(0).getString("personId");
            Api.Reply before = Api.as("clerk").get("/api/v1/persons/" + id + "?purpose=" + q(AddressChangeApiIT.PURPOSE));
            Api.Reply died = Api.as("population").postJson("/api/v1/persons/" + id + "/facts?purpose=" + q("death act 2026/12"),
                    "{\"fact\":\"DEATH\",\"value\":{\"date\":\"" + AddressChangeApiIT.TODAY.minusDays(1)
                            + "\",\"placeNis\":\"24062\"},\"validFrom\":\"" + AddressChangeApiIT.TODAY.minusDays(1)
                            + "\",\"basis\":{\"kind\":\"ACT\",\"reference\":\"death act 2026/12\"}}",
                    Map.of("If-Match", before.etag()));
            assertEquals(200, died.status(), died.body());

            long deadline = System.currentTimeMillis() + 60_000;
            JsonObject dead = null;
            while (dead == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
                dead = Api.as("admin").get("/api/v1/integrators/dead-letters").any().asJsonArray().stream()
                        .map(v -> v.asJsonObject()).filter(n -> n.getString("subscriptionId").equals(subscription))
                        .findFirst().orElse(null);
            }
            assertTrue(dead != null, "dead-lettered after 5 attempts: " + received);
            assertEquals("PERSON_DIED", dead.getString("eventType"));
            assertEquals(5, received.size(), received.toString());
            assertEquals(403, Api.as("clerk").get("/api/v1/integrators/dead-letters").status());

            down.set(false);
            assertEquals(204, Api.as("admin").post("/api/v1/integrators/dead-letters/" + dead.getJsonNumber("id")
                    + "/redelivery", "application/json", "").status());
            long until = System.currentTimeMillis() + 30_000;
            while (received.stream().noneMatch(Received::accepted) && System.currentTimeMillis() < until) {
                Thread.sleep(250);
            }
            List<Received> ok = received.stream().filter(Received::accepted).toList();
            assertEquals(1, ok.size(), received.toString());
            assertEquals(received.get(0).id(), ok.get(0).id(), "the same id as the failed attempts");
            assertEquals(id, json(ok.get(0).body()).getString("personId"));
        } finally {
            receiver.stop(0);
        }
    }

    static int tokenStatus(String client, String secret) {
        return Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret))).status();
    }

    /** A P-256 coordinate as exactly 32 bytes. */
    static byte[] fixed(java.math.BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }

    record Received(String id, String timestamp, String signature, String body, boolean accepted) {
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A random valid enterprise number (0 + 7 digits + 97 - mod 97). */
    static String enterpriseNumber() {
        long base = 1_000_000 + ThreadLocalRandom.current().nextLong(8_999_999);
        long check = 97 - (base % 97);
        return String.format("0%07d%02d", base, check);
    }
}
