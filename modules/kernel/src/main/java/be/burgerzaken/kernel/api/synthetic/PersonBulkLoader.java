package be.burgerzaken.kernel.api.synthetic;

import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.person.IdentityFact;
import be.burgerzaken.kernel.api.person.PersonStatus;
import be.burgerzaken.kernel.domain.NameNormalizer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes synthetic persons straight into the kernel tables over plain JDBC (no JPA), fast enough for millions
 * of persons: one {@code kernel.person} row and six {@code kernel.person_fact} rows (NATIONAL_NUMBER, NAME,
 * BIRTH, SEX, NATIONALITY, STATUS; basis IMPORT) per person, then the national number series
 * ({@code kernel.national_number_series}) so that later live allocations continue after the loaded serials.
 *
 * <p>On PostgreSQL it streams {@code COPY ... FROM STDIN} (text format) in chunks of {@value #COPY_CHUNK}
 * persons; on any other database (H2 for the embedded demo and the tests) it uses batched
 * {@code INSERT}s of {@value #BATCH_SIZE} rows.
 *
 * <p><b>Transactions.</b> The loader takes the connection as it is: it never commits, rolls back or changes
 * auto-commit. The caller decides: with auto-commit off everything (persons, facts, series) is one
 * transaction that the caller commits or rolls back - the recommended way, used by
 * {@link SyntheticPopulationLoader}; with auto-commit on every chunk commits on its own and a failure leaves
 * the chunks before it in place. The loader does not close the connection.
 *
 * <p><b>Not idempotent by design.</b> Person and fact ids are derived from the seed and index, so loading the
 * same persons twice fails on the primary key instead of creating duplicates. The national numbers of two
 * seeds overlap (both start at serial 001 on each date), so one database holds one synthetic population.
 * Load into a database without concurrent national-number allocation: the series update is a read-then-write
 * without locks beyond the rows it updates.
 */
public final class PersonBulkLoader {

    /** Rows per JDBC batch on databases without COPY. */
    public static final int BATCH_SIZE = 1000;

    /** Persons per pair of COPY commands on PostgreSQL. */
    public static final int COPY_CHUNK = 20_000;

    /** The basis reference used when the stream's seed is not known. */
    public static final String DEFAULT_BASIS_REFERENCE = "synthetic";

    private static final String PERSON_COLUMNS = "id, national_number, family_name, given_names, birth_date,"
            + " birth_place_nis, birth_place_foreign, birth_country, sex, nationalities, status, family_key,"
            + " family_phonetic, given_key, given_phonetic, initials, created_at, updated_at, version";
    private static final String FACT_COLUMNS = "id, person_id, fact, fact_value, recorded_at, recorded_by,"
            + " basis_kind, basis_ref";
    private static final String[] FACTS = {IdentityFact.NATIONAL_NUMBER.name(), IdentityFact.NAME.name(),
        IdentityFact.BIRTH.name(), IdentityFact.SEX.name(), IdentityFact.NATIONALITY.name(),
        IdentityFact.STATUS.name()};
    private static final String ACTIVE = PersonStatus.ACTIVE.name();
    private static final int COPY_FLUSH_CHARS = 1 << 16;

    /** What a load did. */
    public record LoadReport(long persons, long facts, long millis, String method) {
        /** Persons per second over the whole load (series update included). */
        public double personsPerSecond() {
            return millis == 0 ? persons * 1000.0 : persons * 1000.0 / millis;
        }
    }

    private final Connection connection;
    private final Clock clock;

    /** A loader on a connection whose transaction the caller controls. */
    public PersonBulkLoader(Connection connection) {
        this(connection, Clock.systemUTC());
    }

    /** As {@link #PersonBulkLoader(Connection)}, with the clock that gives the load timestamp. */
    public PersonBulkLoader(Connection connection, Clock clock) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Loads the first {@code count} persons of a population, with basis reference {@code synthetic:seed=<seed>}. */
    public LoadReport load(SyntheticPopulation population, int count, String recordedBy) throws SQLException {
        return load(population.persons(count), recordedBy, population.basisReference());
    }

    /** Loads persons whose seed is unknown here: basis reference {@value #DEFAULT_BASIS_REFERENCE}. */
    public LoadReport load(Stream<SyntheticPerson> persons, String recordedBy) throws SQLException {
        return load(persons, recordedBy, DEFAULT_BASIS_REFERENCE);
    }

    /**
     * Loads the persons with one load timestamp (created_at, updated_at, recorded_at).
     *
     * @param recordedBy     who recorded the facts (max 100 characters)
     * @param basisReference the facts' basis reference, e.g. {@code synthetic:seed=42} (max 200 characters)
     */
    public LoadReport load(Stream<SyntheticPerson> persons, String recordedBy, String basisReference)
            throws SQLException {
        Objects.requireNonNull(persons, "persons");
        requireText(recordedBy, "recordedBy", 100);
        requireText(basisReference, "basisReference", 200);
        long start = System.nanoTime();
        Batch batch = new Batch(OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS),
                ZoneOffset.UTC), recordedBy, basisReference);
        CopyManager copy = copyManager();
        Sink sink = copy != null ? new CopySink(copy) : new JdbcSink();
        int chunk = copy != null ? COPY_CHUNK : BATCH_SIZE;
        List<SyntheticPerson> pending = new ArrayList<>(chunk);
        Map<SeriesKey, Integer> series = new HashMap<>();
        long count = 0;
        try {
            for (Iterator<SyntheticPerson> it = persons.iterator(); it.hasNext(); ) {
                SyntheticPerson p = it.next();
                pending.add(p);
                track(series, p.nationalNumber());
                if (pending.size() == chunk) {
                    sink.write(pending, batch);
                    count += pending.size();
                    pending.clear();
                }
            }
            if (!pending.isEmpty()) {
                sink.write(pending, batch);
                count += pending.size();
            }
        } finally {
            sink.close();
        }
        updateSeries(series);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new LoadReport(count, count * FACTS.length, millis, sink.method());
    }

    private static void requireText(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1-" + max + " characters, got '" + value + "'");
        }
    }

    /** The COPY API when the connection is (or wraps) a PostgreSQL connection, else {@code null}. */
    private CopyManager copyManager() throws SQLException {
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                return connection.unwrap(PGConnection.class).getCopyAPI();
            }
        } catch (SQLException | LinkageError e) {
            // a pool wrapper that cannot unwrap, or no PostgreSQL driver: fall back to batched inserts
        }
        return null;
    }

    // ---------------------------------------------------------------- national number series

    private record SeriesKey(String prefix, int century, int parity) {
    }

    /** Remembers the highest serial per prefix, century and parity of national register numbers (not BIS). */
    private static void track(Map<SeriesKey, Integer> series, NationalNumber number) {
        if (number.isBis()) {
            return;   // BIS numbers are issued by the Crossroads Bank, not allocated from this table
        }
        SeriesKey key = new SeriesKey(number.prefix(), number.isBorn2000OrLater() ? 20 : 19, number.serial() % 2);
        series.merge(key, number.serial(), Math::max);
    }

    /** Portable upsert: read the existing rows, insert the missing ones, raise the lower ones. */
    private void updateSeries(Map<SeriesKey, Integer> loaded) throws SQLException {
        if (loaded.isEmpty()) {
            return;
        }
        Map<SeriesKey, Integer> existing = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT prefix, century, parity, last_serial FROM kernel.national_number_series")) {
            while (rs.next()) {
                existing.put(new SeriesKey(rs.getString(1), rs.getInt(2), rs.getInt(3)), rs.getInt(4));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kernel.national_number_series"
                + " (prefix, century, parity, last_serial) VALUES (?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement("UPDATE kernel.national_number_series"
                     + " SET last_serial = ? WHERE prefix = ? AND century = ? AND parity = ? AND last_serial < ?")) {
            int inserts = 0;
            int updates = 0;
            for (Map.Entry<SeriesKey, Integer> e : loaded.entrySet()) {
                SeriesKey k = e.getKey();
                int serial = e.getValue();
                Integer current = existing.get(k);
                if (current == null) {
                    insert.setString(1, k.prefix());
                    insert.setInt(2, k.century());
                    insert.setInt(3, k.parity());
                    insert.setInt(4, serial);
                    insert.addBatch();
                    if (++inserts % BATCH_SIZE == 0) {
                        insert.executeBatch();
                    }
                } else if (current < serial) {
                    update.setInt(1, serial);
                    update.setString(2, k.prefix());
                    update.setInt(3, k.century());
                    update.setInt(4, k.parity());
                    update.setInt(5, serial);
                    update.addBatch();
                    if (++updates % BATCH_SIZE == 0) {
                        update.executeBatch();
                    }
                }
            }
            if (inserts % BATCH_SIZE != 0) {
                insert.executeBatch();
            }
            if (updates % BATCH_SIZE != 0) {
                update.executeBatch();
            }
        }
    }

    // ---------------------------------------------------------------- rows

    /** The values shared by all rows of one load. */
    private record Batch(OffsetDateTime timestamp, String recordedBy, String basisReference) {
    }

    /** The derived columns of one person: storage forms and search keys. */
    private record Row(SyntheticPerson p, String birthDate, String nationalities, String familyKey,
                       String familyPhonetic, String givenKey, String givenPhonetic, String initials) {
        static Row of(SyntheticPerson p) {
            return new Row(p, p.birthDate().storageForm(), p.nationalitiesCsv(),
                    NameNormalizer.key(p.familyName()), NameNormalizer.phonetic(p.familyName()),
                    NameNormalizer.key(p.givenNames()), NameNormalizer.phonetic(p.givenNames()),
                    NameNormalizer.initials(p.givenNames()));
        }

        /** The JSON value of fact {@code i} of {@link #FACTS}, keys in a fixed order. */
        String factValue(int i) {
            return switch (i) {
                case 0 -> new Json().field("nationalNumber", p.nationalNumber().digits()).end();
                case 1 -> new Json().field("familyName", p.familyName()).field("givenNames", p.givenNames()).end();
                case 2 -> new Json().field("date", birthDate).field("placeNis", p.birthPlaceNis())
                        .field("placeForeign", p.birthPlaceForeign()).field("country", p.birthCountryIso2()).end();
                case 3 -> new Json().field("sex", p.sex().code()).end();
                case 4 -> new Json().field("nationalities", p.nationalities()).end();
                case 5 -> new Json().field("status", ACTIVE).end();
                default -> throw new IllegalArgumentException("fact " + i);
            };
        }
    }

    /**
     * The id of a person's fact row, derived from the person id and the fact. For synthetic ids (version 8
     * with a zero last byte, see {@link SyntheticPopulation#personId}) it is the person id with the fact's
     * number (1-6 in the order NATIONAL_NUMBER, NAME, BIRTH, SEX, NATIONALITY, STATUS) in the last byte, so
     * fact ids keep the load order too; for any other id a name-based UUID of {@code "<person id>/<fact>"}.
     */
    static UUID factId(UUID personId, String fact) {
        long lsb = personId.getLeastSignificantBits();
        if (personId.version() == 8 && (lsb & 0xFF) == 0) {
            for (int i = 0; i < FACTS.length; i++) {
                if (FACTS[i].equals(fact)) {
                    return new UUID(personId.getMostSignificantBits(), lsb | (i + 1));
                }
            }
        }
        return UUID.nameUUIDFromBytes((personId + "/" + fact).getBytes(StandardCharsets.UTF_8));
    }

    /** A flat JSON object writer: strings, string lists and null. */
    static final class Json {
        private final StringBuilder sb = new StringBuilder(96).append('{');

        Json field(String name, String value) {
            key(name);
            if (value == null) {
                sb.append("null");
            } else {
                string(value);
            }
            return this;
        }

        Json field(String name, List<String> values) {
            key(name);
            sb.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                string(values.get(i));
            }
            sb.append(']');
            return this;
        }

        String end() {
            return sb.append('}').toString();
        }

        private void key(String name) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            string(name);
            sb.append(':');
        }

        private void string(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '\b' -> sb.append("\\b");
                    case '\f' -> sb.append("\\f");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }

    // ---------------------------------------------------------------- sinks

    private interface Sink {
        void write(List<SyntheticPerson> persons, Batch batch) throws SQLException;

        String method();

        default void close() throws SQLException {
        }
    }

    /** Batched INSERTs: any JDBC database. */
    private final class JdbcSink implements Sink {
        private PreparedStatement personInsert;
        private PreparedStatement factInsert;

        @Override
        public void write(List<SyntheticPerson> persons, Batch batch) throws SQLException {
            if (personInsert == null) {
                personInsert = connection.prepareStatement("INSERT INTO kernel.person (" + PERSON_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                factInsert = connection.prepareStatement("INSERT INTO kernel.person_fact (" + FACT_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            }
            List<Row> rows = new ArrayList<>(persons.size());
            for (SyntheticPerson p : persons) {
                Row r = Row.of(p);
                rows.add(r);
                PreparedStatement s = personInsert;
                s.setObject(1, p.id());
                s.setString(2, p.nationalNumber().digits());
                s.setString(3, p.familyName());
                s.setString(4, p.givenNames());
                s.setString(5, r.birthDate());
                s.setString(6, p.birthPlaceNis());
                s.setString(7, p.birthPlaceForeign());
                s.setString(8, p.birthCountryIso2());
                s.setString(9, p.sex().code());
                s.setString(10, r.nationalities());
                s.setString(11, ACTIVE);
                s.setString(12, r.familyKey());
                s.setString(13, r.familyPhonetic());
                s.setString(14, r.givenKey());
                s.setString(15, r.givenPhonetic());
                s.setString(16, r.initials());
                s.setObject(17, batch.timestamp());
                s.setObject(18, batch.timestamp());
                s.setLong(19, 0L);
                s.addBatch();
            }
            personInsert.executeBatch();
            int inBatch = 0;
            for (Row r : rows) {
                for (int i = 0; i < FACTS.length; i++) {
                    PreparedStatement s = factInsert;
                    s.setObject(1, factId(r.p().id(), FACTS[i]));
                    s.setObject(2, r.p().id());
                    s.setString(3, FACTS[i]);
                    s.setString(4, r.factValue(i));
                    s.setObject(5, batch.timestamp());
                    s.setString(6, batch.recordedBy());
                    s.setString(7, "IMPORT");
                    s.setString(8, batch.basisReference());
                    s.addBatch();
                    if (++inBatch == BATCH_SIZE) {
                        factInsert.executeBatch();
                        inBatch = 0;
                    }
                }
            }
            if (inBatch > 0) {
                factInsert.executeBatch();
            }
        }

        @Override
        public String method() {
            return "JDBC batch";
        }

        @Override
        public void close() throws SQLException {
            try {
                if (personInsert != null) {
                    personInsert.close();
                }
            } finally {
                if (factInsert != null) {
                    factInsert.close();
                }
            }
        }
    }

    /** PostgreSQL COPY FROM STDIN, text format: persons of a chunk first, then their facts. */
    private static final class CopySink implements Sink {
        private final CopyManager copy;

        CopySink(CopyManager copy) {
            this.copy = copy;
        }

        @Override
        public void write(List<SyntheticPerson> persons, Batch batch) throws SQLException {
            String ts = batch.timestamp().toString();
            List<Row> rows = new ArrayList<>(persons.size());
            try (CopyWriter out = new CopyWriter(copy, "COPY kernel.person (" + PERSON_COLUMNS
                    + ") FROM STDIN (FORMAT text)")) {
                for (SyntheticPerson p : persons) {
                    Row r = Row.of(p);
                    rows.add(r);
                    out.value(p.id().toString()).value(p.nationalNumber().digits()).value(p.familyName())
                            .value(p.givenNames()).value(r.birthDate()).value(p.birthPlaceNis())
                            .value(p.birthPlaceForeign()).value(p.birthCountryIso2()).value(p.sex().code())
                            .value(r.nationalities()).value(ACTIVE).value(r.familyKey())
                            .value(r.familyPhonetic()).value(r.givenKey()).value(r.givenPhonetic())
                            .value(r.initials()).value(ts).value(ts).value("0").endRow();
                }
                out.finish();
            }
            try (CopyWriter out = new CopyWriter(copy, "COPY kernel.person_fact (" + FACT_COLUMNS
                    + ") FROM STDIN (FORMAT text)")) {
                for (Row r : rows) {
                    String personId = r.p().id().toString();
                    for (int i = 0; i < FACTS.length; i++) {
                        out.value(factId(r.p().id(), FACTS[i]).toString()).value(personId).value(FACTS[i])
                                .value(r.factValue(i)).value(ts).value(batch.recordedBy()).value("IMPORT")
                                .value(batch.basisReference()).endRow();
                    }
                }
                out.finish();
            }
        }

        @Override
        public String method() {
            return "COPY";
        }
    }

    /**
     * Rows in PostgreSQL's COPY text format: tab between columns, newline after a row, {@code \N} for null;
     * backslash, tab, newline and carriage return escaped with a backslash. Sent as UTF-8 (the driver's
     * client encoding) in pieces of about 64 KiB.
     */
    static final class CopyWriter implements AutoCloseable {
        private final CopyIn in;
        private final StringBuilder sb = new StringBuilder(COPY_FLUSH_CHARS + 4096);
        private boolean rowStart = true;
        private boolean finished;

        CopyWriter(CopyManager copy, String sql) throws SQLException {
            this.in = copy.copyIn(sql);
        }

        /** For tests of the encoding: no connection. */
        CopyWriter() {
            this.in = null;
        }

        CopyWriter value(String v) {
            if (!rowStart) {
                sb.append('\t');
            }
            rowStart = false;
            appendEscaped(sb, v);
            return this;
        }

        CopyWriter endRow() throws SQLException {
            sb.append('\n');
            rowStart = true;
            if (sb.length() >= COPY_FLUSH_CHARS) {
                flush();
            }
            return this;
        }

        /** The text not yet sent (tests). */
        String pending() {
            return sb.toString();
        }

        static void appendEscaped(StringBuilder sb, String v) {
            if (v == null) {
                sb.append("\\N");
                return;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c);
                }
            }
        }

        private void flush() throws SQLException {
            if (sb.length() > 0) {
                byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                sb.setLength(0);
            }
        }

        void finish() throws SQLException {
            flush();
            in.endCopy();
            finished = true;
        }

        @Override
        public void close() throws SQLException {
            if (in != null && !finished && in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
