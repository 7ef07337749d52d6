package be.burgerzaken.training.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.training.api.Training;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly expiry warnings: an EJB calendar timer (non-persistent: every instance has its own) at
 * {@code bz.training.warnings.time} (Belgian time, default 03:00) runs {@link Training#runExpiryWarnings} as the
 * system. With two instances both run; each staff member is taken by exactly one of them ({@link ExpiryWarnings}).
 * {@code bz.training.warnings.enabled=false} switches the timer off (the REST run stays available).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ExpiryWarningSchedule {
    private static final Logger LOG = Logger.getLogger(ExpiryWarningSchedule.class.getName());
    static final String PURPOSE = "nightly training expiry warnings";

    @Resource
    TimerService timers;
    @Inject
    Training training;
    @Inject
    AccessControl access;
    @Inject
    @ConfigProperty(name = "bz.training.warnings.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "bz.training.warnings.time", defaultValue = "03:00")
    String time;

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("training expiry warnings: nightly job switched off (bz.training.warnings.enabled)");
            return;
        }
        LocalTime at;
        try {
            at = LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("bz.training.warnings.time: '" + time + "' is not a time of day (HH:mm)", e);
        }
        ScheduleExpression daily = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(TrainingGate.BELGIUM.getId());
        Timer timer = timers.createCalendarTimer(daily, new TimerConfig("training expiry warnings", false));
        LOG.info("training expiry warnings: nightly at " + at + " Europe/Brussels, next run " + timer.getNextTimeout());
    }

    @Timeout
    void run() {
        try {
            access.asSystem(() -> training.runExpiryWarnings(AccessContext.batch(PURPOSE)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "training expiry warnings: the nightly run failed", e);
        }
    }
}
