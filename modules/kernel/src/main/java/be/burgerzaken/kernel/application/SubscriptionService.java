package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.identity.InvalidNationalNumberException;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.persistence.IntegratorStore;
import be.burgerzaken.kernel.persistence.IntegratorStore.AuthorisationRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.NotificationRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.SubscriptionRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An integrator's mutation subscriptions (abonnement op mutaties / abonnement aux mutations) and its pull feed.
 * A subscription is on one person (by national number) or on a category (an information type for every resident,
 * e.g. DEATH or MAIN_RESIDENCE); its purpose must be covered by a current authorisation, and a category needs
 * that type with the population scope ALL. With a callback URL the notifications are also pushed as signed
 * webhooks; every notification is in the feed.
 */
@ApplicationScoped
@Transactional
public class SubscriptionService {

    public record SubscriptionInput(String nationalNumber, String category, String callbackUrl, String purpose) {
    }

    /** A subscription as its owner sees it; {@code secret} is only returned when it is created. */
    public record SubscriptionView(String id, String personId, String category, String callbackUrl, String purpose,
                                   boolean active, String secret) {
    }

    public record Feed(List<jakarta.json.JsonValue> items, long nextCursor) {
    }

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    IntegratorStore store;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.integrators.webhook.allow-http", defaultValue = "false")
    boolean allowHttp;

    public SubscriptionView subscribe(SubscriptionInput in, AccessContext context) {
        Actor actor = require(context, List.of());
        if (in == null) {
            throw new ValidationException("body", "required", "nationalNumber or category, purpose");
        }
        boolean person = in.nationalNumber() != null && !in.nationalNumber().isBlank();
        boolean category = in.category() != null && !in.category().isBlank();
        if (person == category) {
            throw new ValidationException(person ? "category" : "nationalNumber", "one-of",
                    "subscribe on a person (nationalNumber) or on a category, not both");
        }
        String url = in.callbackUrl() == null || in.callbackUrl().isBlank() ? null : in.callbackUrl().strip();
        if (url != null) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("callbackUrl", "invalid", "not a URL");
            }
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || (allowHttp && "http".equals(uri.getScheme())))) {
                throw new ValidationException("callbackUrl", "https-required", "the callback must be an https URL");
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(IntegratorAccessService.BELGIUM));
        String purpose = context.purpose().strip();
        List<AuthorisationRow> covering = store.authorisations(actor.name(), false).stream()
                .filter(a -> purpose.toLowerCase(Locale.ROOT).startsWith(a.purpose().toLowerCase(Locale.ROOT)))
                .filter(a -> !a.validFrom().isAfter(today) && (a.validTo() == null || !a.validTo().isBefore(today)))
                .toList();
        if (covering.isEmpty()) {
            throw denied(context, List.of(), "no current authorisation covers the purpose '" + purpose + "'", "purpose");
        }
        String personId = null;
        String cat = null;
        if (person) {
            String digits;
            try {
                digits = NationalNumber.parse(in.nationalNumber()).digits();
            } catch (InvalidNationalNumberException e) {
                throw new ValidationException("nationalNumber", "invalid", e.getMessage());
            }
            List<?> ids = em.createNativeQuery("SELECT id FROM kernel.person WHERE national_number = ?")
                    .setParameter(1, digits).getResultList();
            if (ids.isEmpty()) {
                throw new NotFoundException("no person with national number " + digits);
            }
            personId = ids.get(0).toString();
        } else {
            InformationType type;
            try {
                type = InformationType.fromCode(in.category().strip());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("category", "unknown", "unknown category " + in.category()
                        + "; use an information type, e.g. DEATH or MAIN_RESIDENCE");
            }
            boolean ok = covering.stream().anyMatch(a -> IntegratorAccessService.SCOPE_ALL.equals(a.populationScope())
                    && a.types().contains(type.code()));
            if (!ok) {
                throw denied(context, List.of(), "a subscription on every resident's " + type.name()
                        + " needs an authorisation for information type " + type.code()
                        + " with population scope ALL", "informationType:" + type.code());
            }
            cat = type.code();
        }
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        String secret = url == null ? null : HexFormat.of().formatHex(b);
        String id = UUID.randomUUID().toString();
        store.insertSubscription(new SubscriptionRow(id, actor.name(), personId, cat, url, secret, purpose, true,
                clock.instant(), null));
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, List.of(), personId == null ? List.of()
                : List.of(UUID.fromString(personId)), context, "subscribe " + (cat == null ? "person" : cat), ProtocolOutcome.OK));
        return new SubscriptionView(id, personId, cat, url, purpose, true, secret);
    }

    public List<SubscriptionView> mine(AccessContext context) {
        Actor actor = require(context, List.of());
        return store.subscriptions(actor.name()).stream().map(s -> new SubscriptionView(s.id(), s.personId(),
                s.category(), s.callbackUrl(), s.purpose(), s.active(), null)).toList();
    }

    public void end(String id, AccessContext context) {
        Actor actor = require(context, List.of());
        if (!store.endSubscription(actor.name(), id, clock.instant())) {
            throw new NotFoundException("no active subscription " + id);
        }
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, List.of(), List.of(), context, "end subscription " + id,
                ProtocolOutcome.OK));
    }

    /** The client's notifications after the cursor, oldest first; the next cursor is the last id returned. */
    public Feed feed(long after, int limit, AccessContext context) {
        Actor actor = require(context, List.of());
        int n = Math.min(Math.max(limit, 1), 500);
        List<NotificationRow> rows = store.feed(actor.name(), Math.max(0, after), n);
        List<jakarta.json.JsonValue> items = rows.stream().map(r -> (jakarta.json.JsonValue) jakarta.json.Json
                .createReader(new java.io.StringReader(WebhookDelivery.body(r))).readObject()).toList();
        if (!rows.isEmpty()) {
            log.record(ProtocolRecord.of(ProtocolAction.READ, List.of(), rows.stream().map(r -> UUID.fromString(r.personId()))
                    .distinct().toList(), context, "notification feed after " + after, ProtocolOutcome.OK));
        }
        return new Feed(items, rows.isEmpty() ? Math.max(0, after) : rows.get(rows.size() - 1).id());
    }

    private Actor require(AccessContext context, List<UUID> persons) {
        try {
            return access.require(Capability.SUBSCRIBE_MUTATIONS, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, List.of(), persons, context,
                    "subscriptions", ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private AccessDeniedException denied(AccessContext context, List<UUID> persons, String message, String missing) {
        log.recordIndependently(ProtocolRecord.of(ProtocolAction.CREATE, List.of(), persons, context,
                "subscribe: " + message, ProtocolOutcome.DENIED));
        return new AccessDeniedException(message, List.of(missing));
    }
}
