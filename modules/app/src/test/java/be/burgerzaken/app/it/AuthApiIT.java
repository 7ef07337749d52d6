package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Integrators: client-credentials tokens, bearer calls, and everything that is refused with 401. */
@ExtendWith(PayaraServer.class)
class AuthApiIT {

    static String token() {
        Api.Reply r = Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "client_credentials", "client_id", "demo-integrator",
                        "client_secret", "demo-integrator-secret")));
        assertEquals(200, r.status(), r.body());
        return r.json().getString("access_token");
    }

    @Test
    void integratorGetsATokenAndSearchesWithIt() {
        String token = token();
        JsonObject me = Api.bearer(token).get("/api/v1/auth/me").json();
        assertEquals("demo-integrator", me.getString("name"));
        assertEquals("INTEGRATOR", me.getString("kind"));
        Api.Reply r = Api.bearer(token).get("/api/v1/persons?familyName=janssens&purpose=" + q("police file PV 2026/991"));
        assertEquals(200, r.status(), r.body());
        JsonObject log = Api.as("auditor").get("/api/v1/protocol-log?actor=demo-integrator&size=20").json();
        assertTrue(log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("actorKind").equals("INTEGRATOR") && e.getString("purpose").equals("police file PV 2026/991")));
    }

    @Test
    void wrongSecretUnknownGrantAndForgedTokensAreRefused() {
        Api.Reply wrong = Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "client_credentials", "client_id", "demo-integrator", "client_secret", "x")));
        assertEquals(401, wrong.status());
        assertTrue(wrong.contentType().startsWith("application/problem+json"));
        Api.Reply grant = Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "password")));
        assertEquals(400, grant.status());
        String token = token();
        int i = token.lastIndexOf('.') + 5; // a character inside the signature (the last one carries padding bits)
        String forged = token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
        assertEquals(401, Api.bearer(forged).get("/api/v1/auth/me").status());
        assertEquals(401, Api.bearer("not-a-jwt").get("/api/v1/auth/me").status());
    }

    @Test
    void staffUseBasicCredentialsAndSeeTheirRoles() {
        JsonObject me = Api.as("registrar").get("/api/v1/auth/me").json();
        assertEquals("STAFF", me.getString("kind"));
        assertTrue(me.getJsonArray("roles").toString().contains("civil-registrar"));
    }

    @Test
    void openEndpointsNeedNoCredentials() {
        assertEquals(200, Api.anonymous().get("/openapi").status());
        Api.Reply health = Api.anonymous().get("/health");
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesThePersonsApi() {
        Api.Reply doc = Api.anonymous().get("/openapi");
        assertTrue(doc.body().contains("/api/v1/persons"), "persons paths are documented");
        assertTrue(doc.body().contains("application/problem+json"));
        // every module's resources, scanned from their JARs (mp.openapi.scan.packages limits the scan to ours)
        for (String path : java.util.List.of("/api/v1/population/", "/api/v1/civil-status/", "/api/v1/criminal-records/",
                "/api/v1/elections", "/api/v1/training/", "/api/v1/public/documents/")) {
            assertTrue(doc.body().contains(path), path + " is documented");
        }
    }
}
