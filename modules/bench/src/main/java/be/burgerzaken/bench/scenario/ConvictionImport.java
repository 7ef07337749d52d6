package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Convictions for a small share of the dataset's adults, imported the way the Central Criminal Register delivers
 * them: {@code POST /criminal-records/convictions/import} in batches of 1,000 by the register's API client (role
 * criminal-register; the demo client the first start created). Every tenth conviction is a prison sentence with a
 * disqualification from voting rights for five years from its final date (a few weeks ago), so those persons'
 * suspensions are published to the kernel and the voter list leaves them out. Deterministic by the dataset.
 */
public final class ConvictionImport {
    /** Share of the persons with a conviction. */
    public static final double SHARE = 0.02;
    static final int BATCH = 1000;
    static final String[] CATEGORIES = {"ROAD_TRAFFIC", "PROPERTY", "GENERAL", "DRUGS", "VIOLENCE"};

    private ConvictionImport() {
    }

    /** Imports the convictions; answers a one-line summary for the report. */
    public static String run(Http http, BenchData data, int persons) throws Exception {
        int n = Math.max(10, (int) Math.round(persons * SHARE));
        List<String[]> people = data.rows("SELECT p.national_number FROM kernel.person p JOIN population.resident r"
                + " ON r.person_id = p.id WHERE r.status = 'REGISTERED' AND p.national_number IS NOT NULL"
                + " AND p.birth_date < ? AND p.birth_date NOT LIKE '0000%' ORDER BY md5(p.id::text || 'conviction')"
                + " LIMIT " + n, data.today().minusYears(25).toString());
        http.authenticate("demo-central-register", "demo-central-register-secret");
        long t0 = System.nanoTime();
        int created = 0;
        int suspensions = 0;
        for (int from = 0; from < people.size(); from += BATCH) {
            List<String> rows = new ArrayList<>();
            for (int i = from; i < Math.min(people.size(), from + BATCH); i++) {
                String nn = people.get(i)[0];
                boolean prison = i % 10 == 0;
                String decision = prison ? data.today().minusDays(90).toString()
                        : data.today().minusDays(200 + (i * 37L) % 6000).toString();
                String fin = java.time.LocalDate.parse(decision).plusDays(40).toString();
                String penalties = prison
                        ? "[{\"type\":\"PRISON\",\"months\":12},{\"type\":\"DISQUALIFICATION\",\"months\":60,"
                        + "\"subject\":\"VOTING_RIGHTS\"}]"
                        : "[{\"type\":\"FINE\",\"amount\":" + (100 + (i % 20) * 50) + "}]";
                rows.add("{\"convictionId\":\"BENCH-" + nn + "-1\",\"nationalNumber\":\"" + nn + "\",\"court\":\""
                        + (prison ? "Correctionele rechtbank Leuven" : "Politierechtbank Leuven") + "\",\"decisionDate\":\""
                        + decision + "\",\"finalDate\":\"" + fin + "\",\"category\":\""
                        + (prison ? "VIOLENCE" : CATEGORIES[i % CATEGORIES.length]) + "\",\"penalties\":" + penalties + "}");
            }
            Http.Reply r = http.postJson("/api/v1/criminal-records/convictions/import",
                    "{\"convictions\":[" + String.join(",", rows) + "]}", Map.of()).expect(200);
            created += ElectionRun.integer(r.body(), "created");
            suspensions += ElectionRun.integer(r.body(), "votingRightsPublished");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return String.format(Locale.ROOT, "convictions imported over REST (POST /criminal-records/convictions/import,"
                + " batches of %d): %,d for %.1f%% of the persons (%,d voting-rights suspensions published) in %.1f s ="
                + " %,.0f convictions/s", BATCH, created, 100 * SHARE, suspensions, seconds, created / seconds);
    }
}
