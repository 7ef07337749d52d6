package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Scenario 1: {@code GET /persons/by-national-number/{number}} of a random resident. */
public final class LookupByNationalNumber implements Scenario {
    private List<String[]> numbers;
    private final String purpose = Http.q(BenchData.purpose("1-lookup"));

    @Override
    public String id() {
        return "1-lookup";
    }

    @Override
    public String title() {
        return "person lookup by national number (GET /persons/by-national-number/{nn})";
    }

    @Override
    public void prepare(BenchData data) throws Exception {
        numbers = data.rows("SELECT national_number FROM kernel.person WHERE national_number IS NOT NULL"
                + " ORDER BY md5(id::text) LIMIT 20000");
    }

    @Override
    public void execute(Http http, int worker) throws Exception {
        String nn = numbers.get(ThreadLocalRandom.current().nextInt(numbers.size()))[0];
        http.get("/api/v1/persons/by-national-number/" + nn + "?purpose=" + purpose).expect(200);
    }
}
