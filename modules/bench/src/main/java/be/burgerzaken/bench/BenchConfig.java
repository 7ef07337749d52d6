package be.burgerzaken.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The run's settings, from {@code -Dbench.*} system properties (defaults in the module's pom). */
public record BenchConfig(List<Integer> sizes, String database, List<Integer> levels, int warmupSeconds,
                          int durationSeconds, List<String> scenarios, long seed, String heap, int pgbenchScale,
                          boolean keep, String dbHost, int dbPort, String dbUser, String dbPassword, Path appTarget,
                          Path preboot, Path out, int lettersMaxSeconds, boolean reuse,
                          boolean noHazelcast) {

    public static BenchConfig fromSystemProperties() {
        return new BenchConfig(
                parseSizes(prop("bench.size", "100k")),
                prop("bench.db", "bz_bench"),
                Arrays.stream(prop("bench.levels", "1,8,32").split(",")).map(String::strip).map(Integer::parseInt).toList(),
                Integer.parseInt(prop("bench.warmup", "5")),
                Integer.parseInt(prop("bench.duration", "10")),
                Arrays.stream(prop("bench.scenarios", "all").split(",")).map(String::strip).toList(),
                Long.parseLong(prop("bench.seed", "42")),
                prop("bench.heap", "auto"),
                Integer.parseInt(prop("bench.pgbench.scale", "10")),
                Boolean.parseBoolean(prop("bench.keep", "false")),
                prop("bench.db.host", "localhost"),
                Integer.parseInt(prop("bench.db.port", "5432")),
                prop("bench.db.user", "burgerzaken"),
                prop("bench.db.password", "burgerzaken"),
                Path.of(prop("bench.app.target", "modules/app/target")),
                Path.of(prop("bench.preboot", "config/payara-preboot.txt")),
                Path.of(prop("bench.out", "modules/bench/target/bench-report")),
                Integer.parseInt(prop("bench.letters.max-seconds", "180")),
                Boolean.parseBoolean(prop("bench.reuse", "false")),
                Boolean.parseBoolean(prop("bench.nohazelcast", "false")));
    }

    /** {@code 100k}, {@code 1m}, {@code 11.8m}, a plain number, or several separated by commas. */
    static List<Integer> parseSizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            String s = part.strip().toLowerCase(Locale.ROOT).replace("_", "");
            double factor = 1;
            if (s.endsWith("k")) {
                factor = 1_000;
                s = s.substring(0, s.length() - 1);
            } else if (s.endsWith("m")) {
                factor = 1_000_000;
                s = s.substring(0, s.length() - 1);
            }
            long n = Math.round(Double.parseDouble(s) * factor);
            if (n < 100 || n > 20_000_000) {
                throw new IllegalArgumentException("bench.size " + part + ": between 100 and 20m persons");
            }
            sizes.add((int) n);
        }
        return List.copyOf(sizes);
    }

    /** The application's heap: {@code bench.heap} or by size (1 GiB up to 1M persons, 2 GiB above). */
    public String heapFor(int size) {
        if (!"auto".equals(heap)) {
            return heap;
        }
        return size < 1_000_000 ? "1g" : size < 5_000_000 ? "2g" : "4g";
    }

    public String jdbcUrl(String db) {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + db;
    }

    public boolean runs(String scenarioId) {
        return scenarios.contains("all") || scenarios.contains(scenarioId)
                || scenarios.stream().anyMatch(s -> scenarioId.startsWith(s + "-"));
    }

    private static String prop(String key, String def) {
        String v = System.getProperty(key);
        return v == null || v.isBlank() || v.startsWith("${") ? def : v.strip();
    }
}
