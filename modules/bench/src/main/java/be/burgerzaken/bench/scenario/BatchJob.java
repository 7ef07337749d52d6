package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

/**
 * A one-shot job timed once per dataset (e.g. scenario 6: the voter list for all residents, then the letter
 * batch), with the application's heap sampled while it runs.
 */
public interface BatchJob {

    String id();

    String title();

    /** The target in seconds for the dataset size, or 0 when none. */
    double targetSeconds(int persons);

    void prepare(BenchData data) throws Exception;

    /** Runs the job to its end; returns a one-line summary (e.g. how many letters). */
    String run(Http http) throws Exception;
}
