package be.burgerzaken.bench.scenario;

import be.burgerzaken.bench.Http;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-shot job timed once per dataset (scenario 6: the voter list for all residents, then the letter batch),
 * with the application's heap sampled while it runs. The job times its own parts (setup over REST is not timed).
 */
public interface BatchJob {

    String id();

    String title();

    /** Picks the data the job uses from the loaded database (plain JDBC, before any run). */
    void prepare(BenchData data) throws Exception;

    /** Runs the job to its end (or its time limit); returns its notes and targets for the report. */
    Outcome run(Http http, Context context) throws Exception;

    /**
     * What the job may use besides HTTP.
     *
     * @param appPid    the application's JVM (heap sampling with jcmd/jstat)
     * @param persons   the dataset size
     * @param out       the report directory (sample files)
     * @param label     the dataset label, e.g. 100k
     * @param maxSeconds the longest a batch may run before the harness stops it and extrapolates
     */
    record Context(long appPid, int persons, Path out, String label, int maxSeconds) {
    }

    /** Notes (one line each) and targets (target, measured, verdict) for the report. */
    record Outcome(List<String> notes, List<String[]> targets) {
        public Outcome() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        public void target(String target, String measured, boolean met) {
            targets.add(new String[] {target, measured, met ? "met" : "MISSED"});
        }
    }
}
