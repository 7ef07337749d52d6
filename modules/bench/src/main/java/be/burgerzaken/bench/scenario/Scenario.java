package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

/**
 * One of the product's main jobs as a real client does it over HTTP (bearer token, purpose, the application's
 * access check and protocol log on the server side). A new module's scenario is one class implementing this,
 * listed in {@link ScenarioRegistry}.
 */
public interface Scenario {

    /** Short id used in the report, CSV and {@code -Dbench.scenarios}, e.g. {@code 1-lookup}. */
    String id();

    /** What one operation is, for the report. */
    String title();

    /** True for the trivial-endpoint baseline (its throughput is the ratio's denominator). */
    default boolean baseline() {
        return false;
    }

    /** True when operations change data (each uses its own prepared data once; run after the reads). */
    default boolean writes() {
        return false;
    }

    /** Picks the data the operations use from the loaded database (plain JDBC, before any run). */
    void prepare(BenchData data) throws Exception;

    /**
     * Executes one operation; returns normally when the application answered as a real client expects and throws
     * otherwise ({@link be.burgerzaken.bench.Http.OperationFailed}); throws {@link DataExhausted} when a writing
     * scenario has used all its prepared data.
     */
    void execute(Http http, int worker) throws Exception;

    /** A writing scenario has no unused data left: the step ends early and says so. */
    final class DataExhausted extends RuntimeException {
        public DataExhausted(String what) {
            super(what);
        }
    }
}
