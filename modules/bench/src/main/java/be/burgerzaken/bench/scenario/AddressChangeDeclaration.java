package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 5b: the e-counter's change-of-address declaration ({@code POST /population/address-changes}): an adult
 * living alone moves to a new address on one of the city's streets (a new household). Each declarant is used once
 * (a second declaration would be 409 open-procedure).
 */
public final class AddressChangeDeclaration implements Scenario {
    private List<String[]> declarants;
    private List<String[]> streets;
    private BenchData data;
    private final AtomicInteger next = new AtomicInteger();
    private final String purpose = Http.q(BenchData.purpose("5-address-change"));

    @Override
    public String id() {
        return "5-address-change";
    }

    @Override
    public String title() {
        return "change-of-address declaration (POST /population/address-changes, new household)";
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public void prepare(BenchData data) throws Exception {
        this.data = data;
        declarants = data.rows("SELECT m.person_id FROM population.household_membership m"
                + " JOIN kernel.person p ON p.id = m.person_id"
                + " WHERE m.valid_to IS NULL AND m.position = '01' AND p.birth_date < ?"
                + " AND NOT EXISTS (SELECT 1 FROM population.household_membership o WHERE o.household_id = m.household_id"
                + " AND o.valid_to IS NULL AND o.person_id <> m.person_id)"
                + " ORDER BY md5(m.person_id::text) LIMIT 50000", data.today().minusYears(19).toString());
        streets = data.rows("SELECT street_code FROM population.street");
    }

    @Override
    public void execute(Http http, int worker) throws Exception {
        int i = next.getAndIncrement();
        if (i >= declarants.size()) {
            throw new DataExhausted(declarants.size() + " declarants used");
        }
        String person = declarants.get(i)[0];
        String street = streets.get(ThreadLocalRandom.current().nextInt(streets.size()))[0];
        String body = "{\"declarantId\":\"" + person + "\",\"members\":[{\"personId\":\"" + person
                + "\",\"position\":\"REFERENCE_PERSON\"}],\"address\":{\"streetCode\":\"" + street
                + "\",\"houseNumber\":\"" + (900 + i / 50) + "\",\"box\":\"B" + (i % 50) + "\"},\"moveDate\":\""
                + data.today().minusDays(1) + "\"}";
        http.postJson("/api/v1/population/address-changes?purpose=" + purpose, body, Map.of()).expect(201);
    }
}
