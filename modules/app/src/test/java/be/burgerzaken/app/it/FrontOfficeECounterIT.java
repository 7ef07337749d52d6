package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.FrontOfficeApiIT.BASE;
import static be.burgerzaken.app.it.FrontOfficeApiIT.PURPOSE;
import static be.burgerzaken.app.it.FrontOfficeApiIT.assertProblem;
import static be.burgerzaken.app.it.FrontOfficeApiIT.booking;
import static be.burgerzaken.app.it.FrontOfficeApiIT.client;
import static be.burgerzaken.app.it.FrontOfficeApiIT.family;
import static be.burgerzaken.app.it.FrontOfficeApiIT.freeSlots;
import static be.burgerzaken.app.it.FrontOfficeApiIT.integrator;
import static be.burgerzaken.app.it.FrontOfficeApiIT.requestsOf;
import static be.burgerzaken.app.it.FrontOfficeApiIT.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The front office's last parts over REST on PostgreSQL (issue 8): the e-counter is an authorised service of an API
 * client in the integrator registry (other integrators get 403), Idempotency-Key on e-counter requests and site
 * bookings (ADR 0007), and the city's site reading and cancelling only the appointments it booked for the citizen it
 * asserts (404 otherwise).
 */
@ExtendWith(PayaraServer.class)
class FrontOfficeECounterIT {

    static String certificate(String nn) {
        return "{\"productCode\":\"CERT_HOUSEHOLD_COMPOSITION\",\"citizenNationalNumber\":\"" + nn + "\"}";
    }

    static String siteBooking(String counter, String product, JsonObject slot, String citizenNn) {
        return "{\"counter\":\"" + counter + "\",\"product\":\"" + product + "\",\"day\":\"" + slot.getString("day")
                + "\",\"starts\":\"" + slot.getString("starts").substring(0, 5) + "\",\"citizenNationalNumber\":\""
                + citizenNn + "\"}";
    }

    static long appointmentsOn(String counter, String day) {
        return Api.as("clerk").get(BASE + "/counters/" + counter + "/appointments?day=" + day + "&purpose=" + q(PURPOSE))
                .any().asJsonArray().size();
    }

    @Test
    void onlyAClientAuthorisedForTheECounterServiceMayUseIt() {
        String nn = family(1000).holder().nationalNumber().digits();
        String p = "?purpose=" + q("e-counter: own request");
        for (Api other : List.of(client("demo-integrator", "demo-integrator-secret"),
                client("demo-housing", "demo-housing-secret"))) {
            assertProblem(other.postJson(BASE + "/e-counter/requests" + p, certificate(nn), Map.of()), 403, null, null);
            JsonObject slot = freeSlots("POP-1", "EID_APPLICATION", today().plusDays(5), today().plusDays(20)).getJsonObject(0);
            assertProblem(other.postJson(BASE + "/appointments?purpose=" + q("city site booking"),
                    siteBooking("POP-1", "EID_APPLICATION", slot, nn), Map.of()), 403, null, null);
        }
        assertEquals(201, integrator().postJson(BASE + "/e-counter/requests" + p, certificate(nn), Map.of()).status());

        // the administrator authorises the housing company's client for the service, then withdraws it again
        String services = "/api/v1/integrators/clients/demo-housing/services";
        try {
            Api.Reply bad = Api.as("admin").putJson(services, "{\"services\":[\"e-counter\",\"tea-room\"]}", Map.of());
            assertProblem(bad, 400, "services[1]", "unknown");
            Api.Reply granted = Api.as("admin").putJson(services, "{\"services\":[\"e-counter\"]}", Map.of());
            assertEquals(200, granted.status(), granted.body());
            assertEquals("e-counter", granted.json().getJsonObject("client").getString("roles"));
            Api housing = client("demo-housing", "demo-housing-secret");
            assertEquals(201, housing.postJson(BASE + "/e-counter/requests" + p, certificate(nn), Map.of()).status());
            assertProblem(client("demo-integrator", "demo-integrator-secret").putJson(services, "{\"services\":[]}",
                    Map.of()), 403, null, null);
            // withdrawn: the token issued while the service was granted no longer carries it
            assertEquals(200, Api.as("admin").putJson(services, "{\"services\":[]}", Map.of()).status());
            Api.Reply stale = housing.postJson(BASE + "/e-counter/requests" + p, certificate(nn), Map.of());
            assertProblem(stale, 401, null, null);
            assertTrue(stale.body().contains("services-withdrawn"), stale.body());
        } finally {
            assertEquals(200, Api.as("admin").putJson(services, "{\"services\":[]}", Map.of()).status());
        }
        assertProblem(client("demo-housing", "demo-housing-secret").postJson(BASE + "/e-counter/requests" + p,
                certificate(nn), Map.of()), 403, null, null);
        // the registry's changes are in the protocol log
        List<JsonObject> log = Api.as("auditor").get("/api/v1/protocol-log?actor=admin&size=50").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(log.stream().anyMatch(e -> e.getString("query").contains("services of API client demo-housing: [e-counter]")),
                log.toString());
    }

    @Test
    void aRetriedECounterRequestWithItsKeyIsAnsweredWithTheFirstOne() {
        FrontOfficeApiIT.Family f = family(1050);
        String nn = f.holder().nationalNumber().digits();
        long before = requestsOf(f.holder().id().toString());
        Map<String, String> key = Map.of("Idempotency-Key", "fo-e-counter-" + UUID.randomUUID());
        String p = BASE + "/e-counter/requests?purpose=" + q("e-counter: own request");
        Api e = integrator();
        Api.Reply first = e.postJson(p, certificate(nn), key);
        Api.Reply again = e.postJson(p, certificate(nn), key);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, again.status(), again.body());
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        assertEquals("FULFILLED", again.json().getString("status"));
        assertEquals(first.json().getString("documentId"), again.json().getString("documentId"), "no second certificate");
        assertEquals(before + 1, requestsOf(f.holder().id().toString()), "one request stored");
        // the same key for another request
        assertProblem(e.postJson(p, "{\"productCode\":\"CERT_MAIN_RESIDENCE\",\"citizenNationalNumber\":\"" + nn + "\"}",
                key), 422, null, null);
        assertTrue(e.postJson(p, "{\"productCode\":\"CERT_MAIN_RESIDENCE\",\"citizenNationalNumber\":\"" + nn + "\"}",
                key).body().contains("idempotency-key-reused"));
        assertEquals(before + 1, requestsOf(f.holder().id().toString()), "nothing stored for the refused reuse");
        // without a key every POST is a new request
        assertEquals(201, e.postJson(p, certificate(nn), Map.of()).status());
        assertEquals(before + 2, requestsOf(f.holder().id().toString()));
    }

    @Test
    void aRetriedSiteBookingWithItsKeyBooksOnce() {
        String nn = family(1100).holder().nationalNumber().digits();
        JsonArray free = freeSlots("POP-1", "EID_APPLICATION", today().plusDays(21), today().plusDays(35));
        JsonObject slot = free.getJsonObject(free.size() / 3);
        JsonObject other = free.getJsonObject(free.size() / 3 + 1);
        long before = appointmentsOn("POP-1", slot.getString("day"));
        Map<String, String> key = Map.of("Idempotency-Key", "fo-booking-" + UUID.randomUUID());
        String p = BASE + "/appointments?purpose=" + q("city site booking");
        Api site = integrator();
        Api.Reply first = site.postJson(p, siteBooking("POP-1", "EID_APPLICATION", slot, nn), key);
        Api.Reply again = site.postJson(p, siteBooking("POP-1", "EID_APPLICATION", slot, nn), key);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, again.status(), "a retry is not slot-taken: " + again.body());
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        assertEquals(first.json().getString("verificationCode"), again.json().getString("verificationCode"));
        assertEquals(before + 1, appointmentsOn("POP-1", slot.getString("day")), "one appointment");
        assertProblem(site.postJson(p, siteBooking("POP-1", "EID_APPLICATION", other, nn), key), 422, null, null);
        assertEquals(before + 1, appointmentsOn("POP-1", slot.getString("day")), "nothing stored for the refused reuse");
    }

    @Test
    void theSiteReadsAndCancelsOnlyWhatItBookedForTheCitizen() {
        FrontOfficeApiIT.Family a = family(1120);
        String nn = a.holder().nationalNumber().digits();
        String stranger = family(1180).holder().nationalNumber().digits();
        JsonArray free = freeSlots("POP-2", "EID_APPLICATION", today().plusDays(21), today().plusDays(35));
        Api site = integrator();
        Api.Reply booked = site.postJson(BASE + "/appointments?purpose=" + q("city site booking"),
                siteBooking("POP-2", "EID_APPLICATION", free.getJsonObject(free.size() / 2), nn), Map.of());
        assertEquals(201, booked.status(), booked.body());
        String id = booked.json().getString("id");
        String read = "?purpose=" + q("city site: my appointments");

        Api.Reply mine = site.get(BASE + "/appointments/" + id + read + "&citizen=" + nn);
        assertEquals(200, mine.status(), mine.body());
        assertEquals(id, mine.json().getString("id"));
        Api.Reply pdf = site.get(BASE + "/appointments/" + id + "/confirmation" + read + "&citizen=" + nn,
                Map.of("Accept", "application/pdf"));
        assertEquals(200, pdf.status(), pdf.body());
        assertTrue(pdf.body().startsWith("%PDF"));
        // another citizen, no citizen, or a booking made at the counter: as if it did not exist
        assertProblem(site.get(BASE + "/appointments/" + id + read + "&citizen=" + stranger), 404, null, null);
        assertProblem(site.get(BASE + "/appointments/" + id + read), 404, null, null);
        assertProblem(site.get(BASE + "/appointments/" + UUID.randomUUID() + read + "&citizen=" + nn), 404, null, null);
        // (the last free start of the period: far from the site's booking, whose 20 minutes cover the next starts)
        JsonObject last = free.getJsonObject(free.size() - 1);
        Api.Reply counter = Api.as("clerk").postJson(BASE + "/appointments?purpose=" + q(PURPOSE), booking("POP-2",
                "EID_APPLICATION", last.getString("day"), last.getString("starts").substring(0, 5),
                a.holder().id().toString()), Map.of());
        assertEquals(201, counter.status(), counter.body());
        assertProblem(site.get(BASE + "/appointments/" + counter.json().getString("id") + read + "&citizen=" + nn),
                404, null, null);
        assertProblem(site.postJson(BASE + "/appointments/" + counter.json().getString("id") + "/cancel" + read
                + "&citizen=" + nn, "{}", Map.of("If-Match", counter.etag())), 404, null, null);
        // other integrators do not get in at all
        assertProblem(client("demo-housing", "demo-housing-secret").get(BASE + "/appointments/" + id + read
                + "&citizen=" + nn), 403, null, null);

        assertProblem(site.postJson(BASE + "/appointments/" + id + "/cancel" + read + "&citizen=" + stranger, "{}",
                Map.of("If-Match", mine.etag())), 404, null, null);
        Api.Reply cancelled = site.postJson(BASE + "/appointments/" + id + "/cancel" + read + "&citizen=" + nn, "{}",
                Map.of("If-Match", mine.etag()));
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("BOOKED", Api.as("clerk").get(BASE + "/appointments/" + counter.json().getString("id") + "?purpose="
                + q(PURPOSE)).json().getString("status"), "the counter's booking is untouched");

        // protocol-logged: the served read and the refused one
        List<JsonObject> log = Api.as("auditor").get("/api/v1/protocol-log?actor=demo-ecounter&size=100").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(log.stream().anyMatch(e -> e.getString("query").equals("appointment " + id)
                && e.getString("outcome").equals("OK") && e.getString("action").equals("READ")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.getString("query").equals("appointment " + id)
                && !e.getString("outcome").equals("OK")), log.toString());
        assertFalse(log.isEmpty());
    }
}
