package be.burgerzaken.bench;

import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The machine's own limits measured in the same run: raw COPY rate and {@code pgbench -S}. */
final class Baselines {

    /** Raw COPY of the loaded kernel rows into tables without indexes, constraints or triggers. */
    record CopyRate(long rows, long bytes, double seconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }

        double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }
    }

    private Baselines() {
    }

    /**
     * Exports up to {@code persons} loaded persons with their facts (COPY TO, to a file) and times COPY FROM of
     * exactly those bytes into look-alike tables without indexes: the raw COPY rate of this machine for the rows
     * the bulk loader wrote. The tables are dropped afterwards.
     */
    static CopyRate copyRate(BenchConfig config, String db, int persons, Path work) throws SQLException, IOException {
        Path personFile = work.resolve("copy-persons.tsv");
        Path factFile = work.resolve("copy-facts.tsv");
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(db), config.dbUser(), config.dbPassword())) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long rows;
            try (OutputStream out = Files.newOutputStream(personFile)) {
                rows = copy.copyOut("COPY (SELECT * FROM kernel.person ORDER BY id LIMIT " + persons + ") TO STDOUT", out);
            }
            try (OutputStream out = Files.newOutputStream(factFile)) {
                rows += copy.copyOut("COPY (SELECT * FROM kernel.person_fact ORDER BY id LIMIT " + 6L * persons
                        + ") TO STDOUT", out);
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS public.bench_copy_person, public.bench_copy_fact");
                s.execute("CREATE TABLE public.bench_copy_person AS SELECT * FROM kernel.person WITH NO DATA");
                s.execute("CREATE TABLE public.bench_copy_fact AS SELECT * FROM kernel.person_fact WITH NO DATA");
            }
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(personFile)) {
                copy.copyIn("COPY public.bench_copy_person FROM STDIN", in);
            }
            try (InputStream in = Files.newInputStream(factFile)) {
                copy.copyIn("COPY public.bench_copy_fact FROM STDIN", in);
            }
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE public.bench_copy_person, public.bench_copy_fact");
            }
            long bytes = Files.size(personFile) + Files.size(factFile);
            Files.delete(personFile);
            Files.delete(factFile);
            return new CopyRate(rows, bytes, seconds);
        }
    }

    /** Initialises the pgbench database (scale {@code bench.pgbench.scale}) once per size. */
    static void pgbenchInit(BenchConfig config, String db) throws IOException, InterruptedException {
        Shell.freshDatabase(config, db);
        Shell.run(null, env(config), List.of(pgbench(), "-i", "-q", "-s", Integer.toString(config.pgbenchScale()),
                "-h", config.dbHost(), "-p", Integer.toString(config.dbPort()), "-U", config.dbUser(), db));
    }

    /** {@code pgbench -S -M prepared} over TCP like the application's pool, latencies from its per-transaction log. */
    static Result pgbench(BenchConfig config, String db, String size, int clients, Path work)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(work, "pgbench");
        int warm = Math.max(1, config.warmupSeconds());
        Shell.run(dir, env(config), List.of(pgbench(), "-S", "-M", "prepared", "-c", Integer.toString(clients),
                "-j", Integer.toString(Math.min(clients, 2)), "-T", Integer.toString(warm),
                "-h", config.dbHost(), "-p", Integer.toString(config.dbPort()), "-U", config.dbUser(), db));
        String out = Shell.run(dir, env(config), List.of(pgbench(), "-S", "-M", "prepared", "-c", Integer.toString(clients),
                "-j", Integer.toString(Math.min(clients, 2)), "-T", Integer.toString(config.durationSeconds()), "-l",
                "--log-prefix=" + dir.resolve("tx"), "-h", config.dbHost(), "-p", Integer.toString(config.dbPort()),
                "-U", config.dbUser(), db));
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
        double throughput = tps.find() ? Double.parseDouble(tps.group(1)) : 0;
        Histogram h = new Histogram(1, 300_000_000L, 3);
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("tx")).toList()) {
                try (BufferedReader r = Files.newBufferedReader(log)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        String[] f = line.split(" ");
                        if (f.length > 2) {
                            h.recordValue(Math.max(1, Long.parseLong(f[2])));
                        }
                    }
                }
                Files.delete(log);
            }
        }
        Files.deleteIfExists(dir);
        return new Result(size, "0-pgbench", "baseline: pgbench -S -M prepared (raw point reads, same PostgreSQL)",
                true, clients, config.durationSeconds(), h.getTotalCount(), 0, throughput,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, "");
    }

    private static Map<String, String> env(BenchConfig config) {
        return Map.of("PGPASSWORD", config.dbPassword());
    }

    private static String pgbench() {
        for (String candidate : List.of("/usr/bin/pgbench", "/usr/local/bin/pgbench")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable).findFirst()
                    .map(Path::toString).orElse("pgbench");
        } catch (IOException e) {
            return "pgbench";
        }
    }
}
