package be.burgerzaken.training.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.api.access.StaffDirectory;
import be.burgerzaken.training.api.ItemState;
import be.burgerzaken.training.api.ItemStatus;
import be.burgerzaken.training.api.RoleCompliance;
import be.burgerzaken.training.api.WarningRun;
import be.burgerzaken.training.persistence.NotificationRow;
import be.burgerzaken.training.persistence.StaffMemberRow;
import be.burgerzaken.training.persistence.TrainingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Expiry warnings (vervalwaarschuwingen / avertissements d'expiration): for every staff member, each required course,
 * declaration or briefing that expires (or is due) within {@code bz.training.warning-days} days, or already runs on
 * grace, becomes a stored notification for the member and the training coordinator, once per item and expiry day.
 *
 * <p>Batches of {@code bz.training.warnings.batch-size} staff members, each its own transaction that locks its rows
 * with {@code FOR UPDATE SKIP LOCKED} and marks them warned for the day: two instances running at once take disjoint
 * staff members, and a second run the same day finds nobody left (as the population's identity-document expiry job).
 */
@ApplicationScoped
public class ExpiryWarnings {
    private static final Logger LOG = Logger.getLogger(ExpiryWarnings.class.getName());

    @Inject
    Batch batch;
    @Inject
    @ConfigProperty(name = "bz.training.warnings.batch-size", defaultValue = "200")
    int batchSize;

    public WarningRun run(LocalDate day, AccessContext context) {
        int size = Math.max(1, Math.min(batchSize, 5_000));
        int checked = 0;
        int created = 0;
        int batches = 0;
        boolean complete = true;
        while (true) {
            int[] done;
            try {
                done = batch.warn(day, size, context);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "training expiry warnings: batch " + (batches + 1) + " rolled back", e);
                complete = false;
                break;
            }
            batches++;
            checked += done[0];
            created += done[1];
            if (done[0] < size) {
                break;
            }
        }
        LOG.info("training expiry warnings on " + day + ": " + created + " warning(s) for " + checked
                + " staff member(s) in " + batches + " batch(es)");
        return new WarningRun(day, checked, created, batches, complete);
    }

    /** One batch, one transaction. */
    @ApplicationScoped
    public static class Batch {
        @Inject
        TrainingStore store;
        @Inject
        ComplianceCalculator calculator;
        @Inject
        StaffDirectory directory;
        @Inject
        ProtocolLog log;
        @Inject
        Clock clock;
        @Inject
        Event<TrainingChanged> changed;

        /** Answers {checked, created}. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public int[] warn(LocalDate day, int size, AccessContext context) {
            List<UUID> ids = store.lockUnwarned(day, size);
            if (ids.isEmpty()) {
                return new int[] {0, 0};
            }
            Map<String, Set<String>> roles = directory.staffRoles();
            ComplianceCalculator.Data data = calculator.load(ids);
            int created = 0;
            for (StaffMemberRow s : store.staff(ids)) {
                Map<String, RoleCompliance> c = calculator.evaluate(data, s.id(), roles.getOrDefault(s.userName(),
                        Set.of()), day);
                for (RoleCompliance rc : c.values()) {
                    for (ItemState i : rc.items()) {
                        LocalDate when = switch (i.status()) {
                            case EXPIRING -> i.validUntil();
                            case IN_GRACE, DUE -> i.graceUntil();
                            default -> null;
                        };
                        if (when == null || store.notified(s.id(), i.missingName(), when)) {
                            continue;
                        }
                        store.persist(new NotificationRow().id(UUID.randomUUID()).staffId(s.id())
                                .itemCode(i.missingName()).expiresOn(when).message(message(i, rc.role(), when))
                                .createdAt(clock.instant()));
                        store.flush();
                        created++;
                    }
                }
            }
            store.markWarned(ids, day);
            if (created > 0) {
                log.record(ProtocolRecord.of(ProtocolAction.CREATE, Set.of(), List.of(), context,
                        "training: " + created + " expiry warning(s) for " + ids.size() + " staff member(s)",
                        ProtocolOutcome.OK));
                changed.fire(new TrainingChanged("expiry warnings"));
            }
            return new int[] {ids.size(), created};
        }

        static String message(ItemState i, String role, LocalDate when) {
            return switch (i.status()) {
                case EXPIRING -> i.missingName() + " for role " + role + " expires on " + when;
                case DUE -> i.missingName() + " for role " + role + " is due by " + when;
                default -> i.missingName() + " for role " + role + " has expired; grace until " + when;
            };
        }
    }
}
