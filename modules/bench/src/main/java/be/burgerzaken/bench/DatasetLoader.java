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
                     double analyzeSeconds, int keys, int indexes, int foreignKeys, double dropSeconds, double rebuildSeconds,
                     double wallSeconds) {
        long rows() {
            return kernelRows + populationRows;
        }

        /** The whole load, wall clock: dropping, generating and COPY, rebuilding indexes and foreign keys, commit. */
        double seconds() {
            return wallSeconds;
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
            long t00 = System.nanoTime();
            Deferred deferred = Deferred.drop(c);
            long t0 = System.nanoTime();
            Counts counts = loadAll(c, population, size, config.seed());
            long t2 = System.nanoTime();
            deferred.restore(c);
            benchClient(c);
            authoriseBenchClient(c);
            c.commit();
            long t3 = System.nanoTime();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            long t4 = System.nanoTime();
            return new LoadStats(counts.persons, counts.persons + counts.facts, counts.kernelNanos / 1e9,
                    counts.populationRows, counts.populationNanos / 1e9, (t4 - t3) / 1e9, deferred.keys.size(), deferred.indexes.size(),
                    deferred.foreignKeys.size(), (t0 - t00) / 1e9, (t3 - t2) / 1e9, (t3 - t00) / 1e9);
        }
    }

    /** The tables the load writes (COPY): their secondary indexes and foreign keys wait until after the load. */
    static final String[] LOADED_TABLES = {"kernel.person", "kernel.person_fact", "population.address",
            "population.household", "population.resident", "population.register_entry", "population.residence",
            "population.household_membership"};

    /**
     * The usual bulk-load order (PostgreSQL manual, "Populating a Database"): the loaded tables' secondary indexes
     * (every index not backing a primary-key or unique constraint, e.g. the name search's trigram GIN indexes) and
     * their foreign keys are dropped in the load's transaction and created again after the COPY, so each index is
     * built once by a sort instead of row by row, and each foreign key is checked by one join instead of a trigger
     * per row. Same definitions (pg_get_indexdef / pg_get_constraintdef), same transaction: a failed load leaves
     * the schema as it was.
     *
     * <p>The primary-key and unique constraints of the loaded tables go the same way (issue 10: inserting 6M
     * random UUIDs into the facts' primary-key B-tree row by row was most of the kernel COPY's time; built once by
     * a sort afterwards it is a fraction of that); so do the foreign keys of other tables that reference a loaded
     * table (they depend on its primary key; those tables are empty, checking them again costs nothing).
     */
    static final class Deferred {
        final List<String> indexes = new ArrayList<>();
        final List<String[]> foreignKeys = new ArrayList<>();
        final List<String[]> keys = new ArrayList<>();

        static Deferred drop(Connection c) throws SQLException {
            Deferred d = new Deferred();
            String tables = "ARRAY['" + String.join("','", LOADED_TABLES) + "']::regclass[]";
            List<String> dropIndexes = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT conrelid::regclass::text, quote_ident(conname),"
                        + " pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND (conrelid = ANY(" + tables
                        + ") OR confrelid = ANY(" + tables + ")) ORDER BY 1, 2")) {
                    while (rs.next()) {
                        d.foreignKeys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT conrelid::regclass::text, quote_ident(conname),"
                        + " pg_get_constraintdef(oid) FROM pg_constraint WHERE contype IN ('p', 'u') AND conrelid = ANY("
                        + tables + ") ORDER BY 1, 2")) {
                    while (rs.next()) {
                        d.keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                        + " FROM pg_index i WHERE i.indrelid = ANY(" + tables + ") AND NOT EXISTS (SELECT 1 FROM"
                        + " pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY 1")) {
                    while (rs.next()) {
                        dropIndexes.add(rs.getString(1));
                        d.indexes.add(rs.getString(2));
                    }
                }
                for (String[] fk : d.foreignKeys) {
                    s.execute("ALTER TABLE " + fk[0] + " DROP CONSTRAINT " + fk[1]);
                }
                for (String index : dropIndexes) {
                    s.execute("DROP INDEX " + index);
                }
                for (String[] key : d.keys) {
                    s.execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]);
                }
            }
            return d;
        }

        void restore(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL maintenance_work_mem = '256MB'");
                for (String[] key : keys) {
                    s.execute("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[1] + " " + key[2]);
                }
                for (String index : indexes) {
                    s.execute(index);
                }
                for (String[] fk : foreignKeys) {
                    s.execute("ALTER TABLE " + fk[0] + " ADD CONSTRAINT " + fk[1] + " " + fk[2]);
                }
            }
        }
    }

    /** The bench's API client: the demo integrator's secret, roles of the offices whose work is measured. */
    static void benchClient(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int n = s.executeUpdate("INSERT INTO kernel.api_client (client_id, name, secret_hash, roles, enabled,"
                    + " created_at, version) SELECT '" + BENCH_CLIENT + "', 'Benchmark client (front office)',"
                    + " secret_hash, 'clerk,population-officer,civil-registrar,criminal-records-clerk,election-officer', true, now(), 0 FROM kernel.api_client"
                    + " WHERE client_id = 'demo-integrator'");
            if (n != 1) {
                throw new IllegalStateException("the first start did not create the demo integrator");
            }
        }
    }

    /** Information types the bench client is authorised for (the kernel's InformationType codes). */
    static final String[] BENCH_TYPES = {"000", "001", "004", "010", "020", "022", "024", "026", "031", "110", "114",
            "120", "123", "130", "140", "150", "195", "210", "BZ-BIRTH", "BZ-SEX", "BZ-STATUS", "BZ-CRIM"};

    /**
     * Since issue 9 an API client reads personal data only for a purpose one of its authorisations covers, and at
     * most its rate per minute: the bench client gets one authorisation for the purpose "benchmark run" (every
     * scenario's purpose starts with it; all information types, history, all residents) and a rate no scenario
     * reaches (set in the table, above the screen's maximum, so the limiter still runs its check on every request
     * but never answers 429). Idempotent (a reused database keeps them).
     */
    static void authoriseBenchClient(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE kernel.api_client SET rate_per_minute = 100000000 WHERE client_id = '"
                    + BENCH_CLIENT + "'");
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM kernel.integrator_authorisation WHERE client_id = '"
                    + BENCH_CLIENT + "' AND ended_at IS NULL")) {
                if (rs.next()) {
                    return;
                }
            }
            String id = UUID.nameUUIDFromBytes(("bench-authorisation:" + BENCH_CLIENT).getBytes()).toString();
            s.executeUpdate("INSERT INTO kernel.integrator_authorisation (id, client_id, purpose, legal_basis,"
                    + " valid_from, valid_to, history_allowed, population_scope, created_at, created_by, version)"
                    + " VALUES ('" + id + "', '" + BENCH_CLIENT + "', 'benchmark run', 'benchmark (issue 10)',"
                    + " DATE '2000-01-01', DATE '9999-12-31', true, 'ALL', now(), 'bench-loader', 0)");
            for (String type : BENCH_TYPES) {
                s.executeUpdate("INSERT INTO kernel.integrator_authorisation_type (authorisation_id, info_type)"
                        + " VALUES ('" + id + "', '" + type + "')");
            }
        }
    }

    static void authoriseBenchClient(BenchConfig config, String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(db), config.dbUser(), config.dbPassword())) {
            authoriseBenchClient(c);
        }
    }

    static String clientId() {
        return BENCH_CLIENT;
    }

    static String clientSecret() {
        return "demo-integrator-secret";
    }

    /** Rows written and the time spent in each part (the generator runs alongside in its own thread). */
    static final class Counts {
        long persons;
        long facts;
        long populationRows;
        long kernelNanos;
        long populationNanos;
    }

    /**
     * One pass over the synthetic population: a generator thread produces chunks of {@value #CHUNK} persons
     * (bounded queue of two) while this thread writes each chunk with the kernel's {@link PersonBulkLoader} (COPY)
     * and then its completed households to the population tables (COPY). The persons are generated once, and the
     * generating overlaps the COPY (the server parses while the next chunk is generated).
     */
    private static Counts loadAll(Connection c, SyntheticPopulation population, int size, long seed)
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
        PersonBulkLoader kernel = new PersonBulkLoader(c);
        Counts counts = new Counts();
        java.util.concurrent.BlockingQueue<List<SyntheticPerson>> queue = new java.util.concurrent.ArrayBlockingQueue<>(2);
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread generator = new Thread(() -> {
            try {
                List<SyntheticPerson> batch = new ArrayList<>(CHUNK);
                for (Iterator<SyntheticPerson> it = population.persons(size).iterator(); it.hasNext(); ) {
                    batch.add(it.next());
                    if (batch.size() == CHUNK) {
                        queue.put(batch);
                        batch = new ArrayList<>(CHUNK);
                    }
                }
                queue.put(batch);
                queue.put(List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.set(e);
                queue.offer(List.of());
            }
        }, "bench-generator");
        generator.setDaemon(true);
        generator.start();
        try {
            while (true) {
                List<SyntheticPerson> batch = queue.take();
                if (batch.isEmpty()) {
                    break;
                }
                long k0 = System.nanoTime();
                PersonBulkLoader.LoadReport r = kernel.load(batch.stream(), "bench-loader");
                long k1 = System.nanoTime();
                counts.persons += r.persons();
                counts.facts += r.facts();
                Chunk chunk = new Chunk(seed, now);
                for (SyntheticPerson p : batch) {
                    HouseholdPlan.Household h = plan.add(p);
                    if (h != null) {
                        chunk.add(h, streets.get(h.street()));
                    }
                }
                counts.populationRows += chunk.copy(copy);
                counts.kernelNanos += k1 - k0;
                counts.populationNanos += System.nanoTime() - k1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", e);
        } finally {
            generator.interrupt();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        HouseholdPlan.Household last = plan.finish();
        if (last != null) {
            long p0 = System.nanoTime();
            Chunk chunk = new Chunk(seed, now);
            chunk.add(last, streets.get(last.street()));
            counts.populationRows += chunk.copy(copy);
            counts.populationNanos += System.nanoTime() - p0;
        }
        return counts;
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
        return String.format(Locale.ROOT, "%,d persons: %d primary-key/unique constraints, %d secondary indexes and %d"
                        + " foreign keys dropped in %.1f s,"
                        + " kernel %,d rows (COPY %.1f s), population %,d rows (COPY %.1f s), generated alongside in"
                        + " one pass, keys, indexes and foreign keys back in %.1f s: %,.0f rows/s over %.1f s wall clock;"
                        + " ANALYZE %.1f s", s.persons(), s.keys(), s.indexes(), s.foreignKeys(),
                s.dropSeconds(), s.kernelRows(), s.kernelSeconds(), s.populationRows(), s.populationSeconds(),
                s.rebuildSeconds(), s.rowsPerSecond(), s.seconds(), s.analyzeSeconds());
    }
}
