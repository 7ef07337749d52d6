package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 5a: a birth act from draft to signature as the civil-status office's client does it: draft
 * ({@code POST /civil-status/acts}), submission, registration (act number allocated, the child created in the
 * kernel with a national number and entered in the mother's household: the write path across all three
 * modules). One operation = the three calls; each mother is used once.
 */
public final class BirthActRegistration implements Scenario {
    private List<String[]> mothers;
    private BenchData data;
    private final AtomicInteger next = new AtomicInteger();
    private final String purpose = Http.q(BenchData.purpose("5-birth-act"));

    @Override
    public String id() {
        return "5-birth-act";
    }

    @Override
    public String title() {
        return "birth act: draft + submission + registration (3 POSTs, writes kernel, population, civil status)";
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public void prepare(BenchData data) throws Exception {
        this.data = data;
        String oldest = data.today().minusYears(44).toString();
        String youngest = data.today().minusYears(20).toString();
        mothers = data.rows("SELECT p.id, p.family_name, p.given_names, p.birth_date FROM kernel.person p"
                + " JOIN population.resident r ON r.person_id = p.id WHERE r.status = 'REGISTERED' AND p.sex = 'F'"
                + " AND p.birth_date BETWEEN ? AND ? AND p.birth_date NOT LIKE '%-00%'"
                + " ORDER BY md5(p.id::text) LIMIT 50000", oldest, youngest);
    }

    @Override
    public void execute(Http http, int worker) throws Exception {
        int i = next.getAndIncrement();
        if (i >= mothers.size()) {
            throw new DataExhausted(mothers.size() + " mothers used");
        }
        String[] m = mothers.get(i);
        String mother = "{\"personId\":\"" + m[0] + "\",\"familyName\":\"" + json(m[1]) + "\",\"givenNames\":\""
                + json(m[2]) + "\",\"birthDate\":\"" + m[3] + "\",\"birthPlace\":{\"municipalityNis\":\"24062\"}}";
        String body = "{\"content\":{\"type\":\"BIRTH\",\"birthDate\":\"" + data.today().minusDays(2)
                + "\",\"birthTime\":\"04:35\",\"birthPlace\":{\"municipalityNis\":\"24062\"},\"sex\":\""
                + (i % 2 == 0 ? "F" : "M") + "\",\"childFamilyName\":\"" + json(m[1]) + "\",\"childGivenNames\":\"Bench"
                + "\",\"parents\":[{\"role\":\"MOTHER\",\"person\":" + mother + "}]}}";
        Http.Reply draft = http.postJson("/api/v1/civil-status/acts?purpose=" + purpose, body, Map.of()).expect(201);
        String location = draft.location().orElseThrow(() -> new Http.OperationFailed("no Location"));
        String act = location.substring(location.indexOf("/api/v1/"));
        Http.Reply submitted = http.postJson(act + "/submission?purpose=" + purpose, "",
                Map.of("If-Match", draft.etag().orElseThrow())).expect(200);
        http.postJson(act + "/registration?purpose=" + purpose, "",
                Map.of("If-Match", submitted.etag().orElseThrow())).expect(200);
    }

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
