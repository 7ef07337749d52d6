package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.population.api.ExpiryRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The expiry of identity documents (vervallen / expiration) as a batch job: activated cards whose last valid day
 * is before {@code day} are recorded EXPIRED, {@code bz.population.document-expiry.batch-size} cards per
 * transaction ({@link DocumentExpiryBatch}), until a batch finds fewer cards than its size. The caller runs it as
 * the system actor and outside any transaction ({@code IdentityDocuments.runExpiry}).
 *
 * <p>Safe with several instances: each batch locks its cards with {@code FOR UPDATE SKIP LOCKED}, so an instance
 * never waits for, nor expires, a card another one holds; a card already expired is no longer a candidate. The
 * step itself is the ordinary {@code recordExpiry} with the version read under the lock (optimistic locking as for
 * any change). A failing batch rolls back alone; the run stops and the next run picks the cards up again.
 */
@ApplicationScoped
public class DocumentExpiryJob {
    private static final Logger LOG = Logger.getLogger(DocumentExpiryJob.class.getName());

    @Inject
    DocumentExpiryBatch batch;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.population.document-expiry.batch-size", defaultValue = "200")
    int batchSize;

    public ExpiryRun run(LocalDate day, AccessContext context) {
        Instant started = clock.instant();
        int size = Math.max(1, Math.min(batchSize, 5_000));
        int expired = 0;
        int batches = 0;
        boolean complete = true;
        while (true) {
            int done;
            try {
                done = batch.expire(day, size, context);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "identity-document expiry: batch " + (batches + 1) + " rolled back; the next "
                        + "run takes its cards again", e);
                complete = false;
                break;
            }
            batches++;
            expired += done;
            if (done < size) {
                break;
            }
        }
        ExpiryRun run = new ExpiryRun(day, expired, batches, complete, started, clock.instant());
        LOG.info("identity-document expiry on " + day + ": " + expired + " card(s) expired in " + batches
                + " batch(es)" + (complete ? "" : " (stopped early)"));
        return run;
    }
}
