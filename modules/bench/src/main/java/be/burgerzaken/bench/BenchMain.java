package be.burgerzaken.bench;

import be.burgerzaken.bench.scenario.BatchJob;
import be.burgerzaken.bench.scenario.BenchData;
import be.burgerzaken.bench.scenario.ConvictionImport;
import be.burgerzaken.bench.scenario.Scenario;
import be.burgerzaken.bench.scenario.ScenarioRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The benchmark run (modules/bench/README.md): per dataset size a fresh database, the first start of the
 * application on it (migrations, street list, accounts), the bulk load, the baselines (raw COPY, pgbench -S),
 * the start on the loaded database, every registered scenario at every concurrency level, then the report.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        Path out = config.out();
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        List<Report.SizeRun> runs = new ArrayList<>();
        String machine = "";
        for (int size : config.sizes()) {
            Report.SizeRun run = new Report.SizeRun(size);
            runs.add(run);
            String db = config.sizes().size() == 1 ? config.database()
                    : config.database() + "_" + run.label().toLowerCase(Locale.ROOT).replace('.', '_');
            run.database = db;
            runSize(config, run, db, out);
            machine = machine(config, db);
            Report.write(out, config, runs, machine, (System.nanoTime() - t0) / 1e9);
            if (!config.keep()) {
                Shell.dropDatabase(config, db);
            }
        }
        Report.write(out, config, runs, machine, (System.nanoTime() - t0) / 1e9);
        log("report: " + out.resolve("report.md"));
    }

    private static void runSize(BenchConfig config, Report.SizeRun run, String db, Path out) throws Exception {
        String label = run.label();
        String heap = config.heapFor(run.persons);
        String loadBefore = loadAverage();
        boolean reused = config.reuse() && loaded(config, db, run.persons);
        if (reused) {
            log(label + ": reusing the loaded database " + db + " (bench.reuse): no fresh database, no bulk load,"
                    + " no raw COPY baseline");
            run.notes.add("database " + db + " reused as loaded by an earlier run (bench.reuse=true): no bulk load"
                    + " and no raw COPY figures in this run");
        } else {
            log(label + ": fresh database " + db);
            Shell.freshDatabase(config, db);
            try (AppServer first = AppServer.start(config, db, heap, true, out.resolve("payara-first-" + label + ".log"),
                    null)) {
                run.firstStartSeconds = first.startupSeconds();
                log(String.format(Locale.ROOT, "%s: first start (migrations, street list, accounts) %.1f s", label,
                        run.firstStartSeconds));
            }
            log(label + ": bulk load of " + run.persons + " persons");
            run.load = DatasetLoader.load(config, db, run.persons);
            log(label + ": " + DatasetLoader.describe(run.load));
            run.copy = Baselines.copyRate(config, db, Math.min(run.persons, 200_000), out);
            log(String.format(Locale.ROOT, "%s: raw COPY %,.0f rows/s", label, run.copy.rowsPerSecond()));
        }

        String pgbenchDb = db + "_pgbench";
        if (config.runs("0-pgbench")) {
            Baselines.pgbenchInit(config, pgbenchDb);
            for (int level : config.levels()) {
                Result r = Baselines.pgbench(config, pgbenchDb, label, level, out);
                run.results.add(r);
                log(line(r));
            }
            Shell.dropDatabase(config, pgbenchDb);
        }

        DatasetLoader.authoriseBenchClient(config, db);
        Path jfr = out.resolve("app-" + label + ".jfr");
        try (AppServer app = AppServer.start(config, db, heap, false, out.resolve("payara-" + label + ".log"), jfr)) {
            run.startupSeconds = app.startupSeconds();
            log(String.format(Locale.ROOT, "%s: start on the loaded database %.1f s (pid %d, heap %s, JFR %s)", label,
                    run.startupSeconds, app.pid(), heap, jfr.getFileName()));
            checkNoDemoData(config, db, run);
            String phases = startupPhases(app.log());
            run.notes.add("start-up on the loaded database: " + phases);
            log(label + ": start-up phases " + phases);
            Http http = new Http(app.baseUrl());
            BenchData data = new BenchData(config.jdbcUrl(db), config.dbUser(), config.dbPassword(),
                    LocalDate.now(ZoneId.of("Europe/Brussels")));
            if (reused && convictionsImported(config, db)) {
                log(label + ": convictions imported by an earlier run kept (bench.reuse)");
            } else if (!config.runs("6-elections") && !config.runs("7-criminal-record")) {
                log(label + ": no convictions imported (only scenarios 6 and 7 need them)");
            } else {
                String convictions = ConvictionImport.run(http, data, run.persons);
                run.notes.add(convictions);
                log(label + ": " + convictions);
            }
            for (Supplier<Scenario> supplier : ScenarioRegistry.scenarios()) {
                Scenario scenario = supplier.get();
                if (!config.runs(scenario.id())) {
                    continue;
                }
                scenario.prepare(data);
                http.authenticate(DatasetLoader.clientId(), DatasetLoader.clientSecret());
                for (int level : config.levels()) {
                    Result r = LoadDriver.run(label, scenario, http, level, config.warmupSeconds(),
                            config.durationSeconds());
                    run.results.add(r);
                    log(line(r));
                }
            }
            for (Supplier<BatchJob> supplier : ScenarioRegistry.batchJobs()) {
                BatchJob job = supplier.get();
                if (!config.runs(job.id())) {
                    continue;
                }
                job.prepare(data);
                http.authenticate(DatasetLoader.clientId(), DatasetLoader.clientSecret());
                log(label + ": " + job.id() + " (" + job.title() + ")");
                BatchJob.Outcome outcome = job.run(http, new BatchJob.Context(app.pid(), run.persons, out, label,
                        config.lettersMaxSeconds()));
                outcome.notes().forEach(n -> log(label + ": " + n));
                run.notes.addAll(outcome.notes());
                run.targets.addAll(outcome.targets());
            }
        }
        for (ScenarioRegistry.Pending p : ScenarioRegistry.pending()) {
            run.notes.add("NOT RUN " + p.id() + " (" + p.title() + "): " + p.reason());
        }
        targets(config, run);
        run.notes.add("load average of the machine (1, 5, 15 min; 2 cores shared with other work): " + loadBefore
                + " at the start of this size, " + loadAverage() + " at its end");
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * Where the start-up went, from the server log: Payara's own boot (its "startup time" line), the deployment of
     * the WAR (CDI, EJB, JPA units, JAX-RS; "deployed in"), and the application's start-up work (Flyway
     * validation of every schema, kernel start, demo check; the Startup bean's "start-up work").
     */
    static String startupPhases(Path log) {
        try {
            String text = Files.readString(log);
            java.util.regex.Matcher boot = java.util.regex.Pattern.compile("startup time : .*total\\(([\\d,]+)ms\\)")
                    .matcher(text);
            java.util.regex.Matcher deploy = java.util.regex.Pattern.compile("successfully deployed in ([\\d,]+) milli")
                    .matcher(text);
            java.util.regex.Matcher work = java.util.regex.Pattern.compile("start-up work (\\d+) ms").matcher(text);
            java.util.regex.Matcher ready = java.util.regex.Pattern.compile("ready in ([\\d,]+) \\(ms\\)").matcher(text);
            return String.format(Locale.ROOT, "Payara boot %s ms, then WAR deployment (CDI, EJB, JPA units,"
                            + " JAX-RS) %s ms, then the application's start-up work (Flyway validation of every schema,"
                            + " kernel start) %s ms, then JSF/PrimeFaces; Payara ready in %s ms", boot.find() ? boot.group(1) : "?", deploy.find() ? deploy.group(1) : "?",
                    work.find() ? work.group(1) : "?", ready.find() ? ready.group(1) : "?");
        } catch (java.io.IOException e) {
            return "log unreadable: " + e.getMessage();
        }
    }

    /**
     * Whether {@code db} exists and holds exactly {@code persons} persons loaded by an earlier run kept with
     * {@code bench.keep=true} (then {@code bench.reuse=true} skips the fresh database and the bulk load).
     */
    static boolean loaded(BenchConfig config, String db, int persons) {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(db), config.dbUser(), config.dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM kernel.person")) {
            rs.next();
            long n = rs.getLong(1);
            if (n != persons) {
                log(db + " holds " + n + " persons, not " + persons + ": loading afresh");
                return false;
            }
            return true;
        } catch (java.sql.SQLException e) {
            log(db + " cannot be reused (" + e.getMessage() + "): loading afresh");
            return false;
        }
    }

    private static boolean convictionsImported(BenchConfig config, String db) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(db), config.dbUser(), config.dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM criminalrecords.conviction"
                     + " WHERE central_id LIKE 'BENCH-%')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The application must have loaded nothing of its own on the loaded database (demo data is off). */
    private static void checkNoDemoData(BenchConfig config, String db, Report.SizeRun run) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(db), config.dbUser(), config.dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM kernel.person),"
                     + " (SELECT count(*) FROM population.resident)")) {
            rs.next();
            if (rs.getLong(1) != run.persons || rs.getLong(2) != run.persons) {
                throw new IllegalStateException("the database holds " + rs.getLong(1) + " persons and " + rs.getLong(2)
                        + " residents after the start, not the " + run.persons + " loaded");
            }
        }
    }

    private static void targets(BenchConfig config, Report.SizeRun run) {
        String at = run.persons == 1_000_000 ? "" : " (target set for 1M persons; measured on " + run.label() + ")";
        int top = config.levels().contains(32) ? 32 : config.levels().get(config.levels().size() - 1);
        Optional<Result> lookup = run.find("1-lookup", top);
        Optional<Result> ping = run.find("0-ping", top);
        if (lookup.isPresent() && ping.isPresent()) {
            double ratio = lookup.get().throughput() / ping.get().throughput();
            run.targets.add(new String[] {"lookup by number >= 50% of trivial endpoint at " + top + " conns" + at,
                    String.format(Locale.ROOT, "%.1f%% (%,.0f vs %,.0f ops/s)", 100 * ratio, lookup.get().throughput(),
                            ping.get().throughput()), ratio >= 0.5 ? "met" : "MISSED"});
            double p99 = lookup.get().p99ms();
            run.targets.add(new String[] {"lookup by number p99 < 20 ms at " + top + " conns" + at,
                    String.format(Locale.ROOT, "%.1f ms", p99), p99 < 20 ? "met" : "MISSED"});
        }
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (int level : config.levels()) {
            run.find("2-search", level).ifPresent(r -> (r.p95ms() < 50 ? met : missed)
                    .add(level + " conns: " + String.format(Locale.ROOT, "%.1f ms", r.p95ms())));
        }
        if (!met.isEmpty() || !missed.isEmpty()) {
            run.targets.add(new String[] {"tolerant name search p95 < 50 ms" + at,
                    "met at " + (met.isEmpty() ? "none" : String.join(", ", met)) + "; missed at "
                            + (missed.isEmpty() ? "none" : String.join(", ", missed)),
                    missed.isEmpty() ? "met" : met.isEmpty() ? "MISSED" : "met up to " + met.get(met.size() - 1)
                            .split(":")[0]});
        }
        if (run.load != null && run.copy != null) {
            double ratio = run.load.rowsPerSecond() / run.copy.rowsPerSecond();
            run.targets.add(new String[] {"bulk load >= 30% of the raw COPY rate",
                    String.format(Locale.ROOT, "%.0f%% (%,.0f vs %,.0f rows/s)", 100 * ratio, run.load.rowsPerSecond(),
                            run.copy.rowsPerSecond()), ratio >= 0.3 ? "met" : "MISSED"});
        }
        run.targets.add(new String[] {"start-up < 20 s (on the loaded database)",
                String.format(Locale.ROOT, "%.1f s", run.startupSeconds), run.startupSeconds < 20 ? "met" : "MISSED"});
    }

    private static String machine(BenchConfig config, String db) {
        String pg = "?";
        try (Connection c = DriverManager.getConnection(config.jdbcUrl("postgres".equals(db) ? db : "postgres"),
                config.dbUser(), config.dbPassword());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            pg = rs.getString(1);
        } catch (Exception e) {
            pg = "unknown (" + e.getMessage() + ")";
        }
        long mem = 0;
        try {
            mem = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getTotalMemorySize();
        } catch (RuntimeException ignored) {
            // not a HotSpot JVM
        }
        return String.format(Locale.ROOT, "Machine: %d CPU cores, %.1f GiB memory, %s %s; Java %s; PostgreSQL %s.%n",
                Runtime.getRuntime().availableProcessors(), mem / 1024.0 / 1024 / 1024, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), pg);
    }

    private static String line(Result r) {
        return String.format(Locale.ROOT, "%s %-16s c=%-3d %,10.1f ops/s  p50 %8.2f  p95 %8.2f  p99 %8.2f ms  errors %d %s",
                r.size(), r.scenario(), r.concurrency(), r.throughput(), r.p50ms(), r.p95ms(), r.p99ms(), r.errors(),
                r.note());
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
        System.out.flush();
    }
}
