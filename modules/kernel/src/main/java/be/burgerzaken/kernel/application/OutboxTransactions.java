package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.persistence.IntegratorStore;
import be.burgerzaken.kernel.persistence.IntegratorStore.NotificationRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** The two short transactions of a webhook delivery: claiming due notifications and recording the outcome. */
@ApplicationScoped
public class OutboxTransactions {
    private static final Logger LOG = Logger.getLogger(OutboxTransactions.class.getName());

    @Inject
    IntegratorStore store;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<NotificationRow> claim(int batch, long timeoutSeconds) {
        Instant now = clock.instant();
        return store.claimDue(now, now.plusSeconds(timeoutSeconds * 3 + 5), batch);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(NotificationRow n, String error, int maxAttempts, long backoffSeconds, long backoffMaxSeconds) {
        int attempts = n.attempts() + 1;
        Instant now = clock.instant();
        if (error == null) {
            store.delivered(n.id(), now, attempts);
            return;
        }
        boolean dead = attempts >= maxAttempts;
        long delay = Math.min(backoffMaxSeconds, backoffSeconds * (1L << Math.min(20, attempts - 1)));
        store.failed(n.id(), attempts, now.plusSeconds(delay), error, dead);
        if (dead) {
            LOG.warning("webhook: notification " + n.id() + " moved to the dead-letter list after " + attempts
                    + " attempts: " + error);
        }
    }
}
