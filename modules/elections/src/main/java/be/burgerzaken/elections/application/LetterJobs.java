package be.burgerzaken.elections.application;

import be.burgerzaken.elections.api.LetterJobView;
import be.burgerzaken.kernel.api.access.AccessContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Starting and resuming the letter batch: the job row is committed first ({@link LetterService}), then the background
 * runner ({@link LetterRunner}) is started, so a runner never works on a job that did not commit.
 */
@ApplicationScoped
public class LetterJobs {
    @Inject
    LetterService letters;
    @Inject
    LetterRunner runner;

    public LetterJobView start(UUID electionId, Integer stationNumber, AccessContext context) {
        LetterJobView job = letters.start(electionId, stationNumber, context);
        runner.run(UUID.fromString(job.id()), LetterService.INSTANCE);
        return job;
    }

    public LetterJobView resume(UUID jobId, AccessContext context) {
        LetterJobView job = letters.resume(jobId, context);
        runner.run(jobId, LetterService.INSTANCE);
        return job;
    }
}
