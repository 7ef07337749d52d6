package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Scenario 3: {@code GET /population/addresses/residents?streetCode=&houseNumber=&box=&date=} on a past date. */
public final class ResidentsAtAddress implements Scenario {
    private List<String[]> addresses;
    private BenchData data;
    private final String purpose = Http.q(BenchData.purpose("3-residents"));

    @Override
    public String id() {
        return "3-residents";
    }

    @Override
    public String title() {
        return "residents of an address on a date (GET /population/addresses/residents)";
    }

    @Override
    public void prepare(BenchData data) throws Exception {
        this.data = data;
        addresses = data.rows("SELECT street_code, house_number, box FROM population.address"
                + " ORDER BY md5(id::text) LIMIT 20000");
    }

    @Override
    public void execute(Http http, int worker) throws Exception {
        String[] a = addresses.get(ThreadLocalRandom.current().nextInt(addresses.size()));
        String date = data.today().minusDays(ThreadLocalRandom.current().nextInt(3 * 365)).toString();
        http.get("/api/v1/population/addresses/residents?streetCode=" + Http.q(a[0]) + "&houseNumber=" + Http.q(a[1])
                + (a[2] == null || a[2].isEmpty() ? "" : "&box=" + Http.q(a[2])) + "&date=" + date
                + "&purpose=" + purpose).expect(200);
    }
}
