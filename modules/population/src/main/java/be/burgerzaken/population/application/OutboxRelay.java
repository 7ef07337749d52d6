package be.burgerzaken.population.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Starts the outbox publication after the commit of a transaction that wrote to the outbox. */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Inject
    OutboxPublisher publisher;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        try {
            publisher.publishPending();
        } catch (RuntimeException e) {
            LOG.warning("outbox publication failed; the rows go out with the next publication: " + e);
        }
    }
}
