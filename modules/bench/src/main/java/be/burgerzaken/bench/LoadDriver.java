package be.burgerzaken.bench;

import be.burgerzaken.bench.scenario.Scenario;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code concurrency} workers, each sending its next operation as soon as the previous answered
 * (one keep-alive connection each). Warm-up first, then a fixed measured window; an operation counts when it
 * started and ended inside the window. Latencies go into HdrHistogram (1 µs to 5 min, 3 digits).
 */
public final class LoadDriver {

    private LoadDriver() {
    }

    public static Result run(String size, Scenario scenario, Http http, int concurrency, int warmupSeconds,
                             int durationSeconds) throws InterruptedException {
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long end = warmupEnd + durationSeconds * 1_000_000_000L;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> note = new AtomicReference<>("");
        AtomicLong stoppedAt = new AtomicLong(end);
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Histogram h = new Histogram(1, 300_000_000L, 3);
            histograms.add(h);
            int worker = w;
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    try {
                        scenario.execute(http, worker);
                        long t1 = System.nanoTime();
                        if (t0 >= warmupEnd && t1 <= end) {
                            h.recordValue(Math.max(1, (t1 - t0) / 1000));
                        }
                    } catch (Scenario.DataExhausted e) {
                        note.compareAndSet("", "data exhausted (" + e.getMessage() + "): step ended early");
                        stoppedAt.accumulateAndGet(System.nanoTime(), Math::min);
                        stop.set(true);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        if (t0 >= warmupEnd) {
                            errors.incrementAndGet();
                        }
                        note.compareAndSet("", "first error: " + e);
                    }
                }
            }, "bench-" + scenario.id() + "-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        Histogram all = new Histogram(1, 300_000_000L, 3);
        histograms.forEach(all::add);
        double seconds = Math.max(0.001, (Math.min(end, stoppedAt.get()) - warmupEnd) / 1e9);
        long ops = all.getTotalCount();
        return new Result(size, scenario.id(), scenario.title(), scenario.baseline(), concurrency, seconds, ops,
                errors.get(), ops / seconds, ms(all, 50), ms(all, 95), ms(all, 99),
                ops == 0 ? 0 : all.getMaxValue() / 1000.0, note.get());
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }
}
