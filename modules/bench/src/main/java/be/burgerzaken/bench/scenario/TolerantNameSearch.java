package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scenario 2: {@code GET /persons?familyName=&givenNames=&birthDate=} as a clerk types it: the family name in
 * lower case without diacritics, the first given name, and only the birth year (partial birth date). The person
 * searched for must be on the first page.
 */
public final class TolerantNameSearch implements Scenario {
    private List<String[]> persons;
    private final String purpose = Http.q(BenchData.purpose("2-search"));

    @Override
    public String id() {
        return "2-search";
    }

    @Override
    public String title() {
        return "tolerant name search + birth year (GET /persons?familyName=&givenNames=&birthDate=YYYY)";
    }

    @Override
    public void prepare(BenchData data) throws Exception {
        persons = data.rows("SELECT id, family_name, given_names, substr(birth_date, 1, 4) FROM kernel.person"
                + " WHERE substr(birth_date, 1, 4) <> '0000' ORDER BY md5(id::text) LIMIT 20000");
    }

    @Override
    public void execute(Http http, int worker) throws Exception {
        String[] p = persons.get(ThreadLocalRandom.current().nextInt(persons.size()));
        String family = plain(p[1]);
        String given = p[2].split(" ")[0];
        Http.Reply r = http.get("/api/v1/persons?familyName=" + Http.q(family) + "&givenNames=" + Http.q(given)
                + "&birthDate=" + p[3] + "&size=20&purpose=" + purpose).expect(200);
        if (!r.body().contains(p[0])) {
            throw new Http.OperationFailed("search for " + family + " " + given + " " + p[3] + " did not find " + p[0]);
        }
    }

    static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
