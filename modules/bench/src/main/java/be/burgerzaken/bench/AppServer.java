package be.burgerzaken.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The application under test: Payara Micro with the built WAR on the benchmark database, started like the
 * integration tests' {@code PayaraServer} and the run profile (shipped pre-boot settings, JDBC driver added,
 * XA datasource class), on a free loopback port, with a JFR recording of the whole run.
 */
final class AppServer implements AutoCloseable {
    private final Process process;
    private final String baseUrl;
    private final double startupSeconds;
    private final Path log;

    private AppServer(Process process, String baseUrl, double startupSeconds, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.startupSeconds = startupSeconds;
        this.log = log;
    }

    /**
     * Starts the server and waits until it is ready (the application's start-up bean has run).
     *
     * @param demo true only for the first start on the empty database (accounts); never on loaded data
     */
    static AppServer start(BenchConfig config, String db, String heap, boolean demo, Path log, Path jfr)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path target = config.appTarget();
        Path war = target.resolve("burgerzaken.war");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("no WAR at " + war + ": build with -am (see modules/bench/README.md)");
        }
        Path root = Files.createTempDirectory("bz-bench-payara");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xms" + heap));
        if (jfr != null) {
            cmd.add("-XX:StartFlightRecording=filename=" + jfr + ",dumponexit=true,settings=default");
        }
        cmd.addAll(List.of("-jar", target.resolve("payara-micro.jar").toString(), "--nocluster",
                "--addlibs", target.resolve("postgresql.jar").toString(), "--port", Integer.toString(port),
                "--rootdir", root.toString(), "--contextroot", "/"));
        if (config.noHazelcast()) {
            // a single instance needs no data grid (docs/operations.md): Payara boots without Hazelcast
            cmd.add("--nohazelcast");
        }
        if (Files.isRegularFile(config.preboot())) {
            cmd.addAll(List.of("--prebootcommandfile", config.preboot().toString()));
        }
        cmd.addAll(List.of("--deploy", war.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("BZ_DB_URL", config.jdbcUrl(db));
        env.put("BZ_DB_USER", config.dbUser());
        env.put("BZ_DB_PASSWORD", config.dbPassword());
        env.put("BZ_DB_DATASOURCE_CLASS", "org.postgresql.xa.PGXADataSource");
        env.put("BZ_PUBLIC_URL", "http://localhost:" + port);
        env.put("BZ_DEMO_ENABLED", Boolean.toString(demo));
        env.put("BZ_DEMO_PERSONS", "0");
        env.put("BZ_DEMO_SEED", Long.toString(config.seed()));
        long t0 = System.nanoTime();
        Process process = pb.start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                    if (line.contains("ready in")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
        }, "payara-bench-log");
        pump.setDaemon(true);
        pump.start();
        if (!ready.await(10, TimeUnit.MINUTES) || !process.isAlive()) {
            process.destroyForcibly();
            throw new IllegalStateException("Payara Micro did not start; see " + log);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new AppServer(process, "http://localhost:" + port, seconds, log);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** From the process start to "ready in" (JVM, Payara, deployment, migrations, kernel start). */
    double startupSeconds() {
        return startupSeconds;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
