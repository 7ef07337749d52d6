package be.burgerzaken.bench;

/**
 * One measured step: a scenario (or baseline) at one concurrency level.
 *
 * @param ops      operations completed inside the measured window
 * @param errors   operations that failed (not counted in {@code ops})
 * @param note     why a step ended early or what failed first, empty when none
 */
public record Result(String size, String scenario, String title, boolean baseline, int concurrency, double seconds,
                     long ops, long errors, double throughput, double p50ms, double p95ms, double p99ms,
                     double maxMs, String note) {
}
