package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.ActorKind;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.integration.FieldCatalog;
import be.burgerzaken.kernel.api.integration.FieldGrant;
import be.burgerzaken.kernel.api.integration.IntegratorAccess;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.persistence.IntegratorStore;
import be.burgerzaken.kernel.persistence.IntegratorStore.AuthorisationRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Decides which fields an integrator gets: the client's current authorisations whose purpose covers the stated
 * purpose, their information types, history permission and population scope (see {@link IntegratorAccess}).
 * A purpose is covered when it starts with the authorisation's purpose (case-insensitive), e.g. the
 * authorisation "police" covers "police file PV 2026/991".
 */
@ApplicationScoped
public class IntegratorAccessService implements IntegratorAccess {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    public static final String SCOPE_ALL = "ALL";
    public static final String SCOPE_SUBSCRIBED = "SUBSCRIBED";

    @Inject
    AccessControl access;
    @Inject
    IntegratorStore store;
    @Inject
    ProtocolLog log;
    @Inject
    IntegratorRequest request;
    @Inject
    Clock clock;
    @Inject
    ClientRevocations revocations;

    @Override
    @Transactional
    public FieldGrant authorise(FieldCatalog catalog, String fields, AccessContext context, boolean history,
                                Collection<UUID> persons) {
        Actor actor = access.currentActor();
        if (actor.kind() != ActorKind.INTEGRATOR) {
            return FieldGrant.unrestricted();
        }
        AccessControlService.validatePurpose(context);
        Set<String> asked = asked(catalog, fields, history);
        Set<InformationType> askedTypes = EnumSet.noneOf(InformationType.class);
        asked.forEach(f -> askedTypes.add(catalog.fields().get(f)));
        List<UUID> people = persons == null ? List.of() : List.copyOf(persons);

        // the revocation filter's per-client cache (a revocation on this instance clears it at once): one query
        // less per integrator request (issue 10)
        if (!revocations.active(actor.name())) {
            throw deny(askedTypes, people, context, "client " + actor.name() + " is revoked or unknown",
                    List.of("client:" + actor.name()));
        }
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        String purpose = context.purpose().strip().toLowerCase(Locale.ROOT);
        List<AuthorisationRow> all = store.authorisations(actor.name(), false);
        List<AuthorisationRow> forPurpose = all.stream()
                .filter(a -> purpose.startsWith(a.purpose().toLowerCase(Locale.ROOT))).toList();
        if (forPurpose.isEmpty()) {
            throw deny(askedTypes, people, context, "no authorisation of " + actor.name() + " covers the purpose '"
                    + context.purpose().strip() + "'; authorised purposes: " + String.join(", ",
                    all.stream().map(AuthorisationRow::purpose).distinct().toList()), List.of("purpose"));
        }
        List<AuthorisationRow> current = forPurpose.stream().filter(a -> !a.validFrom().isAfter(today)
                && (a.validTo() == null || !a.validTo().isBefore(today))).toList();
        if (current.isEmpty()) {
            AuthorisationRow last = forPurpose.get(forPurpose.size() - 1);
            String when = last.validFrom().isAfter(today) ? "starts on " + last.validFrom()
                    : "expired on " + last.validTo();
            throw deny(askedTypes, people, context, "the authorisation for purpose '" + last.purpose() + "' " + when,
                    List.of("authorisation:" + last.id()));
        }
        Set<InformationType> authorised = EnumSet.noneOf(InformationType.class);
        boolean historyAllowed = false;
        boolean allResidents = false;
        for (AuthorisationRow a : current) {
            a.types().forEach(t -> authorised.add(InformationType.fromCode(t)));
            historyAllowed |= a.historyAllowed();
            allResidents |= SCOPE_ALL.equals(a.populationScope());
        }
        boolean explicit = fields != null && !fields.isBlank();
        if (explicit) {
            List<String> refused = asked.stream().filter(f -> !authorised.contains(catalog.fields().get(f))).toList();
            if (!refused.isEmpty()) {
                List<String> missing = new ArrayList<>();
                refused.forEach(f -> missing.add("field:" + f + " (information type "
                        + catalog.fields().get(f).code() + ")"));
                throw deny(askedTypes, people, context, "not authorised for field" + (refused.size() > 1 ? "s " : " ")
                        + String.join(", ", refused) + " (information type" + (refused.size() > 1 ? "s " : " ")
                        + String.join(", ", refused.stream().map(f -> catalog.fields().get(f).code()).distinct()
                        .toList()) + ") for purpose '" + context.purpose().strip() + "'", missing);
            }
        }
        if (history && !historyAllowed) {
            throw deny(askedTypes, people, context, "the authorisation does not allow history (earlier periods)",
                    List.of("history"));
        }
        Set<String> granted = new LinkedHashSet<>();
        Set<InformationType> grantedTypes = EnumSet.noneOf(InformationType.class);
        for (String f : asked) {
            InformationType t = catalog.fields().get(f);
            if (authorised.contains(t) && (historyAllowed || !catalog.history().contains(f))) {
                granted.add(f);
                grantedTypes.add(t);
            }
        }
        if (granted.isEmpty()) {
            throw deny(askedTypes, people, context, "none of the fields of " + catalog.name()
                    + " is authorised for this client", List.of("fields"));
        }
        FieldGrant grant = FieldGrant.of(actor.name(), granted, catalog.always(), grantedTypes, !allResidents);
        if (!people.isEmpty()) {
            requireInScope(grant, people, context);
        }
        request.grant(grantedTypes);
        return grant;
    }

    @Override
    @Transactional
    public void requireInScope(FieldGrant grant, Collection<UUID> persons, AccessContext context) {
        if (!grant.restricted() || !grant.subscribedOnly()) {
            return;
        }
        if (persons.isEmpty()) {
            throw deny(grant.types(), List.of(), context, "searching needs an authorisation for all residents; "
                    + "this client may read only persons it has a subscription on", List.of("scope"));
        }
        Set<String> subscribed = store.subscribedPersons(grant.clientId(), persons);
        List<UUID> outside = persons.stream().filter(p -> !subscribed.contains(p.toString())).toList();
        if (!outside.isEmpty()) {
            throw deny(grant.types(), outside, context, "this client may read only persons it has a subscription on; "
                    + "not subscribed: " + outside, List.of("scope"));
        }
    }

    static Set<String> asked(FieldCatalog catalog, String fields, boolean history) {
        if (fields == null || fields.isBlank()) {
            Set<String> every = new LinkedHashSet<>(catalog.fields().keySet());
            if (!history) {
                every.removeAll(catalog.history());
            }
            return every;
        }
        Set<String> asked = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String f : fields.split(",")) {
            String name = f.strip();
            if (name.isEmpty() || catalog.always().contains(name)) {
                continue;
            }
            if (catalog.fields().containsKey(name)) {
                asked.add(name);
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException("fields", "unknown", "unknown field" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; " + catalog.name() + " has " + String.join(", ",
                    catalog.fields().keySet()));
        }
        return asked;
    }

    private AccessDeniedException deny(Set<InformationType> types, List<UUID> persons, AccessContext context,
                                       String message, List<String> missing) {
        log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, types, persons, context,
                "integrator authorisation: " + (message.length() > 900 ? message.substring(0, 900) : message), ProtocolOutcome.DENIED));
        return new AccessDeniedException(message, missing);
    }
}
