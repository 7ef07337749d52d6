package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.population.api.IdentityDocuments;
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
 * The daily expiry of identity documents: an EJB calendar timer (non-persistent, so every instance has its own)
 * at {@code bz.population.document-expiry.time} (Belgian time, default 02:30) calls
 * {@link IdentityDocuments#runExpiry} as the system actor. With several instances every one of them runs it; the
 * job takes each card in exactly one of them ({@link DocumentExpiryJob}), so the second finds nothing left to do.
 * {@code bz.population.document-expiry.enabled=false} switches the timer off (the REST run stays available).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DocumentExpirySchedule {
    private static final Logger LOG = Logger.getLogger(DocumentExpirySchedule.class.getName());
    static final String PURPOSE = "daily expiry of identity documents past their last valid day";

    @Resource
    TimerService timers;
    @Inject
    IdentityDocuments documents;
    @Inject
    AccessControl access;
    @Inject
    @ConfigProperty(name = "bz.population.document-expiry.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "bz.population.document-expiry.time", defaultValue = "02:30")
    String time;

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("identity-document expiry: daily job switched off (bz.population.document-expiry.enabled)");
            return;
        }
        LocalTime at = time(time);
        ScheduleExpression daily = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(IdentityDocumentService.BELGIUM.getId());
        Timer timer = timers.createCalendarTimer(daily, new TimerConfig("identity-document expiry", false));
        LOG.info("identity-document expiry: daily at " + at + " Europe/Brussels, next run " + timer.getNextTimeout());
    }

    @Timeout
    void run() {
        try {
            access.asSystem(() -> documents.runExpiry(AccessContext.batch(PURPOSE)));
        } catch (RuntimeException e) {
            // never let the timer die: tomorrow's run takes the cards left
            LOG.log(Level.WARNING, "identity-document expiry: the daily run failed", e);
        }
    }

    static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalStateException("bz.population.document-expiry.time: '" + text
                    + "' is not a time of day (HH:mm)", e);
        }
    }
}
