package be.burgerzaken.population.application;

import be.burgerzaken.population.domain.OutboxMessage;
import be.burgerzaken.population.persistence.AddressChangeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Publishes the population outbox after the writing transaction commits. For now "publishing" is a log line and
 * the row's {@code published_at}; delivery to other municipalities and the National Register comes with the
 * integrators issue. A row left unpublished (crash after commit) goes out with the next publication.
 */
@ApplicationScoped
public class OutboxPublisher {
    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class.getName());

    @Inject
    AddressChangeStore store;
    @Inject
    Clock clock;

    /** Marks pending rows published (up to 100), oldest first; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int publishPending() {
        List<OutboxMessage> pending = store.unpublished(100);
        for (OutboxMessage m : pending) {
            LOG.info(() -> "outbox " + m.type() + " " + m.id() + " published: " + m.payload());
            m.published(clock.instant());
        }
        return pending.size();
    }
}
