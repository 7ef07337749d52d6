package be.burgerzaken.kernel.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the webhook delivery every {@code bz.integrators.webhook.interval-ms} (default 1000) on every instance
 * (a non-persistent interval timer); instances share the work through the outbox's row locks.
 * {@code bz.integrators.webhook.enabled=false} switches delivery off on an instance.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class WebhookSchedule {
    private static final Logger LOG = Logger.getLogger(WebhookSchedule.class.getName());

    @Resource
    TimerService timers;
    @Inject
    WebhookDelivery delivery;
    @Inject
    @ConfigProperty(name = "bz.integrators.webhook.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "bz.integrators.webhook.interval-ms", defaultValue = "1000")
    long interval;

    @PostConstruct
    void schedule() {
        if (enabled) {
            timers.createIntervalTimer(interval * 5, Math.max(200, interval), new TimerConfig("webhook delivery", false));
        }
    }

    @Timeout
    void run() {
        try {
            int n;
            int rounds = 0;
            do {
                n = delivery.deliverDue();
            } while (n > 0 && ++rounds < 20);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhook delivery round failed", e);
        }
    }
}
