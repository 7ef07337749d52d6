package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scenario 4: a resident asks a proof of main residence for themselves: {@code POST /population/certificates}
 * (PDF rendered, registered with its verification code) and the client downloads the PDF.
 */
public final class CertificateIssue implements Scenario {
    private List<String[]> holders;
    private final String purpose = Http.q(BenchData.purpose("4-certificate"));

    @Override
    public String id() {
        return "4-certificate";
    }

    @Override
    public String title() {
        return "certificate issue (POST /population/certificates MAIN_RESIDENCE) + PDF download";
    }

    @Override
    public void prepare(BenchData data) throws Exception {
        holders = data.rows("SELECT p.id, p.national_number FROM kernel.person p JOIN population.resident r"
                + " ON r.person_id = p.id WHERE r.status = 'REGISTERED' AND p.national_number IS NOT NULL"
                + " ORDER BY md5(p.id::text) LIMIT 20000");
    }

    @Override
    public void execute(Http http, int worker) throws Exception {
        String[] h = holders.get(ThreadLocalRandom.current().nextInt(holders.size()));
        Http.Reply issued = http.postJson("/api/v1/population/certificates?purpose=" + purpose,
                "{\"personId\":\"" + h[0] + "\",\"type\":\"MAIN_RESIDENCE\",\"language\":\"nl\","
                        + "\"requester\":{\"kind\":\"SELF\",\"nationalNumber\":\"" + h[1] + "\"}}", Map.of()).expect(201);
        String pdf = issued.member("pdf");
        int api = pdf.indexOf("/api/");
        String path = api >= 0 ? pdf.substring(api) : "/api/v1" + (pdf.startsWith("/") ? "" : "/") + pdf;
        if (http.download(path + (path.contains("?") ? "&" : "?") + "purpose=" + purpose) < 1000) {
            throw new Http.OperationFailed("PDF too small");
        }
    }
}
