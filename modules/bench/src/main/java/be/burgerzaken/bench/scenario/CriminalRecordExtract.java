package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 7: an extract from the criminal record (model 595) at the counter as the counter's client does it:
 * request ({@code POST /criminal-records/requests}), identity checked ({@code /check} with If-Match), issued as a
 * PDF by the kernel ({@code /issue}: the dated filter rules applied to the person's convictions), PDF downloaded.
 * Half of the persons have a conviction (imported over REST by {@link ConvictionImport}), half have none (blank
 * extract). One operation = the four calls; each person is used once.
 */
public final class CriminalRecordExtract implements Scenario {
    private List<String[]> persons;
    private final AtomicInteger next = new AtomicInteger();
    private final String purpose = Http.q(BenchData.purpose("7-criminal-record"));

    @Override
    public String id() {
        return "7-criminal-record";
    }

    @Override
    public String title() {
        return "criminal-record extract 595: request + identity check + issue (PDF, filter rules) + PDF download";
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public void prepare(BenchData data) throws Exception {
        String adult = data.today().minusYears(18).toString();
        persons = data.rows("(SELECT DISTINCT c.person_id::text AS id, md5(c.person_id::text) AS k"
                + " FROM criminalrecords.conviction c ORDER BY k LIMIT 10000)"
                + " UNION ALL (SELECT p.id::text, md5(p.id::text) FROM kernel.person p JOIN population.resident r"
                + " ON r.person_id = p.id WHERE r.status = 'REGISTERED' AND p.birth_date < ?"
                + " AND NOT EXISTS (SELECT 1 FROM criminalrecords.conviction c WHERE c.person_id = p.id)"
                + " ORDER BY md5(p.id::text) LIMIT 10000) ORDER BY 2", adult);
    }

    @Override
    public void execute(Http http, int worker) throws Exception {
        int i = next.getAndIncrement();
        if (i >= persons.size()) {
            throw new DataExhausted(persons.size() + " persons used");
        }
        Http.Reply received = http.postJson("/api/v1/criminal-records/requests?purpose=" + purpose,
                "{\"personId\":\"" + persons.get(i)[0] + "\",\"model\":\"595\",\"statedPurpose\":\"job application\","
                        + "\"requesterKind\":\"SELF\",\"channel\":\"COUNTER\",\"delivery\":\"COUNTER\",\"language\":\"nl\"}",
                Map.of()).expect(201);
        String request = "/api/v1/criminal-records/requests/" + received.member("id");
        Http.Reply checked = http.postJson(request + "/check?purpose=" + purpose, "",
                Map.of("If-Match", received.etag().orElseThrow())).expect(200);
        http.postJson(request + "/issue?purpose=" + purpose, "",
                Map.of("If-Match", checked.etag().orElseThrow())).expect(200);
        if (http.download(request + "/pdf?purpose=" + purpose) < 1000) {
            throw new Http.OperationFailed("PDF too small");
        }
    }
}
