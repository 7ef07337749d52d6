package be.burgerzaken.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Elections over REST on PostgreSQL: the demo city's voter list matches an independent count, a suspended voter is
 * absent and a registered EU citizen present; the letter batch (stopped and resumed) yields exactly one letter per
 * voter; bad input is answered precisely and stores nothing.
 */
@ExtendWith(PayaraServer.class)
class ElectionsApiIT {
    static final String DEMO = "e1ec7100-2030-4000-8000-000000000001";
    static final String BASE = "/api/v1/elections";
    static final String PURPOSE = "voter list municipal elections 2030 (Kieswetboek)";

    @Test
    void demoListMatchesAnIndependentCountWithoutTheSuspendedAndWithTheRegisteredEuCitizen() throws Exception {
        // an adult Belgian resident whose voting rights the Central Criminal Register suspends: its conviction comes in
        // through the criminal-records import, which publishes the suspension to the kernel for elections
        String suspended = one("SELECT p.id FROM population.resident r JOIN kernel.person p ON p.id = r.person_id"
                + " WHERE r.register_type = 'POPULATION' AND p.nationalities = 'BE' AND p.birth_date < '1990'"
                + " ORDER BY p.id LIMIT 1");
        String number = one("SELECT national_number FROM kernel.person WHERE id = '" + suspended + "'");
        String batch = "{\"convictions\":[{\"convictionId\":\"IT-ELECTIONS-" + number + "\",\"nationalNumber\":\""
                + number + "\",\"court\":\"Court of first instance Leuven\",\"decisionDate\":\"2025-11-03\","
                + "\"finalDate\":\"2026-01-01\",\"category\":\"VIOLENCE\",\"penalties\":[{\"type\":\"PRISON\",\"months\":30},"
                + "{\"type\":\"DISQUALIFICATION\",\"months\":120,\"subject\":\"VOTING_RIGHTS\"}]}]}";
        Api.Reply imported = Api.bearer(CriminalRecordsApiIT.registerToken())
                .postJson("/api/v1/criminal-records/convictions/import", batch, Map.of());
        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, count("SELECT COUNT(*) FROM kernel.voting_rights_suspension WHERE person_id = '" + suspended
                + "' AND NOT withdrawn AND valid_from <= DATE '2030-08-01' AND (valid_until IS NULL OR valid_until"
                + " >= DATE '2030-08-01')"), "the import suspended the voter's rights over the reference date");
        String eu = one("SELECT n.person_id FROM elections.non_belgian_request n WHERE n.election_id = '" + DEMO
                + "' AND n.citizenship = 'EU' AND n.status = 'APPROVED' ORDER BY n.person_id LIMIT 1");

        Api officer = Api.as("elections");
        JsonObject election = officer.get(BASE + "/" + DEMO).json();
        assertEquals("MUNICIPAL-2024", election.getString("ruleId"));
        assertEquals(18, election.getInt("minAge"));
        assertEquals(false, election.getBoolean("compulsory"));
        assertEquals("2030-10-01", election.getJsonObject("deadlines").getString("objections"));
        assertEquals("2030-09-28", election.getJsonObject("deadlines").getString("letters"));

        assertEquals(400, officer.post(BASE + "/" + DEMO + "/voter-list", "application/json", "").status(),
                "no purpose");
        Api.Reply generated = officer.post(BASE + "/" + DEMO + "/voter-list?purpose=" + q(PURPOSE), "application/json", "");
        assertEquals(200, generated.status(), generated.body());

        // independent count: residents on 1 August 2030 (register and main residence), not waiting register, 18 on
        // 13 October 2030, Belgian or with an approved request, minus suspended on the reference date
        long expected = count("SELECT COUNT(*) FROM population.residence r JOIN population.register_entry re"
                + " ON re.person_id = r.person_id AND re.valid_from <= DATE '2030-08-01'"
                + " AND (re.valid_to IS NULL OR re.valid_to > DATE '2030-08-01')"
                + " JOIN kernel.person p ON p.id = r.person_id"
                + " WHERE r.valid_from <= DATE '2030-08-01' AND (r.valid_to IS NULL OR r.valid_to > DATE '2030-08-01')"
                + " AND re.register_type <> 'WAITING' AND p.birth_date NOT LIKE '0000%'"
                + " AND (CASE WHEN SUBSTRING(p.birth_date, 6, 2) = '00' THEN SUBSTRING(p.birth_date, 1, 4) || '-12-31'"
                + " WHEN SUBSTRING(p.birth_date, 9, 2) = '00' THEN SUBSTRING(p.birth_date, 1, 7) || '-31'"
                + " ELSE p.birth_date END) <= '2012-10-13'"
                + " AND (',' || p.nationalities || ',' LIKE '%,BE,%' OR EXISTS (SELECT 1 FROM elections.non_belgian_request n"
                + " WHERE n.person_id = p.id AND n.election_id = '" + DEMO + "' AND n.status = 'APPROVED'))"
                + " AND NOT EXISTS (SELECT 1 FROM kernel.voting_rights_suspension s WHERE s.person_id = p.id"
                + " AND NOT s.withdrawn AND s.valid_from <= DATE '2030-08-01'"
                + " AND (s.valid_until IS NULL OR s.valid_until >= DATE '2030-08-01'))");
        assertTrue(expected > 100, "the demo city has voters: " + expected);
        assertEquals(expected, generated.json().getInt("voters"), generated.body());
        assertEquals(expected, count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + DEMO + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + DEMO
                + "' AND person_id = '" + suspended + "'"), "the suspended voter is absent");
        assertEquals(1, count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + DEMO
                + "' AND person_id = '" + eu + "' AND nationality = 'EU' AND status = 'ON_LIST'"), "the EU citizen is on it");
        assertEquals(0, generated.json().getInt("withoutStation"), "the demo stations cover every street");
        // numbering per station is gap-free from 1
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT station_id, MAX(voter_number) - COUNT(*) AS gap"
                + " FROM elections.voter WHERE election_id = '" + DEMO + "' GROUP BY station_id) g WHERE g.gap <> 0"));
        // one protocol entry names the election for the whole list
        assertEquals(1, count("SELECT COUNT(*) FROM kernel.protocol_entry WHERE query_text LIKE 'voter list of election %"
                + DEMO + "%'"));

        JsonObject page = officer.get(BASE + "/" + DEMO + "/voter-list/voters?size=5&station=1&purpose=" + q(PURPOSE)).json();
        assertEquals(5, page.getJsonArray("items").size());
        assertEquals(1, page.getJsonArray("items").getJsonObject(0).getInt("voterNumber"));
        Api.Reply csv = officer.get(BASE + "/" + DEMO + "/voter-list.csv?purpose=" + q(PURPOSE), Map.of("Accept", "text/csv"));
        assertEquals(200, csv.status());
        assertEquals(expected + 1, csv.body().lines().count());
    }

    @Test
    void theLetterBatchStoppedAndResumedGivesExactlyOneLetterPerVoter() throws Exception {
        Api officer = Api.as("elections");
        String street = one("SELECT a.street_code FROM population.residence r JOIN population.address a"
                + " ON a.id = r.address_id WHERE r.valid_to IS NULL GROUP BY a.street_code HAVING COUNT(*) BETWEEN 10 AND 40"
                + " ORDER BY COUNT(*) DESC, a.street_code LIMIT 1");
        Api.Reply created = officer.postJson(BASE, "{\"name\":\"Letters IT " + UUID.randomUUID() + "\",\"type\":\"MUNICIPAL\","
                + "\"electionDay\":\"2030-10-13\",\"referenceDate\":\"2030-08-01\"}", Map.of());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        Api.Reply station = officer.postJson(BASE + "/" + id + "/stations", "{\"number\":1,\"name\":\"School\","
                + "\"address\":\"Schoolstraat 1\",\"accessible\":true,\"capacity\":500,\"ranges\":[{\"streetCode\":\""
                + street + "\"}]}", Map.of());
        assertEquals(201, station.status(), station.body());
        assertEquals(200, officer.post(BASE + "/" + id + "/voter-list?purpose=" + q(PURPOSE), "application/json", "")
                .status());
        long voters = count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + id
                + "' AND station_id IS NOT NULL AND status = 'ON_LIST'");
        assertTrue(voters > 0);

        Api.Reply started = officer.post(BASE + "/" + id + "/letter-jobs?station=1", "application/json", "");
        assertEquals(202, started.status(), started.body());
        String job = started.json().getString("id");
        assertEquals(409, officer.post(BASE + "/" + id + "/letter-jobs", "application/json", "").status(),
                "one open job per election");
        Api.Reply stop = officer.post(BASE + "/" + id + "/letter-jobs/" + job + "/stop", "application/json", "");
        if (stop.status() == 200) {
            Thread.sleep(1500);
            assertEquals(202, officer.post(BASE + "/" + id + "/letter-jobs/" + job + "/resume", "application/json", "")
                    .status());
        }
        awaitCompleted(officer, id, job, voters);
        assertEquals(voters, count("SELECT COUNT(*) FROM elections.letter l JOIN elections.voter v ON v.id = l.voter_id"
                + " WHERE v.election_id = '" + id + "' AND l.copy_number = 0"));
        assertEquals(voters, count("SELECT COUNT(DISTINCT l.voter_id) FROM elections.letter l JOIN elections.voter v"
                + " ON v.id = l.voter_id WHERE v.election_id = '" + id + "'"));
        assertEquals(voters, count("SELECT COUNT(*) FROM kernel.issued_document d JOIN elections.letter l"
                + " ON l.document_id = d.id JOIN elections.voter v ON v.id = l.voter_id WHERE v.election_id = '" + id + "'"));

        String voter = one("SELECT id FROM elections.voter WHERE election_id = '" + id + "' AND voter_number = 1");
        Api.Reply pdf = officer.get(BASE + "/" + id + "/voter-list/voters/" + voter + "/letter?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/pdf"));
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"));
        Api.Reply bundle = officer.get(BASE + "/" + id + "/stations/1/letters.pdf?purpose=" + q(PURPOSE),
                Map.of("Accept", "application/pdf"));
        assertEquals(200, bundle.status());
        assertTrue(bundle.body().startsWith("%PDF"));
        Api.Reply duplicate = officer.postJson(BASE + "/" + id + "/voter-list/voters/" + voter + "/duplicate?purpose="
                + q(PURPOSE), "", Map.of("Accept", "application/pdf"));
        assertEquals(200, duplicate.status(), duplicate.body());
        assertEquals(2, count("SELECT COUNT(*) FROM elections.letter WHERE voter_id = '" + voter + "'"));
        assertEquals(409, officer.post(BASE + "/" + id + "/voter-list?purpose=" + q(PURPOSE), "application/json", "")
                .status(), "no regeneration once letters exist");
    }

    @Test
    void badInputIsAnsweredPreciselyAndStoresNothing() throws Exception {
        Api officer = Api.as("elections");
        long before = count("SELECT COUNT(*) FROM elections.election");
        Api.Reply late = officer.postJson(BASE, "{\"name\":\"Late\",\"type\":\"MUNICIPAL\",\"electionDay\":\"2030-10-13\","
                + "\"referenceDate\":\"2030-10-14\"}", Map.of());
        assertEquals(400, late.status());
        assertTrue(late.body().contains("referenceDate") && late.body().contains("after-election-day"), late.body());
        assertEquals(before, count("SELECT COUNT(*) FROM elections.election"));

        Api.Reply big = officer.postJson(BASE + "/" + DEMO + "/stations", "{\"number\":99,\"name\":\"Too big\","
                + "\"address\":\"Ergens 1\",\"capacity\":99999}", Map.of());
        assertEquals(400, big.status());
        assertTrue(big.body().contains("capacity") && big.body().contains("over-maximum"), big.body());
        assertEquals(0, count("SELECT COUNT(*) FROM elections.polling_station WHERE station_number = 99"));

        String nonEu = one("SELECT p.id FROM population.resident r JOIN kernel.person p ON p.id = r.person_id"
                + " WHERE p.nationalities NOT LIKE '%BE%' AND p.id NOT IN (SELECT person_id FROM"
                + " elections.non_belgian_request) ORDER BY p.id LIMIT 1");
        Api.Reply shortStay = officer.postJson(BASE + "/" + DEMO + "/non-belgian-requests", "{\"personId\":\"" + nonEu
                + "\",\"citizenship\":\"NON_EU\",\"requestedOn\":\"2030-06-01\",\"residenceSince\":\"2027-01-01\","
                + "\"declarationSigned\":true}", Map.of());
        assertEquals(400, shortStay.status());
        assertTrue(shortStay.body().contains("residenceSince") && shortStay.body().contains("less-than-5-years"),
                shortStay.body());
        assertEquals(0, count("SELECT COUNT(*) FROM elections.non_belgian_request WHERE person_id = '" + nonEu + "'"));

        assertEquals(403, Api.as("clerk").get(BASE).status(), "only the election officer");
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("bz.test.db.url"), System.getProperty("bz.test.db.user"),
                System.getProperty("bz.test.db.password"));
    }

    static long count(String sql) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String one(String sql) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next(), "no row for " + sql);
            return rs.getString(1);
        }
    }

    static void sql(String sql) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    /** Polls a letter job until it is no longer RUNNING (at most 2 minutes) and checks it COMPLETED every voter. */
    static JsonObject awaitCompleted(Api officer, String electionId, String job, long voters) throws InterruptedException {
        JsonObject progress = null;
        for (int i = 0; i < 240; i++) {
            progress = officer.get("/api/v1/elections/" + electionId + "/letter-jobs/" + job).json();
            if (!"RUNNING".equals(progress.getString("status"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("COMPLETED", progress.getString("status"), progress.toString());
        assertEquals(voters, progress.getInt("done"));
        return progress;
    }
}
