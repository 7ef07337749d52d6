package be.burgerzaken.elections.application;

import be.burgerzaken.kernel.api.access.AccessControl;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a convocation-letter job in the background, chunk after chunk ({@link LetterChunk}, each in its own
 * transaction), as the system actor, until the job is done, stopped or taken over. Settings:
 * {@code bz.elections.letters.chunk-size} (default 500, at most 1000: one print run per chunk, ADR 0011) and {@code bz.elections.letters.chunk-pause-ms} (default 0: a
 * pause after each chunk, to spare the database during office hours; the crash test uses it to kill the server
 * mid-batch).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LetterRunner {
    private static final Logger LOG = Logger.getLogger(LetterRunner.class.getName());

    @Inject
    LetterChunk chunk;
    @Inject
    AccessControl access;
    @Inject
    @ConfigProperty(name = "bz.elections.letters.chunk-size", defaultValue = "500")
    int chunkSize;
    @Inject
    @ConfigProperty(name = "bz.elections.letters.chunk-pause-ms", defaultValue = "0")
    long pauseMs;

    @Asynchronous
    public void run(UUID jobId, String runner) {
        access.asSystem(() -> {
            int size = Math.max(1, Math.min(chunkSize, 1000));
            try {
                int[] after = null;
                while (true) {
                    LetterChunk.Done done = chunk.next(jobId, runner, size, after);
                    if (done.issued() < 0 || (done.issued() == 0 && after == null)) {
                        break;
                    }
                    // behind the cursor; once nothing is left there, one pass from the start completes the job
                    after = done.last();
                    if (pauseMs > 0 && done.issued() > 0) {
                        Thread.sleep(pauseMs);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "convocation letters: job " + jobId + " failed; resume it", e);
                chunk.failed(jobId, runner, e.toString());
            }
            return null;
        });
    }
}
