package be.burgerzaken.training.application;

import be.burgerzaken.kernel.api.access.AccessPolicy;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.ActorKind;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.training.api.ItemState;
import be.burgerzaken.training.api.RoleCompliance;
import be.burgerzaken.training.persistence.StaffMemberRow;
import be.burgerzaken.training.persistence.TrainingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Training gates roles: the kernel's access check asks this policy after the role check, for every protected action
 * (REST and screens). A staff member is refused when none of his or her roles that grant the capability is effective
 * (its courses, declarations and briefings hold, {@link be.burgerzaken.training.domain.RequirementEvaluator}); the
 * 403 names what is missing and the role. API clients and the system are not staff: no requirements. Reading one's
 * own training ({@code READ_OWN_TRAINING}) is never gated, so a blocked member sees what to do.
 *
 * <p>Cheap: the evaluation per user (and set of roles) is cached in memory; every training change in this instance
 * clears the cache when its transaction ends ({@link TrainingChanged}); changes made by another instance are seen
 * after at most {@code bz.training.gate.cache-seconds} (default 60) and at the change of day. A load that raced with
 * a change is not kept (generation counter). A cache miss costs a handful of indexed queries on one staff member.
 */
@ApplicationScoped
public class TrainingGate implements AccessPolicy {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    private static final Set<Capability> NOT_GATED = Set.of(Capability.READ_OWN_TRAINING);

    private record Entry(LocalDate day, long loadedAtNanos, Map<String, RoleCompliance> roles) {
    }

    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @Inject
    TrainingStore store;
    @Inject
    ComplianceCalculator calculator;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.training.gate.cache-seconds", defaultValue = "60")
    long cacheSeconds;

    @Override
    public Optional<Denial> evaluate(Actor actor, Capability capability, Set<String> grantingRoles) {
        if (actor.kind() != ActorKind.STAFF || NOT_GATED.contains(capability) || grantingRoles.isEmpty()) {
            return Optional.empty();
        }
        return decide(compliance(actor.name(), grantingRoles), grantingRoles);
    }

    /**
     * The refusal, when none of the granting roles is effective: the message and {@code missing} name each missing
     * item and each role ({@code role:clerk}); empty as soon as one granting role is effective (or has no record).
     */
    static Optional<Denial> decide(Map<String, RoleCompliance> roles, Set<String> grantingRoles) {
        List<String> missing = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String role : new TreeSet<>(grantingRoles)) {
            RoleCompliance c = roles.get(role);
            if (c == null || c.effective()) {
                return Optional.empty();
            }
            for (ItemState i : c.items()) {
                if (!i.status().holds()) {
                    if (!missing.contains(i.missingName())) {
                        missing.add(i.missingName());
                    }
                    reasons.add(i.missingName() + " " + i.status().name().toLowerCase()
                            + (i.validUntil() == null ? "" : " (last valid day " + i.validUntil() + ")"));
                }
            }
            missing.add("role:" + role);
        }
        return Optional.of(new Denial("your role " + String.join(", ", new TreeSet<>(grantingRoles))
                + " is not effective: its training requirements are not met (" + String.join("; ", reasons)
                + "); see 'my training' or ask the training coordinator", missing));
    }

    /** The evaluation of the user's roles today, from the cache when fresh. */
    Map<String, RoleCompliance> compliance(String userName, Set<String> roles) {
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        String key = userName + "|" + String.join(",", new TreeSet<>(roles));
        Entry e = cache.get(key);
        long now = System.nanoTime();
        if (e != null && e.day().equals(today) && now - e.loadedAtNanos() < cacheSeconds * 1_000_000_000L) {
            return e.roles();
        }
        long gen = generation.get();
        UUID staffId = store.staffByUser(userName).map(StaffMemberRow::id).orElse(null);
        ComplianceCalculator.Data data = calculator.load(staffId == null ? List.of() : List.of(staffId));
        Map<String, RoleCompliance> evaluated = calculator.evaluate(data, staffId, roles, today);
        if (generation.get() == gen) {
            cache.put(key, new Entry(today, now, evaluated));
        }
        return evaluated;
    }

    /** Every training change in this instance: forget everything once the transaction has ended. */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) TrainingChanged change) {
        generation.incrementAndGet();
        cache.clear();
    }
}
