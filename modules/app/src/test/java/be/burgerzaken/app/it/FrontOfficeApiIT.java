package be.burgerzaken.app.it;

import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The front office over REST on PostgreSQL: the catalogue (every product, dated data, edited with If-Match), a
 * request's life at the counter and from the e-counter (linked to the module procedure it starts), automatic
 * fulfilment of a resident's own certificate, appointments (two bookings of one slot: exactly one wins; cancel frees
 * it), bad input answered precisely with nothing stored, and the quality figures as JSON and CSV.
 */
@ExtendWith(PayaraServer.class)
class FrontOfficeApiIT {
    static final String PURPOSE = "front office IT 2026/0008";
    static final String BASE = "/api/v1/front-office";
    static final List<SyntheticPerson> POPULATION = new SyntheticPopulation(42).persons(2000).toList();

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    /** The city's e-counter and site: the demo client authorised for the e-counter service (registry). */
    static Api integrator() {
        return client("demo-ecounter", "demo-ecounter-secret");
    }

    static Api client(String id, String secret) {
        Api.Reply r = Api.anonymous().post("/api/v1/auth/token", "application/x-www-form-urlencoded",
                Api.form(Map.of("grant_type", "client_credentials", "client_id", id, "client_secret", secret)));
        assertEquals(200, r.status(), r.body());
        return Api.bearer(r.json().getString("access_token"));
    }

    /** A resident with a household of two or more (not collective), from {@code from} in the synthetic list. */
    record Family(SyntheticPerson holder, List<String> members) {
    }

    static Family family(int from) {
        for (int i = from; i < POPULATION.size(); i++) {
            SyntheticPerson p = POPULATION.get(i);
            Api.Reply h = Api.as("clerk").get("/api/v1/population/households?personId=" + p.id() + "&purpose=" + q(PURPOSE));
            if (h.status() == 200 && h.json().getJsonArray("members").size() >= 2 && !h.json().getBoolean("collectiveDwelling")) {
                List<String> members = h.json().getJsonArray("members").stream()
                        .map(m -> m.asJsonObject().getString("personId")).toList();
                if (p.birthDate().isComplete() && p.birthDate().toLocalDate().get().plusYears(20).isBefore(today())) {
                    return new Family(p, members);
                }
            }
        }
        throw new AssertionError("the demo population has families");
    }

    static long requestsOf(String personId) {
        Api.Reply r = Api.as("clerk").get(BASE + "/persons/" + personId + "/requests?purpose=" + q(PURPOSE));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    static Api.Reply put(String user, String path, String json, String ifMatch) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(PayaraServer.baseUrl() + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json));
            if (ifMatch != null) {
                b.header("If-Match", ifMatch);
            }
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(null), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertProblem(Api.Reply r, int status, String field, String code) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        if (field != null) {
            assertTrue(r.body().contains("\"" + field + "\"") && r.body().contains(code), r.body());
        }
    }

    // --- catalogue ---------------------------------------------------------------------------------------------------

    @Test
    void theCatalogueHoldsEveryProductInThreeLanguagesAndIsEditedWithIfMatch() {
        Api.Reply list = Api.as("clerk").get(BASE + "/products");
        assertEquals(200, list.status(), list.body());
        JsonArray products = list.any().asJsonArray();
        Set<String> codes = products.stream().map(p -> p.asJsonObject().getString("code")).collect(Collectors.toSet());
        for (String c : List.of("ADDRESS_CHANGE", "CERT_REGISTER_EXTRACT", "CERT_MAIN_RESIDENCE", "CERT_HOUSEHOLD_COMPOSITION",
                "CERT_PROOF_OF_LIFE", "CERT_NATIONALITY", "EID_APPLICATION", "KIDS_ID_APPLICATION", "EID_PICKUP",
                "CRIMINAL_RECORD_595", "CRIMINAL_RECORD_596_1", "CRIMINAL_RECORD_596_2", "CIVIL_STATUS_EXTRACT",
                "CIVIL_STATUS_COPY", "MARRIAGE_DECLARATION", "VOTER_REGISTRATION_NON_BELGIAN")) {
            assertTrue(codes.contains(c), c + " in " + codes);
        }
        for (var p : products) {
            JsonObject o = p.asJsonObject();
            for (String f : List.of("nameNl", "nameFr", "nameEn", "descriptionFr", "legalBasis", "whoMayRequest",
                    "requiredDocuments", "procedureKey")) {
                assertFalse(o.getString(f).isBlank(), f + " of " + o);
            }
            assertFalse(o.getJsonArray("channels").isEmpty(), o.toString());
        }

        Api.Reply one = Api.as("admin").get(BASE + "/products/CIVIL_STATUS_COPY");
        assertEquals(200, one.status(), one.body());
        String body = one.body().replace("\"targetDays\":5", "\"targetDays\":7");
        assertProblem(put("clerk", BASE + "/products/CIVIL_STATUS_COPY", body, one.etag()), 403, null, null);
        assertProblem(put("admin", BASE + "/products/CIVIL_STATUS_COPY", body, "\"999\""), 412, null, null);
        assertProblem(put("admin", BASE + "/products/CIVIL_STATUS_COPY", body.replace("\"channels\":[\"COUNTER\",\"POST\"]",
                "\"channels\":[]"), one.etag()), 400, "channels", "required");
        Api.Reply changed = put("admin", BASE + "/products/CIVIL_STATUS_COPY", body, one.etag());
        assertEquals(200, changed.status(), changed.body());
        assertEquals(7, changed.json().getInt("targetDays"));
        assertNotNull(changed.etag());
        Api.Reply back = put("admin", BASE + "/products/CIVIL_STATUS_COPY", changed.body().replace("\"targetDays\":7",
                "\"targetDays\":5"), changed.etag());
        assertEquals(200, back.status(), back.body());
    }

    // --- requests ------------------------------------------------------------------------------------------------------

    @Test
    void aCounterRequestGoesFromReceivedToFulfilledWithItsLeadTimeAndNoMoreSteps() {
        Family f = family(1300);
        String person = f.holder().id().toString();
        Api.Reply r = Api.as("clerk").postJson(BASE + "/requests?purpose=" + q(PURPOSE),
                "{\"productCode\":\"EID_APPLICATION\",\"personId\":\"" + person + "\",\"note\":\"card broken\"}", Map.of());
        assertEquals(201, r.status(), r.body());
        JsonObject v = r.json();
        assertEquals("RECEIVED", v.getString("status"));
        assertEquals("COUNTER", v.getString("channel"));
        assertEquals("population.identity-document", v.getString("procedureKey"));
        assertEquals(15, v.getInt("targetDays"));
        assertTrue(LocalDate.parse(v.getString("dueOn")).isAfter(today().plusDays(14)), v.toString());
        String id = v.getString("id");
        String path = BASE + "/requests/" + id + "/steps?purpose=" + q(PURPOSE);

        Api.Reply started = Api.as("clerk").postJson(path, "{\"action\":\"START\"}", Map.of("If-Match", r.etag()));
        assertEquals(200, started.status(), started.body());
        assertEquals("IN_PROGRESS", started.json().getString("status"));
        assertEquals("clerk", started.json().getString("assignedTo"));
        assertProblem(Api.as("clerk").postJson(path, "{\"action\":\"FULFIL\"}", Map.of("If-Match", r.etag())), 412, null, null);
        assertProblem(Api.as("clerk").postJson(path, "{\"action\":\"REFUSE\"}", Map.of("If-Match", started.etag())),
                400, "note", "required");

        Api.Reply done = Api.as("clerk").postJson(path, "{\"action\":\"FULFIL\",\"procedureRef\":\"eid-2026-1\"}",
                Map.of("If-Match", started.etag()));
        assertEquals(200, done.status(), done.body());
        JsonObject d = done.json();
        assertEquals("FULFILLED", d.getString("status"));
        assertEquals(0, d.getInt("leadDays"));
        assertTrue(d.getBoolean("firstContact"));
        assertEquals("eid-2026-1", d.getString("procedureRef"));
        assertProblem(Api.as("clerk").postJson(path, "{\"action\":\"CANCEL\"}", Map.of("If-Match", done.etag())),
                409, null, null);
        assertTrue(Api.as("clerk").get(BASE + "/persons/" + person + "/requests?purpose=" + q(PURPOSE)).body().contains(id));
        assertTrue(Api.as("clerk").get(BASE + "/requests?status=FULFILLED&product=EID_APPLICATION&size=100&purpose="
                + q(PURPOSE)).json().getJsonNumber("total").longValue() > 0);
    }

    @Test
    void aCertificateAtTheCounterIsIssuedAtOnceAndItsPdfDownloads() {
        Family f = family(1350);
        Api.Reply r = Api.as("clerk").postJson(BASE + "/requests?purpose=" + q(PURPOSE), "{\"productCode\":"
                + "\"CERT_MAIN_RESIDENCE\",\"personId\":\"" + f.holder().id() + "\",\"fulfilNow\":true,\"language\":\"fr\"}",
                Map.of());
        assertEquals(201, r.status(), r.body());
        assertEquals("FULFILLED", r.json().getString("status"));
        assertTrue(r.json().getBoolean("firstContact"));
        String code = r.json().getString("verificationCode");
        Api.Reply pdf = Api.as("clerk").get(BASE + "/requests/" + r.json().getString("id") + "/pdf?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/pdf"));
        assertEquals(200, pdf.status(), pdf.body());
        assertTrue(pdf.body().startsWith("%PDF"));
        assertEquals("VALID", Api.anonymous().get("/api/v1/public/documents/" + code).json().getString("status"));
        // only certificates are handed out at once
        assertProblem(Api.as("clerk").postJson(BASE + "/requests?purpose=" + q(PURPOSE), "{\"productCode\":"
                + "\"ADDRESS_CHANGE\",\"personId\":\"" + f.holder().id() + "\",\"fulfilNow\":true}", Map.of()),
                400, "fulfilNow", "not-possible");
    }

    @Test
    void aResidentsOwnCertificateOnTheECounterIsFulfilledAtOnce() {
        Family f = family(1400);
        String nn = f.holder().nationalNumber().digits();
        Api e = integrator();
        Api.Reply r = e.postJson(BASE + "/e-counter/requests?purpose=" + q("e-counter: own request"),
                "{\"productCode\":\"CERT_HOUSEHOLD_COMPOSITION\",\"citizenNationalNumber\":\"" + nn + "\"}", Map.of());
        assertEquals(201, r.status(), r.body());
        JsonObject v = r.json();
        assertEquals("FULFILLED", v.getString("status"));
        assertEquals("E_COUNTER", v.getString("channel"));
        assertEquals("SELF", v.getString("requesterRelation"));
        assertEquals(0, v.getInt("leadDays"));
        assertTrue(v.getBoolean("firstContact"));
        assertNotNull(v.getString("documentId"));
        Api.Reply pdf = e.get(BASE + "/e-counter/requests/" + v.getString("id") + "/pdf?citizen=" + nn + "&purpose="
                + q("e-counter: download"), Map.of("Accept", "application/pdf"));
        assertEquals(200, pdf.status(), pdf.body());
        assertTrue(pdf.body().startsWith("%PDF"));
        String other = family(1500).holder().nationalNumber().digits();
        assertProblem(e.get(BASE + "/e-counter/requests/" + v.getString("id") + "/pdf?citizen=" + other + "&purpose="
                + q("e-counter: download"), Map.of("Accept", "application/pdf")), 404, null, null);
        assertEquals("VALID", Api.anonymous().get("/api/v1/public/documents/" + v.getString("verificationCode")).json()
                .getString("status"));
        // the clerk sees it in the citizen's requests
        assertTrue(Api.as("clerk").get(BASE + "/persons/" + f.holder().id() + "/requests?purpose=" + q(PURPOSE)).body()
                .contains(v.getString("id")));
    }

    @Test
    void aHouseholdMembersRequestIsTakenButNotFulfilledAutomatically() {
        Family f = family(1450);
        String other = f.members().stream().filter(m -> !m.equals(f.holder().id().toString())).findFirst().orElseThrow();
        String otherNn = Api.as("clerk").get("/api/v1/persons/" + other + "?purpose=" + q(PURPOSE)).json()
                .getString("nationalNumber");
        Api.Reply r = integrator().postJson(BASE + "/e-counter/requests?purpose=" + q("e-counter: for my household"),
                "{\"productCode\":\"CERT_HOUSEHOLD_COMPOSITION\",\"citizenNationalNumber\":\""
                        + f.holder().nationalNumber().digits() + "\",\"nationalNumber\":\"" + otherNn + "\"}", Map.of());
        assertEquals(201, r.status(), r.body());
        assertEquals("RECEIVED", r.json().getString("status"));
        assertEquals("HOUSEHOLD_MEMBER", r.json().getString("requesterRelation"));
        assertEquals(other, r.json().getString("personId"));
        assertFalse(r.json().containsKey("documentId") && !r.json().isNull("documentId"), r.body());
    }

    @Test
    void anECounterCriminalRecordRequestStartsTheModulesProcedureAndIsClosedByTheClerk() {
        Family f = family(1550);
        Api.Reply r = integrator().postJson(BASE + "/e-counter/requests?purpose=" + q("e-counter: extract"),
                "{\"productCode\":\"CRIMINAL_RECORD_595\",\"citizenNationalNumber\":\"" + f.holder().nationalNumber().digits()
                        + "\",\"statedPurpose\":\"job application\"}", Map.of());
        assertEquals(201, r.status(), r.body());
        JsonObject v = r.json();
        assertEquals("IN_PROGRESS", v.getString("status"));
        String extract = v.getString("procedureRef");
        Api.Reply module = Api.as("clerk").get("/api/v1/criminal-records/requests/" + extract + "?purpose=" + q(PURPOSE));
        assertEquals(200, module.status(), module.body());
        assertEquals("E_COUNTER", module.json().getString("channel"));
        assertEquals(f.holder().id().toString(), module.json().getString("personId"));

        Api.Reply closed = Api.as("clerk").postJson(BASE + "/requests/" + v.getString("id") + "/steps?purpose=" + q(PURPOSE),
                "{\"action\":\"FULFIL\"}", Map.of("If-Match", r.etag()));
        assertEquals(200, closed.status(), closed.body());
        assertEquals("FULFILLED", closed.json().getString("status"));
        assertFalse(closed.json().getBoolean("firstContact") && closed.json().getInt("leadDays") > 0);
    }

    @Test
    void badRequestsAreAnsweredPreciselyAndStoreNothing() {
        Family f = family(1600);
        Family stranger = family(1700);
        String nn = f.holder().nationalNumber().digits();
        long before = requestsOf(stranger.holder().id().toString());
        long ownBefore = requestsOf(f.holder().id().toString());
        Api e = integrator();
        String p = "?purpose=" + q("e-counter: bad input");
        // someone outside the citizen's household
        assertProblem(e.postJson(BASE + "/e-counter/requests" + p, "{\"productCode\":\"CERT_HOUSEHOLD_COMPOSITION\","
                + "\"citizenNationalNumber\":\"" + nn + "\",\"nationalNumber\":\"" + stranger.holder().nationalNumber().digits()
                + "\"}", Map.of()), 400, "nationalNumber", "may-not-act-for");
        // a product only for the person themself, for a household member
        String member = f.members().stream().filter(m -> !m.equals(f.holder().id().toString())).findFirst().orElseThrow();
        String memberNn = Api.as("clerk").get("/api/v1/persons/" + member + "?purpose=" + q(PURPOSE)).json()
                .getString("nationalNumber");
        assertProblem(e.postJson(BASE + "/e-counter/requests" + p, "{\"productCode\":\"CRIMINAL_RECORD_595\","
                + "\"citizenNationalNumber\":\"" + nn + "\",\"nationalNumber\":\"" + memberNn + "\",\"statedPurpose\":\"x\"}",
                Map.of()), 400, "nationalNumber", "may-not-act-for");
        // a product not offered on the e-counter
        assertProblem(e.postJson(BASE + "/e-counter/requests" + p, "{\"productCode\":\"EID_APPLICATION\","
                + "\"citizenNationalNumber\":\"" + nn + "\"}", Map.of()), 400, "productCode", "not-offered");
        // a product not offered by post, at the counter
        assertProblem(Api.as("clerk").postJson(BASE + "/requests?purpose=" + q(PURPOSE), "{\"productCode\":"
                + "\"EID_APPLICATION\",\"personId\":\"" + f.holder().id() + "\",\"channel\":\"POST\"}", Map.of()),
                400, "channel", "not-offered");
        // unknown product, bad national number, no purpose
        assertProblem(e.postJson(BASE + "/e-counter/requests" + p, "{\"productCode\":\"PASSPORT_FOR_PETS\","
                + "\"citizenNationalNumber\":\"12345678901\"}", Map.of()), 400, "productCode", "unknown");
        assertTrue(e.postJson(BASE + "/e-counter/requests" + p, "{\"productCode\":\"CERT_MAIN_RESIDENCE\","
                + "\"citizenNationalNumber\":\"12345678901\"}", Map.of()).body().contains("citizenNationalNumber"));
        assertProblem(e.postJson(BASE + "/e-counter/requests", "{\"productCode\":\"CERT_MAIN_RESIDENCE\","
                + "\"citizenNationalNumber\":\"" + nn + "\"}", Map.of()), 400, "purpose", "required");
        // a clerk is no e-counter, the e-counter is no clerk
        assertProblem(Api.as("clerk").postJson(BASE + "/e-counter/requests" + p, "{\"productCode\":\"CERT_MAIN_RESIDENCE\","
                + "\"citizenNationalNumber\":\"" + nn + "\"}", Map.of()), 403, null, null);
        assertProblem(e.postJson(BASE + "/requests" + p, "{\"productCode\":\"CERT_MAIN_RESIDENCE\",\"personId\":\""
                + f.holder().id() + "\"}", Map.of()), 403, null, null);
        assertEquals(before, requestsOf(stranger.holder().id().toString()), "nothing stored for the stranger");
        assertEquals(ownBefore, requestsOf(f.holder().id().toString()), "nothing stored for the citizen");
    }

    // --- appointments ------------------------------------------------------------------------------------------------

    static JsonArray freeSlots(String counter, String product, LocalDate from, LocalDate to) {
        Api.Reply r = Api.as("clerk").get(BASE + "/counters/" + counter + "/free-slots?product=" + product + "&from=" + from
                + "&to=" + to);
        assertEquals(200, r.status(), r.body());
        return r.any().asJsonArray();
    }

    static String booking(String counter, String product, String day, String starts, String personId) {
        return "{\"counter\":\"" + counter + "\",\"product\":\"" + product + "\",\"day\":\"" + day + "\",\"starts\":\""
                + starts + "\",\"personId\":\"" + personId + "\"}";
    }

    @Test
    void twoBookingsOfOneSlotExactlyOneWinsAndCancellingFreesIt() throws Exception {
        Family a = family(1750);
        Family b = family(1800);
        JsonArray free = freeSlots("POP-1", "EID_APPLICATION", today().plusDays(7), today().plusDays(20));
        assertFalse(free.isEmpty());
        JsonObject slot = free.getJsonObject(free.size() / 2).asJsonObject();
        String day = slot.getString("day");
        String starts = slot.getString("starts").substring(0, 5);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Api.Reply>> bookings = new ArrayList<>();
        for (Family f : List.of(a, b)) {
            bookings.add(() -> {
                go.await();
                return Api.as("clerk").postJson(BASE + "/appointments?purpose=" + q(PURPOSE),
                        booking("POP-1", "EID_APPLICATION", day, starts, f.holder().id().toString()), Map.of());
            });
        }
        List<Future<Api.Reply>> results = new ArrayList<>();
        for (Callable<Api.Reply> c : bookings) {
            results.add(pool.submit(c));
        }
        go.countDown();
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> r : results) {
            replies.add(r.get());
        }
        pool.shutdown();
        List<Api.Reply> won = replies.stream().filter(r -> r.status() == 201).toList();
        List<Api.Reply> lost = replies.stream().filter(r -> r.status() != 201).toList();
        assertEquals(1, won.size(), replies.toString());
        assertProblem(lost.get(0), 409, null, null);
        assertTrue(lost.get(0).body().contains("slot-taken"), lost.get(0).body());

        JsonObject booked = won.get(0).json();
        assertEquals("BOOKED", booked.getString("status"));
        assertEquals(20, booked.getInt("minutes"));
        assertNotNull(booked.getString("verificationCode"));
        String id = booked.getString("id");
        Api.Reply pdf = Api.as("clerk").get(BASE + "/appointments/" + id + "/confirmation?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/pdf"));
        assertEquals(200, pdf.status(), pdf.body());
        assertTrue(pdf.body().startsWith("%PDF"));
        Api.Reply dayView = Api.as("clerk").get(BASE + "/counters/POP-1/appointments?day=" + day + "&purpose=" + q(PURPOSE));
        assertEquals(200, dayView.status(), dayView.body());
        assertTrue(dayView.body().contains(id));
        assertTrue(freeSlots("POP-1", "EID_APPLICATION", LocalDate.parse(day), LocalDate.parse(day)).stream()
                .noneMatch(s -> s.asJsonObject().getString("starts").startsWith(starts)), "the slot is taken");
        // a no-show cannot be recorded before the day
        assertProblem(Api.as("clerk").postJson(BASE + "/appointments/" + id + "/no-show?purpose=" + q(PURPOSE), "{}",
                Map.of("If-Match", won.get(0).etag())), 409, null, null);

        Api.Reply cancelled = Api.as("clerk").postJson(BASE + "/appointments/" + id + "/cancel?purpose=" + q(PURPOSE), "{}",
                Map.of("If-Match", won.get(0).etag()));
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        Api.Reply again = Api.as("clerk").postJson(BASE + "/appointments?purpose=" + q(PURPOSE),
                booking("POP-1", "EID_APPLICATION", day, starts, b.holder().id().toString()), Map.of());
        assertEquals(201, again.status(), "the cancelled slot can be booked again: " + again.body());
    }

    @Test
    void theCitysSiteBooksForTheCitizenItAuthenticated() {
        Family f = family(1850);
        JsonArray free = freeSlots("POP-2", "KIDS_ID_APPLICATION", today().plusDays(3), today().plusDays(16));
        JsonObject slot = free.getJsonObject(0);
        String child = f.members().stream().filter(m -> !m.equals(f.holder().id().toString())).findFirst().orElseThrow();
        String childNn = Api.as("clerk").get("/api/v1/persons/" + child + "?purpose=" + q(PURPOSE)).json()
                .getString("nationalNumber");
        Api.Reply r = integrator().postJson(BASE + "/appointments?purpose=" + q("city site booking"),
                "{\"counter\":\"POP-2\",\"product\":\"KIDS_ID_APPLICATION\",\"day\":\"" + slot.getString("day")
                        + "\",\"starts\":\"" + slot.getString("starts") + "\",\"citizenNationalNumber\":\""
                        + f.holder().nationalNumber().digits() + "\",\"nationalNumber\":\"" + childNn + "\",\"language\":\"en\"}",
                Map.of());
        assertEquals(201, r.status(), r.body());
        assertEquals("E_COUNTER", r.json().getString("channel"));
        assertEquals(child, r.json().getString("personId"));
        assertEquals("VALID", Api.anonymous().get("/api/v1/public/documents/" + r.json().getString("verificationCode"))
                .json().getString("status"));
    }

    @Test
    void bookingsOutsideTheOpeningHoursOrForAProductTheCounterDoesNotServeAreRefused() {
        Family f = family(1900);
        String person = f.holder().id().toString();
        LocalDate monday = today().plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate saturday = monday.plusDays(5);
        String p = BASE + "/appointments?purpose=" + q(PURPOSE);
        long before = Api.as("clerk").get(BASE + "/counters/POP-1/appointments?day=" + monday + "&purpose=" + q(PURPOSE))
                .any().asJsonArray().size();
        assertProblem(Api.as("clerk").postJson(p, booking("POP-1", "EID_APPLICATION", monday.toString(), "07:00", person),
                Map.of()), 400, "starts", "outside-opening-hours");
        assertProblem(Api.as("clerk").postJson(p, booking("POP-1", "EID_APPLICATION", monday.toString(), "12:20", person),
                Map.of()), 400, "starts", "outside-opening-hours");
        assertProblem(Api.as("clerk").postJson(p, booking("POP-1", "EID_APPLICATION", saturday.toString(), "09:00", person),
                Map.of()), 400, "starts", "outside-opening-hours");
        assertProblem(Api.as("clerk").postJson(p, booking("POP-1", "MARRIAGE_DECLARATION", monday.toString(), "09:00",
                person), Map.of()), 400, "product", "not-offered");
        assertProblem(Api.as("clerk").postJson(p, booking("POP-1", "CERT_MAIN_RESIDENCE", monday.toString(), "09:00",
                person), Map.of()), 400, "product", "no-appointment");
        assertProblem(Api.as("clerk").postJson(p, booking("POP-9", "EID_APPLICATION", "31-12-2026", "9h", person),
                Map.of()), 400, "counter", "unknown");
        assertEquals(before, Api.as("clerk").get(BASE + "/counters/POP-1/appointments?day=" + monday + "&purpose="
                + q(PURPOSE)).any().asJsonArray().size(), "nothing stored");
    }

    // --- quality -----------------------------------------------------------------------------------------------------

    @Test
    void theQualityFiguresShowLeadTimesAgainstTargetsAsJsonAndCsv() {
        String from = today().minusMonths(3).toString().substring(0, 7);
        String to = today().toString().substring(0, 7);
        Api.Reply r = Api.as("population").get(BASE + "/quality?from=" + from + "&to=" + to);
        assertEquals(200, r.status(), r.body());
        JsonArray rows = r.any().asJsonArray();
        assertFalse(rows.isEmpty());
        JsonObject address = rows.stream().map(x -> x.asJsonObject())
                .filter(x -> x.getString("product").equals("ADDRESS_CHANGE") && x.getInt("closed") > 0).findFirst().orElseThrow();
        assertEquals(20, address.getInt("targetDays"));
        assertTrue(address.getInt("leadMedian") > 0, address.toString());
        assertTrue(address.getInt("withinTarget") < address.getInt("closed"), "some changes of address run late: " + address);
        JsonObject cert = rows.stream().map(x -> x.asJsonObject())
                .filter(x -> x.getString("product").equals("CERT_HOUSEHOLD_COMPOSITION") && x.getInt("closed") > 0)
                .findFirst().orElseThrow();
        assertTrue(cert.getInt("firstContact") > 0 && cert.getInt("eCounter") > 0, cert.toString());
        assertTrue(rows.stream().anyMatch(x -> x.asJsonObject().getInt("backlog") > 0));
        assertTrue(rows.stream().anyMatch(x -> !x.asJsonObject().isNull("appointmentWait")));

        Api.Reply csv = Api.as("population").get(BASE + "/quality/csv?from=" + from + "&to=" + to + "&product=ADDRESS_CHANGE",
                Map.of("Accept", "text/csv"));
        assertEquals(200, csv.status(), csv.body());
        String[] lines = csv.body().split("\n");
        assertTrue(lines[0].startsWith("month,product,targetDays"), lines[0]);
        assertTrue(lines.length > 2 && lines[1].contains(",ADDRESS_CHANGE,20,"), csv.body());
        assertProblem(Api.as("population").get(BASE + "/quality?from=2026-13&to=" + to), 400, "from", "invalid");
        assertProblem(Api.as("registrar").get(BASE + "/quality?from=" + from + "&to=" + to), 403, null, null);
    }
}
