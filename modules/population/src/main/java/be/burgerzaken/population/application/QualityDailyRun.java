package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.population.api.QualityRun;
import be.burgerzaken.population.api.QualitySignals;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the quality rules every night at 02:30 (server time) as the system actor, for today; the run is logged in the
 * protocol log like any other (channel BATCH). {@code bz.population.quality.daily-run=false} switches it off. The
 * timer is not persistent: a night the server is down is simply skipped (the next run finds the same facts).
 */
@Singleton
public class QualityDailyRun {
    private static final Logger LOG = Logger.getLogger(QualityDailyRun.class.getName());

    @Inject
    QualitySignals signals;
    @Inject
    AccessControl access;
    @Inject
    @ConfigProperty(name = "bz.population.quality.daily-run", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "population quality rules, daily")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily() {
        if (!enabled) {
            return;
        }
        try {
            QualityRun run = access.asSystem(() -> signals.run(null, AccessContext.batch("daily quality rules run")));
            LOG.info(() -> "quality rules run on " + run.date() + ": " + run.newSignals() + " new signals");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the daily quality rules run failed; it runs again tomorrow", e);
        }
    }
}
