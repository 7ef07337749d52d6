package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario 6: the elections office's two big jobs for the dataset's city, as its client does them over REST.
 * Setup (not timed): a municipal election is created and polling stations covering every street of the street
 * list are added (whole streets packed in street-code order to about {@value #VOTERS_PER_STATION} expected voters
 * each, like the demo's stations). Timed: (a) the voter list generated on the reference date from the loaded
 * registers ({@code POST /elections/{id}/voter-list}); (b) the convocation-letter batch started
 * ({@code POST /elections/{id}/letter-jobs}, 202) and its progress polled until COMPLETED, with the application's
 * heap sampled meanwhile ({@link HeapSampler}: jstat every second, live heap after a full GC at start and end).
 * A batch that runs longer than {@code bench.letters.max-seconds} is stopped and its rate extrapolated.
 */
public final class ElectionRun implements BatchJob {
    static final int VOTERS_PER_STATION = 1500;
    static final int STATION_CAPACITY = 2000;
    static final LocalDate ELECTION_DAY = LocalDate.of(2030, 10, 13);

    private List<String[]> streets;
    private final String purpose = Http.q(BenchData.purpose("6-elections"));

    @Override
    public String id() {
        return "6-elections";
    }

    @Override
    public String title() {
        return "voter list generation and convocation-letter batch for the dataset's city";
    }

    @Override
    public void prepare(BenchData data) throws Exception {
        // every street of the list with the residents of voting age living there now (for the packing only)
        streets = data.rows("SELECT s.street_code, COALESCE(v.n, 0) FROM population.street s LEFT JOIN ("
                + " SELECT a.street_code, COUNT(*) AS n FROM population.residence r"
                + " JOIN population.address a ON a.id = r.address_id JOIN kernel.person p ON p.id = r.person_id"
                + " WHERE r.valid_to IS NULL AND p.birth_date <= ? GROUP BY a.street_code) v"
                + " ON v.street_code = s.street_code ORDER BY s.street_code", ELECTION_DAY.minusYears(18).toString());
    }

    @Override
    public Outcome run(Http http, Context context) throws Exception {
        Outcome outcome = new Outcome();
        String election = http.postJson("/api/v1/elections", "{\"name\":\"Benchmark municipal election "
                + ELECTION_DAY.getYear() + "\",\"type\":\"MUNICIPAL\",\"electionDay\":\"" + ELECTION_DAY
                + "\",\"openingHours\":\"08:00-13:00\"}", Map.of()).expect(201).member("id");
        String base = "/api/v1/elections/" + election;
        int stations = stations(http, base);

        long t0 = System.nanoTime();
        Http.Reply list = http.postJson(base + "/voter-list?purpose=" + purpose, "", Map.of()).expect(200);
        double listSeconds = (System.nanoTime() - t0) / 1e9;
        int voters = integer(list.body(), "voters");
        int withoutStation = integer(list.body(), "withoutStation");
        outcome.notes().add(String.format(Locale.ROOT, "6 voter list: %,d voters (%,d without station) from %,d persons"
                + " in %.1f s (%,.0f voters/s), %d polling stations created over REST", voters, withoutStation,
                context.persons(), listSeconds, voters / listSeconds, stations));
        double listTarget = context.persons() <= 100_000 ? 10 : context.persons() <= 1_000_000 ? 60 : 0;
        if (listTarget > 0) {
            outcome.target(String.format(Locale.ROOT, "voter list for %s residents < %.0f s", context.label(), listTarget),
                    String.format(Locale.ROOT, "%.1f s (%,d voters)", listSeconds, voters), listSeconds < listTarget);
        }
        try {
            letters(http, base, context, outcome);
        } catch (Http.OperationFailed e) {
            // keep the voter list's figures when the letter batch cannot be measured
            outcome.notes().add("6 letter batch NOT MEASURED: " + e.getMessage());
        }
        return outcome;
    }

    /** Polling stations covering every street, whole streets in street-code order, about 1,500 voters each. */
    private int stations(Http http, String base) throws Exception {
        int number = 0;
        List<String> ranges = new ArrayList<>();
        int load = 0;
        for (int i = 0; i < streets.size(); i++) {
            String[] s = streets.get(i);
            int n = Integer.parseInt(s[1]);
            if (!ranges.isEmpty() && load + n > VOTERS_PER_STATION) {
                station(http, base, ++number, ranges);
                ranges.clear();
                load = 0;
            }
            ranges.add("{\"streetCode\":\"" + s[0] + "\",\"parity\":\"ALL\"}");
            load += n;
        }
        if (!ranges.isEmpty()) {
            station(http, base, ++number, ranges);
        }
        return number;
    }

    private static void station(Http http, String base, int number, List<String> ranges) throws Exception {
        http.postJson(base + "/stations", "{\"number\":" + number + ",\"name\":\"Stembureau " + number
                + "\",\"address\":\"Schoolstraat " + number + ", 3000 Leuven\",\"accessible\":true,\"capacity\":"
                + STATION_CAPACITY + ",\"electronic\":false,\"ranges\":[" + String.join(",", ranges) + "]}", Map.of())
                .expect(201);
    }

    private void letters(Http http, String base, Context context, Outcome outcome) throws Exception {
        try (HeapSampler heap = new HeapSampler(context.appPid(), 1000)) {
            double liveBefore = heap.liveHeapMb();
            long t0 = System.nanoTime();
            Http.Reply started = http.postJson(base + "/letter-jobs", "", Map.of()).expect(202);
            String job = base + "/letter-jobs/" + started.member("id");
            int total = integer(started.body(), "total");
            String status = started.member("status");
            int done = 0;
            boolean stopped = false;
            while ("RUNNING".equals(status)) {
                Thread.sleep(2000);
                Http.Reply r = http.get(job).expect(200);
                status = r.member("status");
                done = integer(r.body(), "done");
                if (!stopped && (System.nanoTime() - t0) / 1e9 > context.maxSeconds() && "RUNNING".equals(status)) {
                    http.postJson(job + "/stop", "", Map.of()).expect(200, 409);
                    stopped = true;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Http.Reply last = http.get(job).expect(200);
            done = integer(last.body(), "done");
            double liveAfter = heap.liveHeapMb();
            heap.write(context.out().resolve("heap-letters-" + context.label() + ".csv"));
            List<HeapSampler.Sample> samples = heap.samples();
            double maxUsed = samples.stream().mapToDouble(HeapSampler.Sample::usedMb).max().orElse(0);
            double rate = done / seconds;
            double growth = liveAfter - liveBefore;
            boolean flat = growth < Math.max(32, 0.1 * liveBefore);
            outcome.notes().add(String.format(Locale.ROOT, "6 letter batch: %s, %,d of %,d letters in %.1f s = %.1f"
                    + " letters/s%s; heap: live after full GC %.0f MiB before, %.0f MiB after (%+.0f MiB), used at most"
                    + " %.0f MiB over %d jstat samples (heap-letters-%s.csv)", last.member("status"), done, total, seconds,
                    rate, stopped ? " (stopped by the harness after " + context.maxSeconds()
                            + " s: bench.letters.max-seconds)" : "", liveBefore, liveAfter, growth, maxUsed,
                    samples.size(), context.label()));
            double projected = rate > 0 ? 100_000 / rate : Double.POSITIVE_INFINITY;
            outcome.target("100k convocation letters < 120 s", String.format(Locale.ROOT,
                    "%.1f letters/s: 100k in %.0f s%s", rate, projected, done == 100_000 && !stopped ? ""
                            : " (projected from " + String.format(Locale.ROOT, "%,d", done) + ")"), projected < 120);
            outcome.target("heap flat during the letter batch (live heap growth < max(32 MiB, 10%))",
                    String.format(Locale.ROOT, "%.0f -> %.0f MiB after full GC", liveBefore, liveAfter), flat);
            if (!"COMPLETED".equals(last.member("status")) && !stopped) {
                outcome.notes().add("6 letter batch ended " + last.member("status") + ": " + last.body());
            }
        }
    }

    static int integer(String json, String member) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + member + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new Http.OperationFailed("no number " + member + " in " + json);
        }
        return Integer.parseInt(m.group(1));
    }
}
