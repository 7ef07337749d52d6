package be.burgerzaken.bench.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the application's heap from outside its JVM with the JDK's own tools: {@code jstat -gc <pid> <ms>} streams
 * the used heap (young + survivor + old) and the old generation every interval; {@code jcmd <pid> GC.run} followed by
 * {@code GC.heap_info} gives the live heap after a full collection (taken at the start and end of a batch: the heap
 * is flat when what survives a full GC does not grow with the work done).
 */
public final class HeapSampler implements AutoCloseable {
    /** One jstat line: seconds since start, used heap and old generation in MiB. */
    public record Sample(double seconds, double usedMb, double oldMb) {
    }

    private final long pid;
    private final Process jstat;
    private final List<Sample> samples = new ArrayList<>();
    private final long t0 = System.nanoTime();
    private final Thread reader;

    public HeapSampler(long pid, int intervalMs) throws IOException {
        this.pid = pid;
        this.jstat = new ProcessBuilder(tool("jstat"), "-gc", Long.toString(pid), Integer.toString(intervalMs))
                .redirectErrorStream(true).start();
        this.reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String[] header = null;
            while ((line = r.readLine()) != null) {
                String[] f = line.strip().split("\\s+");
                if (f.length > 0 && f[0].equals("S0C")) {
                    header = f;
                    continue;
                }
                if (header == null || f.length != header.length) {
                    continue;
                }
                double used = 0;
                double old = 0;
                for (int i = 0; i < f.length; i++) {
                    switch (header[i]) {
                        case "S0U", "S1U", "EU" -> used += Double.parseDouble(f[i]);
                        case "OU" -> {
                            old = Double.parseDouble(f[i]);
                            used += old;
                        }
                        default -> {
                            // capacities, metaspace, counters
                        }
                    }
                }
                synchronized (samples) {
                    samples.add(new Sample((System.nanoTime() - t0) / 1e9, used / 1024, old / 1024));
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // jstat ended or printed something else
        }
    }

    public List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** The live heap in MiB: a full GC in the application ({@code jcmd GC.run}), then {@code GC.heap_info}. */
    public double liveHeapMb() throws IOException, InterruptedException {
        run(tool("jcmd"), Long.toString(pid), "GC.run");
        String info = run(tool("jcmd"), Long.toString(pid), "GC.heap_info");
        Matcher m = Pattern.compile("heap\\s+total\\s+(\\d+)K,\\s+used\\s+(\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IOException("unexpected GC.heap_info: " + info);
        }
        return Long.parseLong(m.group(2)) / 1024.0;
    }

    /** Writes the samples as CSV (seconds, used MiB, old generation MiB). */
    public void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("seconds,used_mib,old_mib\n");
        for (Sample s : samples()) {
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f,%.1f%n", s.seconds(), s.usedMb(), s.oldMb()));
        }
        Files.writeString(file, sb);
    }

    @Override
    public void close() {
        jstat.destroy();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + ": " + out);
        }
        return out;
    }

    private static String tool(String name) {
        Path p = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(p) ? p.toString() : name;
    }
}
