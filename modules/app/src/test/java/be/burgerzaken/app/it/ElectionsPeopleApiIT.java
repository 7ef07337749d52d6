package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.ElectionsApiIT.count;
import static be.burgerzaken.app.it.ElectionsApiIT.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Elections over REST on PostgreSQL, the people around the list: an EU citizen's request decided with a notification
 * letter; proxies (one per holder, Belgian to Belgian, the reason's certificate, listed per station); poll workers
 * (pool, designation with letter per the dated rule, role limits, impediment within the deadline, exemption after two
 * services, replacement). Every refusal names its field and stores nothing. Works on its own small election.
 */
@ExtendWith(PayaraServer.class)
class ElectionsPeopleApiIT {
    static final String BASE = "/api/v1/elections";
    static final String PURPOSE = "proxies and poll workers (Kieswetboek)";
    static Api officer;
    static String election;
    static String eu;
    static List<String> belgians = new ArrayList<>();

    @BeforeAll
    static void election() throws Exception {
        officer = Api.as("elections");
        String[] euPerson = one("SELECT p.id || ';' || a.street_code FROM population.resident r JOIN kernel.person p"
                + " ON p.id = r.person_id JOIN population.register_entry re ON re.person_id = r.person_id"
                + " AND re.valid_to IS NULL JOIN population.residence rs ON rs.person_id = p.id AND rs.valid_to IS NULL"
                + " JOIN population.address a ON a.id = rs.address_id WHERE re.register_type <> 'WAITING'"
                + " AND p.birth_date < '2000' AND p.birth_date NOT LIKE '0000%' AND p.death_date IS NULL"
                + " AND p.nationalities IN (SELECT country FROM population.eu_member_state WHERE member_to IS NULL"
                + " AND country <> 'BE') ORDER BY p.id LIMIT 1").split(";");
        eu = euPerson[0];
        String street = one("SELECT a.street_code FROM population.residence r JOIN population.address a"
                + " ON a.id = r.address_id WHERE r.valid_to IS NULL AND a.street_code <> '" + euPerson[1] + "'"
                + " GROUP BY a.street_code ORDER BY COUNT(*) DESC, a.street_code LIMIT 1");
        Api.Reply created = officer.postJson(BASE, "{\"name\":\"People IT " + UUID.randomUUID() + "\",\"type\":"
                + "\"MUNICIPAL\",\"electionDay\":\"2030-10-13\"}", Map.of());
        assertEquals(201, created.status(), created.body());
        election = created.json().getString("id");
        Api.Reply station = officer.postJson(BASE + "/" + election + "/stations", "{\"number\":1,\"name\":\"School\","
                + "\"address\":\"Schoolstraat 1\",\"accessible\":true,\"capacity\":1500,\"ranges\":[{\"streetCode\":\""
                + street + "\"},{\"streetCode\":\"" + euPerson[1] + "\"}]}", Map.of());
        assertEquals(201, station.status(), station.body());

        // the EU citizen asks to vote; the college approves and the decision letter is a kernel document
        Api.Reply request = officer.postJson(BASE + "/" + election + "/non-belgian-requests", "{\"personId\":\"" + eu
                + "\",\"citizenship\":\"EU\"}", Map.of());
        assertEquals(201, request.status(), request.body());
        String requestId = request.json().getString("id");
        Api.Reply decided = officer.postJson(BASE + "/" + election + "/non-belgian-requests/" + requestId + "/decision",
                "{\"decision\":\"APPROVED\"}", Map.of("If-Match", request.etag()));
        assertEquals(200, decided.status(), decided.body());
        String code = decided.json().getString("notificationCode");
        assertEquals(1, count("SELECT COUNT(*) FROM kernel.issued_document WHERE verification_code = '" + code
                + "' AND doc_type = 'elections.non-belgian-decision' AND subject_person_id = '" + eu + "'"));
        Api.Reply letter = officer.get(BASE + "/" + election + "/non-belgian-requests/" + requestId + "/letter",
                Map.of("Accept", "application/pdf"));
        assertEquals(200, letter.status());
        assertTrue(letter.body().startsWith("%PDF"));

        // a Belgian today who was Dutch on the reference date (naturalised on 1 January 2031): the kernel's dated
        // NATIONALITY facts say so; the list takes the nationality on the reference date and leaves them out
        String naturalised = one("SELECT p.id FROM population.residence r JOIN population.address a ON a.id = r.address_id"
                + " JOIN kernel.person p ON p.id = r.person_id WHERE r.valid_to IS NULL AND a.street_code = '" + street
                + "' AND p.nationalities = 'BE' AND p.birth_date < '1990' AND p.death_date IS NULL ORDER BY p.id DESC LIMIT 1");
        ElectionsApiIT.sql("INSERT INTO kernel.person_fact (id, person_id, fact, fact_value, valid_from, valid_to,"
                + " recorded_at, recorded_by, basis_kind) VALUES ('" + UUID.randomUUID() + "', '" + naturalised
                + "', 'NATIONALITY', '{\"nationalities\":[\"NL\"]}', NULL, DATE '2031-01-01', now(), 'it', 'IMPORT'),"
                + " ('" + UUID.randomUUID() + "', '" + naturalised + "', 'NATIONALITY', '{\"nationalities\":[\"BE\"]}',"
                + " DATE '2031-01-01', NULL, now(), 'it', 'IMPORT')");
        Api.Reply list = officer.post(BASE + "/" + election + "/voter-list?purpose=" + q(PURPOSE), "application/json", "");
        assertEquals(200, list.status(), list.body());
        try (var c = ElectionsApiIT.db(); var s = c.prepareStatement("SELECT person_id FROM elections.voter WHERE"
                + " election_id = ? AND nationality = 'BELGIAN' AND status = 'ON_LIST' AND person_id NOT IN (SELECT"
                + " person_id FROM elections.poll_worker) ORDER BY voter_number LIMIT 8")) {
            s.setObject(1, UUID.fromString(election));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    belgians.add(rs.getString(1));
                }
            }
        }
        assertEquals(8, belgians.size());
        assertEquals(1, count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + election
                + "' AND person_id = '" + eu + "' AND nationality = 'EU'"), "the approved EU citizen is on the list");
        assertEquals(0, count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + election
                + "' AND person_id = '" + naturalised + "'"), "Dutch on the reference date, without a request: not on it");
    }

    @Test
    void proxiesOnePerHolderBelgianToBelgianWithTheReasonsCertificate() throws Exception {
        String url = BASE + "/" + election + "/proxies?purpose=" + q(PURPOSE);
        Api.Reply ok = officer.postJson(url, proxy(belgians.get(0), belgians.get(1), "ILLNESS", "MEDICAL"), Map.of());
        assertEquals(201, ok.status(), ok.body());
        assertEquals(1, ok.json().getInt("stationNumber"));

        Api.Reply twice = officer.postJson(url, proxy(belgians.get(2), belgians.get(1), "WORK", "EMPLOYER"), Map.of());
        assertEquals(400, twice.status(), twice.body());
        assertTrue(twice.body().contains("holderId") && twice.body().contains("holds-a-proxy"), twice.body());

        Api.Reply foreign = officer.postJson(url, proxy(belgians.get(2), eu, "WORK", "EMPLOYER"), Map.of());
        assertEquals(400, foreign.status(), foreign.body());
        assertTrue(foreign.body().contains("holderId") && foreign.body().contains("not-belgian"), foreign.body());

        Api.Reply certificate = officer.postJson(url, proxy(belgians.get(2), belgians.get(3), "STUDIES", "MEDICAL"),
                Map.of());
        assertEquals(400, certificate.status(), certificate.body());
        assertTrue(certificate.body().contains("wrong-certificate"), certificate.body());

        Api.Reply stranger = officer.postJson(url, proxy(belgians.get(2), UUID.randomUUID().toString(), "WORK",
                "EMPLOYER"), Map.of());
        assertEquals(400, stranger.status(), stranger.body());
        assertTrue(stranger.body().contains("not-on-list"), stranger.body());

        // an EU voter may give a proxy to a Belgian
        assertEquals(201, officer.postJson(url, proxy(eu, belgians.get(3), "STAY_ABROAD", "MAYOR"), Map.of()).status());
        assertEquals(2, count("SELECT COUNT(*) FROM elections.proxy WHERE election_id = '" + election + "'"),
                "the refused proxies stored nothing");

        JsonArray station = officer.get(BASE + "/" + election + "/proxies?station=1&purpose=" + q(PURPOSE)).any()
                .asJsonArray();
        assertEquals(2, station.size());
        assertEquals(0, officer.get(BASE + "/" + election + "/proxies?station=2&purpose=" + q(PURPOSE)).any()
                .asJsonArray().size());
        assertEquals(400, officer.get(BASE + "/" + election + "/proxies").status(), "purpose required");
    }

    @Test
    void pollWorkersDesignatedImpededExemptedAndReplaced() throws Exception {
        String w1 = worker(belgians.get(4), "VOLUNTEER", 0);
        String w2 = worker(belgians.get(5), "DESIGNATED", 2);
        String w3 = worker(belgians.get(6), "VOLUNTEER", 0);
        Api.Reply again = officer.postJson(BASE + "/poll-workers", "{\"personId\":\"" + belgians.get(4)
                + "\",\"kind\":\"VOLUNTEER\"}", Map.of());
        assertEquals(400, again.status());
        assertTrue(again.body().contains("in-pool"), again.body());

        String url = BASE + "/" + election + "/designations";
        Api.Reply chair = officer.postJson(url, designation(w1, "CHAIR"), Map.of());
        assertEquals(201, chair.status(), chair.body());
        assertNotNull(chair.json().getString("letterCode"));
        Api.Reply pdf = officer.get(url + "/" + chair.json().getString("id") + "/letter", Map.of("Accept",
                "application/pdf"));
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"));

        Api.Reply secondChair = officer.postJson(url, designation(w3, "CHAIR"), Map.of());
        assertEquals(400, secondChair.status());
        assertTrue(secondChair.body().contains("role-filled"), secondChair.body());
        Api.Reply extra = officer.postJson(url, designation(w3, "EXTRA_ASSESSOR"), Map.of());
        assertEquals(400, extra.status(), "a paper station has no extras");
        assertTrue(extra.body().contains("no-extra"), extra.body());
        Api.Reply twice = officer.postJson(url, designation(w1, "ASSESSOR"), Map.of());
        assertEquals(400, twice.status());
        assertTrue(twice.body().contains("already-designated"), twice.body());

        Api.Reply assessor = officer.postJson(url, designation(w2, "ASSESSOR"), Map.of());
        assertEquals(201, assessor.status(), assessor.body());
        String chairId = chair.json().getString("id");
        String assessorId = assessor.json().getString("id");

        LocalDate today = LocalDate.parse(chair.json().getString("designatedOn"));
        Api.Reply late = officer.postJson(url + "/" + chairId + "/impediment", "{\"reason\":\"ziek\",\"receivedOn\":\""
                + today.plusDays(3) + "\"}", Map.of("If-Match", chair.etag()));
        assertEquals(400, late.status());
        assertTrue(late.body().contains("receivedOn") && late.body().contains("too-late"), late.body());
        Api.Reply notExempt = officer.postJson(url + "/" + chairId + "/impediment", "{\"reason\":\"twee keer gezeteld\","
                + "\"exemption\":true}", Map.of("If-Match", chair.etag()));
        assertEquals(400, notExempt.status());
        assertTrue(notExempt.body().contains("not-exemptible"), notExempt.body());
        assertEquals(0, count("SELECT COUNT(*) FROM elections.designation WHERE id = '" + chairId
                + "' AND status <> 'DESIGNATED'"), "nothing stored");

        Api.Reply exempt = officer.postJson(url + "/" + assessorId + "/impediment", "{\"reason\":\"zetelde 2018 en 2024\","
                + "\"exemption\":true}", Map.of("If-Match", assessor.etag()));
        assertEquals(200, exempt.status(), exempt.body());
        assertEquals("IMPEDED", exempt.json().getString("status"));
        Api.Reply stale = officer.postJson(url + "/" + assessorId + "/impediment", "{\"reason\":\"x\"}",
                Map.of("If-Match", assessor.etag()));
        assertEquals(409, stale.status(), "impeded already");

        Api.Reply replacement = officer.postJson(url + "/" + assessorId + "/replacement", "{\"workerId\":\"" + w3 + "\"}",
                Map.of());
        assertEquals(201, replacement.status(), replacement.body());
        assertEquals("ASSESSOR", replacement.json().getString("role"));
        assertEquals(assessorId, replacement.json().getString("replaces"));
        JsonArray all = officer.get(url + "?station=1").any().asJsonArray();
        assertEquals(3, all.size());
        assertEquals(1, all.stream().map(v -> (JsonObject) v).filter(d -> "IMPEDED".equals(d.getString("status"))
                && replacement.json().getString("id").equals(d.getString("replacedBy"))).count());
        assertEquals(3, count("SELECT COUNT(*) FROM kernel.issued_document WHERE doc_type ="
                + " 'elections.poll-worker-designation' AND subject_person_id IN ('" + belgians.get(4) + "', '"
                + belgians.get(5) + "', '" + belgians.get(6) + "')"));
    }

    @Test
    void objectionsCorrectTheListAsMutationsAndTheListExportsAsJsonAndXml() throws Exception {
        String url = BASE + "/" + election + "/voter-list/objections?purpose=" + q(PURPOSE);
        String person = belgians.get(7);
        Api.Reply late = officer.postJson(url, "{\"personId\":\"" + person + "\",\"action\":\"REMOVE\",\"reason\":"
                + "\"verhuisd\",\"receivedOn\":\"2030-10-02\"}", Map.of());
        assertEquals(400, late.status());
        assertTrue(late.body().contains("receivedOn") && late.body().contains("too-late"), late.body());
        Api.Reply removed = officer.postJson(url, "{\"personId\":\"" + person + "\",\"action\":\"REMOVE\","
                + "\"reason\":\"college 2030-09-20: geen hoofdverblijf\"}", Map.of());
        assertEquals(201, removed.status(), removed.body());
        assertEquals("OBJECTION", removed.json().getString("kind"));
        assertEquals("REMOVED", one("SELECT status FROM elections.voter WHERE election_id = '" + election
                + "' AND person_id = '" + person + "'"));
        Api.Reply again = officer.postJson(url, "{\"personId\":\"" + person + "\",\"action\":\"REMOVE\","
                + "\"reason\":\"x\"}", Map.of());
        assertEquals(400, again.status());
        assertTrue(again.body().contains("not-on-list"), again.body());
        Api.Reply restored = officer.postJson(url, "{\"personId\":\"" + person + "\",\"action\":\"ADD\","
                + "\"reason\":\"rechtbank: toch kiezer\"}", Map.of());
        assertEquals(201, restored.status(), restored.body());
        assertEquals(2, count("SELECT COUNT(*) FROM elections.list_mutation m JOIN elections.voter v ON v.id = m.voter_id"
                + " WHERE v.person_id = '" + person + "' AND m.kind = 'OBJECTION' AND m.election_id = '" + election + "'"));

        long onList = count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + election + "'");
        Api.Reply json = officer.get(BASE + "/" + election + "/voter-list.json?purpose=" + q(PURPOSE));
        assertEquals(200, json.status());
        assertEquals(onList, json.json().getInt("count"));
        assertEquals(onList, json.json().getJsonArray("voters").size());
        assertEquals(election, json.json().getJsonObject("election").getString("id"));
        Api.Reply xml = officer.get(BASE + "/" + election + "/voter-list.xml?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/xml"));
        assertEquals(200, xml.status());
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
                new java.io.ByteArrayInputStream(xml.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("voterList", doc.getDocumentElement().getTagName());
        assertEquals(onList, doc.getElementsByTagName("voter").getLength());
        assertEquals(400, officer.get(BASE + "/" + election + "/voter-list.json").status(), "purpose required");
    }

    private static String worker(String person, String kind, int services) {
        Api.Reply r = officer.postJson(BASE + "/poll-workers", "{\"personId\":\"" + person + "\",\"kind\":\"" + kind
                + "\",\"services\":" + services + "}", Map.of());
        assertEquals(201, r.status(), r.body());
        assertEquals(services >= 2, r.json().getBoolean("exemptible"));
        return r.json().getString("id");
    }

    private static String designation(String worker, String role) {
        return "{\"workerId\":\"" + worker + "\",\"stationNumber\":1,\"role\":\"" + role + "\"}";
    }

    private static String proxy(String grantor, String holder, String reason, String certificate) {
        return "{\"grantorId\":\"" + grantor + "\",\"holderId\":\"" + holder + "\",\"reason\":\"" + reason
                + "\",\"certificate\":\"" + certificate + "\"}";
    }
}
