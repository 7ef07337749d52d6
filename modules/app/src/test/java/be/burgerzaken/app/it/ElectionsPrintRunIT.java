package be.burgerzaken.app.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.ElectionsApiIT.count;
import static be.burgerzaken.app.it.ElectionsApiIT.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The letter batch as kernel print runs (issue 10, ADR 0011): a chunk's letters are pages of shared PDFs, each letter
 * still a registered kernel document with its own verification code, which the public verification answers; a voter's
 * letter is cut out of its run (one page, their name and code); the station bundle holds every letter once; the one
 * protocol entry of the chunk is found by the person whose data was printed.
 */
@ExtendWith(PayaraServer.class)
class ElectionsPrintRunIT {
    static final String BASE = "/api/v1/elections";
    static final String PURPOSE = "convocation letters print run test (Kieswetboek)";

    @Test
    void lettersOfAChunkArePagesOfAPrintRunYetEachIsItsOwnVerifiableDocument() throws Exception {
        Api officer = Api.as("elections");
        // the largest streets: over 100 voters, so the chunk is rendered in parts (one per core, at least 50 each)
        StringBuilder ranges = new StringBuilder();
        try (var c = ElectionsApiIT.db(); var rs = c.createStatement().executeQuery("SELECT a.street_code FROM"
                + " population.residence r JOIN population.address a ON a.id = r.address_id WHERE r.valid_to IS NULL"
                + " GROUP BY a.street_code ORDER BY COUNT(*) DESC, a.street_code LIMIT 6")) {
            while (rs.next()) {
                ranges.append(ranges.isEmpty() ? "" : ",").append("{\"streetCode\":\"").append(rs.getString(1))
                        .append("\"}");
            }
        }
        String name = "Print run IT " + UUID.randomUUID();
        Api.Reply created = officer.postJson(BASE, "{\"name\":\"" + name + "\",\"type\":\"MUNICIPAL\","
                + "\"electionDay\":\"2030-10-13\"}", Map.of());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(201, officer.postJson(BASE + "/" + id + "/stations", "{\"number\":1,\"name\":\"School\","
                + "\"address\":\"Schoolstraat 1\",\"accessible\":true,\"capacity\":2000,\"ranges\":[" + ranges + "]}",
                Map.of()).status());
        assertEquals(200, officer.post(BASE + "/" + id + "/voter-list?purpose=" + q(PURPOSE), "application/json", "")
                .status());
        long voters = count("SELECT COUNT(*) FROM elections.voter WHERE election_id = '" + id
                + "' AND station_id IS NOT NULL AND status = 'ON_LIST'");
        assertTrue(voters >= 20, "enough voters for a print run: " + voters);

        Api.Reply started = officer.post(BASE + "/" + id + "/letter-jobs", "application/json", "");
        assertEquals(202, started.status(), started.body());
        String job = started.json().getString("id");
        ElectionsApiIT.awaitCompleted(officer, id, job, voters);

        String letters = "FROM kernel.issued_document d JOIN elections.letter l ON l.document_id = d.id"
                + " JOIN elections.voter v ON v.id = l.voter_id WHERE v.election_id = '" + id + "'";
        assertEquals(voters, count("SELECT COUNT(*) " + letters), "a kernel document per voter");
        assertEquals(voters, count("SELECT COUNT(DISTINCT d.verification_code) " + letters), "each its own code");
        assertEquals(voters, count("SELECT COUNT(*) " + letters + " AND d.pdf IS NULL AND d.print_run_id IS NOT NULL"
                + " AND d.page_count = 1"), "every letter is one page of a print run, no PDF of its own");
        long runs = count("SELECT COUNT(DISTINCT d.print_run_id) " + letters);
        assertTrue(runs >= 1 && runs <= 4, "one chunk of at most 500 letters: a run per core, not per letter: " + runs);
        long bytes = count("SELECT SUM(LENGTH(r.pdf)) FROM kernel.print_run r WHERE r.id IN (SELECT d.print_run_id "
                + letters + ")");
        assertTrue(bytes / voters < 20_000, "a few kB stored per letter: " + bytes / voters);

        // the last voter: a letter on the last page of a run
        String voter = one("SELECT v.id FROM elections.voter v WHERE v.election_id = '" + id + "' AND v.station_id IS NOT"
                + " NULL ORDER BY v.voter_number DESC LIMIT 1");
        String person = one("SELECT person_id FROM elections.voter WHERE id = '" + voter + "'");
        String family = one("SELECT family_name FROM elections.voter WHERE id = '" + voter + "'");
        String given = one("SELECT given_names FROM elections.voter WHERE id = '" + voter + "'");
        String code = one("SELECT verification_code FROM elections.letter WHERE voter_id = '" + voter + "'");
        String other = one("SELECT l.verification_code FROM elections.letter l JOIN elections.voter v ON v.id = l.voter_id"
                + " WHERE v.election_id = '" + id + "' AND v.voter_number = 1");

        byte[] pdf = download("elections", BASE + "/" + id + "/voter-list/voters/" + voter + "/letter?purpose="
                + q(PURPOSE));
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages(), "only the voter's own page");
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains(given + " " + family), text);
        assertTrue(text.contains(code), text);
        assertFalse(text.contains(other), "no other voter's letter: " + text);

        // the document register scopes convocation letters: the clerk (voter status at the counter) reads its line,
        // the training coordinator, who reads other documents, does not
        String documentPath = "/api/v1/documents/" + one("SELECT document_id FROM elections.letter WHERE voter_id = '"
                + voter + "'") + "?purpose=" + q(PURPOSE);
        assertEquals(200, Api.as("clerk").get(documentPath).status());
        assertEquals(403, Api.as("training").get(documentPath).status());

        Api.Reply verify = Api.anonymous().get("/api/v1/public/documents/" + code);
        assertEquals(200, verify.status(), verify.body());
        assertEquals("VALID", verify.json().getString("status"), verify.body());
        assertTrue(verify.body().contains(family) && verify.body().contains(name), verify.body());

        List<JsonObject> entries = Api.as("auditor").get("/api/v1/protocol-log?personId=" + person + "&size=50")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("CREATE")
                && e.getString("query").startsWith("issue print run of ")
                && e.getString("query").contains("elections.convocation-letter")), entries.toString());
        assertTrue(count("SELECT COUNT(*) FROM kernel.protocol_entry WHERE query_text LIKE 'issue print run of %'"
                + " AND id IN (SELECT entry_id FROM kernel.protocol_entry_person WHERE person_id = '" + person + "')") == 1,
                "one entry of the chunk names the voter");

        byte[] bundle = download("elections", BASE + "/" + id + "/stations/1/letters.pdf?purpose=" + q(PURPOSE));
        PdfReader all = new PdfReader(bundle);
        assertEquals(voters, all.getNumberOfPages(), "every letter once, from its run");
        String first = new PdfTextExtractor(all).getTextFromPage(1);
        String last = new PdfTextExtractor(all).getTextFromPage(all.getNumberOfPages());
        all.close();
        assertTrue(first.contains(other), first);
        assertTrue(last.contains(code), last);
    }

    static byte[] download(String user, String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(PayaraServer.baseUrl() + path)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }
}
