package be.burgerzaken.bench;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Writes {@code report.md}, {@code results.csv} and the PNG charts from the run's results. */
final class Report {

    /** Everything measured for one dataset size, besides the per-level results. */
    static final class SizeRun {
        final int persons;
        final List<Result> results = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String[]> targets = new ArrayList<>();
        DatasetLoader.LoadStats load;
        Baselines.CopyRate copy;
        double firstStartSeconds;
        double startupSeconds;
        String database;

        SizeRun(int persons) {
            this.persons = persons;
        }

        String label() {
            return label(persons);
        }

        static String label(int n) {
            if (n % 1_000_000 == 0) {
                return n / 1_000_000 + "M";
            }
            if (n >= 1_000_000) {
                return String.format(Locale.ROOT, "%.1fM", n / 1e6);
            }
            return n % 1000 == 0 ? n / 1000 + "k" : Integer.toString(n);
        }

        Optional<Result> find(String scenario, int level) {
            return results.stream().filter(r -> r.scenario().equals(scenario) && r.concurrency() == level).findFirst();
        }
    }

    private Report() {
    }

    static void write(Path out, BenchConfig config, List<SizeRun> runs, String machine, double totalSeconds)
            throws IOException {
        Files.createDirectories(out);
        StringBuilder csv = new StringBuilder("size,scenario,baseline,concurrency,seconds,ops,errors,throughput_per_s,"
                + "p50_ms,p95_ms,p99_ms,max_ms,ratio_to_ping,note\n");
        StringBuilder md = new StringBuilder("# Burgerzaken benchmark report\n\n");
        md.append(machine).append('\n');
        md.append(String.format(Locale.ROOT, "Levels %s connections, warm-up %d s and %d s measured per step; whole run"
                + " %.0f s. App, PostgreSQL and load driver share the machine (loopback only).%n%n",
                config.levels(), config.warmupSeconds(), config.durationSeconds(), totalSeconds));
        for (SizeRun run : runs) {
            md.append("## ").append(run.label()).append(" persons\n\n");
            if (run.load != null) {
                md.append(String.format(Locale.ROOT, "- Bulk load: %s%n", DatasetLoader.describe(run.load)));
            }
            if (run.copy != null) {
                md.append(String.format(Locale.ROOT, "- Raw COPY rate of this machine (the loaded kernel rows again into"
                                + " tables without indexes): %,d rows in %.1f s = %,.0f rows/s (%.1f MB/s)%n",
                        run.copy.rows(), run.copy.seconds(), run.copy.rowsPerSecond(), run.copy.megabytesPerSecond()));
            }
            md.append(String.format(Locale.ROOT, "- Start-up: first start on the empty database (migrations) %.1f s;"
                    + " start on the loaded database %.1f s%n", run.firstStartSeconds, run.startupSeconds));
            for (String n : run.notes) {
                md.append("- ").append(n).append('\n');
            }
            md.append("\n### Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
            for (String[] t : run.targets) {
                md.append("| ").append(t[0]).append(" | ").append(t[1]).append(" | ").append(t[2]).append(" |\n");
            }
            md.append("\n### Results\n\n| scenario | conns | ops/s | p50 ms | p95 ms | p99 ms | max ms | ops | errors |"
                    + " ratio to ping | note |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (Result r : run.results) {
                double ping = run.find("0-ping", r.concurrency()).map(Result::throughput).orElse(0.0);
                String ratio = ping > 0 && !r.scenario().equals("0-ping")
                        ? String.format(Locale.ROOT, "%.1f%%", 100 * r.throughput() / ping) : "";
                md.append(String.format(Locale.ROOT, "| %s | %d | %,.1f | %.1f | %.1f | %.1f | %.1f | %,d | %,d | %s | %s |%n",
                        r.scenario(), r.concurrency(), r.throughput(), r.p50ms(), r.p95ms(), r.p99ms(), r.maxMs(),
                        r.ops(), r.errors(), ratio, r.note().replace("|", "/")));
                csv.append(String.format(Locale.ROOT, "%s,%s,%b,%d,%.2f,%d,%d,%.2f,%.3f,%.3f,%.3f,%.3f,%s,\"%s\"%n",
                        run.label(), r.scenario(), r.baseline(), r.concurrency(), r.seconds(), r.ops(), r.errors(),
                        r.throughput(), r.p50ms(), r.p95ms(), r.p99ms(), r.maxMs(),
                        ping > 0 ? String.format(Locale.ROOT, "%.4f", r.throughput() / ping) : "",
                        r.note().replace("\"", "'")));
            }
            md.append("\nScenarios:\n\n");
            Set<String> seen = new LinkedHashSet<>();
            for (Result r : run.results) {
                if (seen.add(r.scenario())) {
                    md.append("- `").append(r.scenario()).append("`: ").append(r.title()).append('\n');
                }
            }
            try {
                charts(out, run);
            } catch (RuntimeException | IOException e) {
                md.append("\nCharts failed: ").append(e).append('\n');
            }
            md.append("\nCharts: ![throughput](throughput-").append(run.label()).append(".png) ")
                    .append("![p99](latency-p99-").append(run.label()).append(".png) ")
                    .append("![p50](latency-p50-").append(run.label()).append(".png)\n\n");
        }
        Files.writeString(out.resolve("results.csv"), csv);
        Files.writeString(out.resolve("report.md"), md);
    }

    private static void charts(Path out, SizeRun run) throws IOException {
        DefaultCategoryDataset throughput = new DefaultCategoryDataset();
        DefaultCategoryDataset p99 = new DefaultCategoryDataset();
        DefaultCategoryDataset p50 = new DefaultCategoryDataset();
        for (Result r : run.results) {
            String level = r.concurrency() + " conns";
            throughput.addValue(Math.max(0.1, r.throughput()), r.scenario(), level);
            p99.addValue(Math.max(0.01, r.p99ms()), r.scenario(), level);
            p50.addValue(Math.max(0.01, r.p50ms()), r.scenario(), level);
        }
        save(out.resolve("throughput-" + run.label() + ".png"), "Throughput, " + run.label() + " persons", "ops/s",
                throughput);
        save(out.resolve("latency-p99-" + run.label() + ".png"), "Latency p99, " + run.label() + " persons", "ms", p99);
        save(out.resolve("latency-p50-" + run.label() + ".png"), "Latency p50, " + run.label() + " persons", "ms", p50);
    }

    private static void save(Path file, String title, String axis, DefaultCategoryDataset data) throws IOException {
        JFreeChart chart = ChartFactory.createBarChart(title, "concurrency", axis + " (log scale)", data,
                PlotOrientation.VERTICAL, true, false, false);
        LogAxis log = new LogAxis(axis + " (log scale)");
        log.setSmallestValue(0.01);
        chart.getCategoryPlot().setRangeAxis(log);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1100, 600);
    }
}
