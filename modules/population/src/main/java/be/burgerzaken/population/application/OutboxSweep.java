package be.burgerzaken.population.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes the population outbox rows left unpublished (a crash after the commit, a failed asynchronous
 * publication) every minute, at second 20, on every instance (rows are claimed one by one, so instances never
 * publish a row twice). {@code bz.population.outbox.sweep=false} switches it off on an instance (issue 3, task M).
 */
@Singleton
public class OutboxSweep {
    private static final Logger LOG = Logger.getLogger(OutboxSweep.class.getName());

    @Inject
    OutboxPublisher publisher;
    @Inject
    @ConfigProperty(name = "bz.population.outbox.sweep", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "*", minute = "*", second = "20", persistent = false, info = "population outbox sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        if (!enabled) {
            return;
        }
        try {
            int rounds = 0;
            while (publisher.publishPending() > 0 && ++rounds < 50) {
                // the next hundred
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "population outbox sweep failed; it runs again in a minute", e);
        }
    }
}
