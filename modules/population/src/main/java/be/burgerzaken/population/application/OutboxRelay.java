package be.burgerzaken.population.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Starts the outbox publication after the commit of a transaction that wrote to the outbox. The publication runs
 * asynchronously ({@link Publication}), in a transaction of its own: started from the after-commit callback itself,
 * its new transaction failed every time ("Invalid transaction passed to resume()": the completed one cannot be
 * resumed), so rows only went out with the next scheduled publication.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @EJB
    Publication publication;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        try {
            publication.publish();
        } catch (RuntimeException e) {
            LOG.warning("outbox publication not started; the rows go out with the next publication: " + e);
        }
    }

    /** Publishes what is pending, on a container thread after the caller's commit. */
    @Stateless
    public static class Publication {
        @Inject
        OutboxPublisher publisher;

        @Asynchronous
        public void publish() {
            try {
                publisher.publishPending();
            } catch (RuntimeException e) {
                LOG.warning("outbox publication failed; the rows go out with the next publication: " + e);
            }
        }
    }
}
