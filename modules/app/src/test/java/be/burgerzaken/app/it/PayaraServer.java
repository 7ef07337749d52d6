package be.burgerzaken.app.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts ONE Payara Micro with the built WAR for the whole test run (black-box REST and browser tests) and
 * stops it at the end. The server gets the database and demo settings from the environment failsafe sets.
 * Its output goes to target/payara-it.log. A test may start an extra, killable server on the same database
 * ({@link #startExtra}).
 */
public final class PayaraServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
    private static PayaraServer instance;
    private static String baseUrl;

    private Process process;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (PayaraServer.class) {
            if (instance == null) {
                PayaraServer s = new PayaraServer();
                s.start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PayaraServer.class.getName(), s);
                instance = s;
            }
        }
    }

    /** http://localhost:PORT (no trailing slash); the WAR is deployed at the root context. */
    public static String baseUrl() {
        return baseUrl;
    }

    // --- integrators (issue 9): restart during webhook delivery ---
    /**
     * Stops the shared server (crash = kill -9, else a normal shutdown) and starts it again on the same database;
     * {@link #baseUrl()} changes (a new port). The log is appended to.
     */
    static synchronized void restart(boolean crash) throws Exception {
        PayaraServer s = instance;
        if (crash) {
            s.process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        } else {
            s.close();
        }
        s.restarted = true;
        s.start();
    }

    private boolean restarted;
    // --- end integrators ---

    private void start() throws Exception {
        process = launch("target/payara-it.log", java.util.Map.of());
        baseUrl = "http://localhost:" + port;
    }

    private int port;

    /**
     * Starts one more Payara Micro with the built WAR on the same test database (the environment failsafe set, plus
     * {@code env}, e.g. MicroProfile Config overrides), output in {@code target/<logName>}; for tests that kill a
     * server ({@link Extra#kill()}: destroyForcibly, like a crash). The caller stops it.
     */
    public static Extra startExtra(String logName, java.util.Map<String, String> env) throws Exception {
        PayaraServer s = new PayaraServer();
        Process p = s.launch("target/" + logName, env);
        return new Extra(p, "http://localhost:" + s.port);
    }

    /** An extra server process of one test. */
    public record Extra(Process process, String baseUrl) implements AutoCloseable {
        /** Kills the JVM at once (SIGKILL): no shutdown hooks, no transaction completes. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                kill();
            }
        }
    }

    private Process launch(String log, java.util.Map<String, String> env) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String jar = System.getProperty("payara.microJar", "target/payara-micro.jar");
        String war = System.getProperty("bz.war", "target/burgerzaken.war");
        Path root = Files.createTempDirectory("bz-payara-it");
        String driver = new File(new File(jar).getParentFile(), "postgresql.jar").getPath();
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx768m", "-jar", jar, "--nocluster", "--addlibs", driver,
                "--port", Integer.toString(port), "--rootdir", root.toString(), "--contextroot", "/"));
        // the server settings the application ships with (config/payara-preboot.txt)
        String preboot = System.getProperty("bz.payara.preboot", "../../config/payara-preboot.txt");
        if (new File(preboot).isFile()) {
            cmd.addAll(List.of("--prebootcommandfile", preboot));
        }
        cmd.addAll(List.of("--deploy", war));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("BZ_PUBLIC_URL", "http://localhost:" + port);
        pb.environment().putAll(env);
        Process process = pb.start();
        CountDownLatch ready = new CountDownLatch(1);
        File logFile = new File(log);
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 var out = restarted ? Files.newBufferedWriter(logFile.toPath(), StandardCharsets.UTF_8,
                         java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)
                         : Files.newBufferedWriter(logFile.toPath(), StandardCharsets.UTF_8)) {
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
        }, "payara-it-log");
        pump.setDaemon(true);
        pump.start();
        if (!ready.await(Duration.ofMinutes(4).toSeconds(), TimeUnit.SECONDS) || !process.isAlive()) {
            process.destroyForcibly();
            throw new IllegalStateException("Payara Micro did not start; see " + logFile.getAbsolutePath());
        }
        return process;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
