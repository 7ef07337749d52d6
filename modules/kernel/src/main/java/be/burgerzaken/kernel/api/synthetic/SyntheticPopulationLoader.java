package be.burgerzaken.kernel.api.synthetic;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Command line: loads a synthetic population into the {@code kernel} schema of a database whose tables the
 * application's Flyway migrations have already created.
 *
 * <pre>
 * java -cp burgerzaken-kernel.jar:postgresql.jar be.burgerzaken.kernel.api.synthetic.SyntheticPopulationLoader \
 *      --jdbc jdbc:postgresql://localhost/burgerzaken --user bz --password secret --count 1000000 --seed 42
 * </pre>
 *
 * Options: {@code --jdbc URL} (required), {@code --user U}, {@code --password P}, {@code --count N}
 * (default 100000), {@code --seed S} (default 42), {@code --recorded-by NAME} (default
 * {@code synthetic-loader}). Everything loads in one transaction, committed at the end (rolled back on error).
 * Exit status 0 on success, 1 on a load error, 2 on bad arguments.
 */
public final class SyntheticPopulationLoader {

    private static final int PROGRESS_EVERY = 500_000;

    private SyntheticPopulationLoader() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command and returns the exit status (tests call this instead of {@link #main}). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        int count;
        long seed;
        try {
            options = parse(args);
            if (options.containsKey("help")) {
                out.println(usage());
                return 0;
            }
            if (!options.containsKey("jdbc")) {
                throw new IllegalArgumentException("--jdbc is required");
            }
            count = Integer.parseInt(options.getOrDefault("count", "100000"));
            seed = Long.parseLong(options.getOrDefault("seed", "42"));
            if (count < 0) {
                throw new IllegalArgumentException("--count must be >= 0");
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        String recordedBy = options.getOrDefault("recorded-by", "synthetic-loader");
        SyntheticPopulation population = new SyntheticPopulation(seed);
        out.printf(Locale.ROOT, "Loading %,d synthetic persons (seed %d) into %s%n", count, seed, options.get("jdbc"));
        try (Connection c = DriverManager.getConnection(options.get("jdbc"), options.get("user"),
                options.get("password"))) {
            c.setAutoCommit(false);
            try {
                AtomicLong seen = new AtomicLong();
                long start = System.nanoTime();
                Stream<SyntheticPerson> persons = population.persons(count).peek(p -> {
                    long n = seen.incrementAndGet();
                    if (n % PROGRESS_EVERY == 0) {
                        double s = (System.nanoTime() - start) / 1e9;
                        out.printf(Locale.ROOT, "  %,d persons (%.0f/s)%n", n, n / s);
                    }
                });
                PersonBulkLoader.LoadReport report = new PersonBulkLoader(c)
                        .load(persons, recordedBy, population.basisReference());
                long commitStart = System.nanoTime();
                c.commit();
                long commitMillis = (System.nanoTime() - commitStart) / 1_000_000;
                out.printf(Locale.ROOT, "Loaded %,d persons and %,d facts in %.1f s with %s: %,.0f persons/s"
                                + " (commit %.1f s)%n", report.persons(), report.facts(), report.millis() / 1000.0,
                        report.method(), report.personsPerSecond(), commitMillis / 1000.0);
                return 0;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            err.println("load failed, nothing committed: " + e);
            return 1;
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                options.put("help", "");
                continue;
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            switch (name) {
                case "jdbc", "user", "password", "count", "seed", "recorded-by" -> options.put(name, value);
                default -> throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        return options;
    }

    private static String usage() {
        return "usage: SyntheticPopulationLoader --jdbc URL [--user U] [--password P] [--count N (100000)]"
                + " [--seed S (42)] [--recorded-by NAME (synthetic-loader)]";
    }
}
