package be.burgerzaken.bench;

import be.burgerzaken.kernel.api.synthetic.PersonBulkLoader;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Loads the benchmark dataset into a migrated, empty database at bulk speed, in one transaction: the kernel's
 * persons and identity facts with the kernel's own {@link PersonBulkLoader} (COPY), then the population registers
 * (addresses, households, residents, register entries, main residences, household memberships) with COPY in
 * chunks, then ANALYZE. The application is not running meanwhile.
 */
final class DatasetLoader {

    /** What the load did: rows written per part and the time each took. */
    record LoadStats(long persons, long kernelRows, double kernelSeconds, long populationRows, double populationSeconds,
                     double analyzeSeconds) {
        long rows() {
            return kernelRows + populationRows;
        }

        double seconds() {
            return kernelSeconds + populationSeconds;
        }

        double rowsPerSecond() {
            return rows() / seconds();
        }
    }

    private static final int CHUNK = 20_000;
    private static final String BENCH_CLIENT = "bench-integrator";

    private DatasetLoader() {
    }

    static LoadStats load(BenchConfig config, String db, int size) throws SQLException {
        SyntheticPopulation population = new SyntheticPopulation(config.seed());
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(db), config.dbUser(), config.dbPassword())) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            PersonBulkLoader.LoadReport persons = new PersonBulkLoader(c).load(population, size, "bench-loader");
            long t1 = System.nanoTime();
            long populationRows = loadPopulation(c, population, size, config.seed());
            benchClient(c);
            c.commit();
            long t2 = System.nanoTime();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            long t3 = System.nanoTime();
            return new LoadStats(persons.persons(), persons.persons() + persons.facts(), (t1 - t0) / 1e9,
                    populationRows, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        }
    }

    /** The bench's API client: the demo integrator's secret, roles of the offices whose work is measured. */
    static void benchClient(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int n = s.executeUpdate("INSERT INTO kernel.api_client (client_id, name, secret_hash, roles, enabled,"
                    + " created_at, version) SELECT '" + BENCH_CLIENT + "', 'Benchmark client (front office)',"
                    + " secret_hash, 'clerk,population-officer,civil-registrar', true, now(), 0 FROM kernel.api_client"
                    + " WHERE client_id = 'demo-integrator'");
            if (n != 1) {
                throw new IllegalStateException("the first start did not create the demo integrator");
            }
        }
    }

    static String clientId() {
        return BENCH_CLIENT;
    }

    static String clientSecret() {
        return "demo-integrator-secret";
    }

    private static long loadPopulation(Connection c, SyntheticPopulation population, int size, long seed)
            throws SQLException {
        List<String[]> streets = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nis, street_code, postcode FROM population.street ORDER BY nis, street_code")) {
            while (rs.next()) {
                streets.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        if (streets.isEmpty()) {
            throw new IllegalStateException("population.street is empty: the first start should have loaded it");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        String now = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        HouseholdPlan plan = new HouseholdPlan(seed, streets.size(), population.referenceDate());
        Chunk chunk = new Chunk(seed, now);
        long rows = 0;
        for (Iterator<SyntheticPerson> it = population.persons(size).iterator(); it.hasNext(); ) {
            HouseholdPlan.Household h = plan.add(it.next());
            if (h != null) {
                chunk.add(h, streets.get(h.street()));
                if (chunk.persons >= CHUNK) {
                    rows += chunk.copy(copy);
                    chunk = new Chunk(seed, now);
                }
            }
        }
        HouseholdPlan.Household last = plan.finish();
        if (last != null) {
            chunk.add(last, streets.get(last.street()));
        }
        return rows + chunk.copy(copy);
    }

    /** COPY text of one chunk of households, per table. */
    private static final class Chunk {
        final StringBuilder address = new StringBuilder();
        final StringBuilder household = new StringBuilder();
        final StringBuilder resident = new StringBuilder();
        final StringBuilder register = new StringBuilder();
        final StringBuilder residence = new StringBuilder();
        final StringBuilder membership = new StringBuilder();
        final long seed;
        final String now;
        int persons;
        int households;

        Chunk(long seed, String now) {
            this.seed = seed;
            this.now = now;
        }

        void add(HouseholdPlan.Household h, String[] street) {
            UUID addressId = id(1, h.index());
            UUID householdId = id(2, h.index());
            row(address, addressId, street[0], street[1], h.houseNumber(), h.box(), street[2]);
            row(household, householdId, addressId, "f", now, "0");
            for (HouseholdPlan.Member m : h.members()) {
                SyntheticPerson p = m.person();
                String register = p.isBelgian() ? "POPULATION" : "FOREIGNERS";
                String since = h.since().toString();
                long index = p.id().getLeastSignificantBits();
                row(resident, p.id(), register, "REGISTERED", since, now, now, "0");
                row(this.register, id(3, index), p.id(), register, since, now, "bench-loader", "IMPORT", "bench seed " + seed);
                row(residence, id(4, index), p.id(), addressId, since, "OTHER", now, "bench-loader", "IMPORT",
                        "bench seed " + seed);
                row(membership, id(5, index), householdId, p.id(), m.position(), since, now, "bench-loader");
                persons++;
            }
            households++;
        }

        long copy(CopyManager copy) throws SQLException {
            try {
                copy.copyIn("COPY population.address (id, nis, street_code, house_number, box, postcode) FROM STDIN",
                        new StringReader(address.toString()));
                copy.copyIn("COPY population.household (id, address_id, collective, created_at, version) FROM STDIN",
                        new StringReader(household.toString()));
                copy.copyIn("COPY population.resident (person_id, register_type, status, registered_on, created_at,"
                        + " updated_at, version) FROM STDIN", new StringReader(resident.toString()));
                copy.copyIn("COPY population.register_entry (id, person_id, register_type, valid_from, recorded_at,"
                        + " recorded_by, basis_kind, basis_ref) FROM STDIN", new StringReader(register.toString()));
                copy.copyIn("COPY population.residence (id, person_id, address_id, valid_from, origin, recorded_at,"
                        + " recorded_by, basis_kind, basis_ref) FROM STDIN", new StringReader(residence.toString()));
                copy.copyIn("COPY population.household_membership (id, household_id, person_id, position, valid_from,"
                        + " recorded_at, recorded_by) FROM STDIN", new StringReader(membership.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            return 2L * households + 4L * persons;
        }

        /** Bench ids: the table's number in the high bits, the person's (or household's) index in the low. */
        private UUID id(int table, long index) {
            return new UUID(0xBE0C000000000000L | ((long) table << 40) | (seed & 0xFFFFFFFFFFL), index);
        }

        private static void row(StringBuilder sb, Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                String v = String.valueOf(values[i]);
                for (int k = 0; k < v.length(); k++) {
                    char ch = v.charAt(k);
                    switch (ch) {
                        case '\\' -> sb.append("\\\\");
                        case '\t' -> sb.append("\\t");
                        case '\n' -> sb.append("\\n");
                        case '\r' -> sb.append("\\r");
                        default -> sb.append(ch);
                    }
                }
            }
            sb.append('\n');
        }
    }

    static String describe(LoadStats s) {
        return String.format(Locale.ROOT, "%,d persons: kernel %,d rows in %.1f s, population %,d rows in %.1f s,"
                        + " %,.0f rows/s; ANALYZE %.1f s", s.persons(), s.kernelRows(), s.kernelSeconds(),
                s.populationRows(), s.populationSeconds(), s.rowsPerSecond(), s.analyzeSeconds());
    }
}
