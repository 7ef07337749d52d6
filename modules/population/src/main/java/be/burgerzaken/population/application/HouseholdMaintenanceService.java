package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.Address;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.HouseholdHistoryEntry;
import be.burgerzaken.population.api.HouseholdMaintenance;
import be.burgerzaken.population.api.HouseholdMember;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.PositionChange;
import be.burgerzaken.population.api.ReferencePersonChange;
import be.burgerzaken.population.domain.Household;
import be.burgerzaken.population.domain.HouseholdMaintenanceRules;
import be.burgerzaken.population.domain.HouseholdMembership;
import be.burgerzaken.population.domain.HouseholdRules;
import be.burgerzaken.population.domain.RegisterRules;
import be.burgerzaken.population.persistence.PopulationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Household maintenance without a move (issue 3): the reference person and a member's position change on a date
 * (the open membership ends, a new one begins: the composition history keeps both), in one transaction with the
 * household's version bumped first, and the composition history. Refusals are logged on their own.
 */
@ApplicationScoped
@Transactional
public class HouseholdMaintenanceService implements HouseholdMaintenance {
    static final Set<InformationType> TYPES = EnumSet.of(InformationType.HOUSEHOLD);
    private static final Logger LOG = Logger.getLogger(HouseholdMaintenanceService.class.getName());

    @Inject
    PopulationStore store;
    @Inject
    FileAssembler files;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    IdempotencyKeys keys;
    @Inject
    IntegratorNotificationsBridge integrators;

    private record Done(String text, LocalDate asOf, List<UUID> persons) {
    }

    @FunctionalInterface
    private interface Work {
        Done apply(Household household, List<HouseholdMembership> open, Actor actor, LocalDate today, Instant now);
    }

    @Override
    public HouseholdComposition changeReferencePerson(UUID householdId, ReferencePersonChange c, Long expectedVersion,
                                                      AccessContext context, String idempotencyKey) {
        return command("population.household-reference-person", householdId, c, expectedVersion, context,
                idempotencyKey, (household, open, actor, today, now) -> {
                    List<FieldProblem> problems = new ArrayList<>();
                    Basis basis = RegisterRules.basis(c.basis(), "DECLARATION", problems);
                    String born = c.newReferencePersonId() == null ? null
                            : store.birthDates(List.of(c.newReferencePersonId())).get(c.newReferencePersonId());
                    HouseholdMaintenanceRules.checkReferencePersonChange(open, c.newReferencePersonId(), born,
                            c.previousReferencePosition(), c.date(), today, problems);
                    refuseOn(problems);

                    lock(household);
                    String by = actor.name();
                    HouseholdMembership current = open.stream().filter(m -> HouseholdPosition.REFERENCE_PERSON.code()
                            .equals(m.position())).findFirst().orElse(null);
                    HouseholdMembership named = open.stream().filter(m -> m.personId().equals(c.newReferencePersonId()))
                            .findFirst().orElseThrow();
                    if (current != null) {
                        current.close(c.date(), now, by);
                    }
                    named.close(c.date(), now, by);
                    flush(); // one open membership per person: the old ones close before the new ones open
                    if (current != null) {
                        store.add(new HouseholdMembership(UUID.randomUUID(), household.id(), current.personId(),
                                c.previousReferencePosition().code(), c.date(), now, by));
                    }
                    store.add(new HouseholdMembership(UUID.randomUUID(), household.id(), named.personId(),
                            HouseholdPosition.REFERENCE_PERSON.code(), c.date(), now, by));
                    flush();
                    List<UUID> members = open.stream().map(HouseholdMembership::personId).distinct().toList();
                    integrators.householdChange(members, "reference person change");
                    return new Done("household " + household.id() + " reference person " + named.personId() + " from "
                            + c.date() + (current == null ? " (had none)" : "; former reference person "
                            + current.personId() + " now " + c.previousReferencePosition().code()) + " " + basis.kind()
                            + (basis.reference() == null ? "" : " " + basis.reference()), c.date(), members);
                });
    }

    @Override
    public HouseholdComposition changePosition(UUID householdId, UUID personId, PositionChange c, Long expectedVersion,
                                               AccessContext context, String idempotencyKey) {
        return command("population.household-position", householdId, c == null ? null : new Object[] {personId, c},
                expectedVersion, context, idempotencyKey, (household, open, actor, today, now) -> {
                    HouseholdMembership member = open.stream().filter(m -> m.personId().equals(personId)).findFirst()
                            .orElse(null);
                    List<FieldProblem> problems = new ArrayList<>();
                    HouseholdMaintenanceRules.checkPositionChange(member, c.position(), c.date(), today, problems);
                    refuseOn(problems);

                    lock(household);
                    String by = actor.name();
                    String before = member.position();
                    member.close(c.date(), now, by);
                    flush();
                    store.add(new HouseholdMembership(UUID.randomUUID(), household.id(), personId,
                            c.position().code(), c.date(), now, by));
                    flush();
                    integrators.householdChange(List.of(personId), "household position change");
                    return new Done("household " + household.id() + " member " + personId + " position " + before
                            + " -> " + c.position().code() + " from " + c.date(), c.date(), List.of(personId));
                });
    }

    @Override
    public List<HouseholdHistoryEntry> history(UUID householdId, AccessContext context) {
        String query = "household history " + householdId;
        require(context, ProtocolAction.READ, List.of(), query, Capability.READ_PERSON);
        Household h = household(householdId, context, query);
        List<HouseholdHistoryEntry> entries = store.membersOf(h.id()).stream()
                .sorted(Comparator.comparing(HouseholdMembership::validFrom)
                        .thenComparing(HouseholdMembership::recordedAt)
                        .thenComparing(HouseholdMembership::position))
                .map(m -> new HouseholdHistoryEntry(m.personId(), HouseholdPosition.fromCode(m.position()),
                        m.position(), m.validFrom(), m.validTo(), m.recordedAt(), m.recordedBy(), m.closedAt(),
                        m.closedBy())).toList();
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, entries.stream().map(HouseholdHistoryEntry::personId)
                .distinct().toList(), context, query, ProtocolOutcome.OK));
        return entries;
    }

    /** The household's composition on the day (members valid then, reference person first). */
    HouseholdComposition composition(Household h, LocalDate day) {
        List<HouseholdMember> members = HouseholdRules.membersOn(store.membersOf(h.id()), day).stream()
                .map(m -> new HouseholdMember(m.personId(), HouseholdPosition.fromCode(m.position()), m.position(),
                        m.validFrom(), m.validTo())).toList();
        Address address = files.addresses(List.of(h.addressId())).get(h.addressId());
        return new HouseholdComposition(h.id(), address, h.collective(), day, members, h.version());
    }

    // ------------------------------------------------------------------ the command skeleton

    private HouseholdComposition command(String operation, UUID householdId, Object request, Long expectedVersion,
                                         AccessContext context, String idempotencyKey, Work work) {
        Actor actor = require(context, ProtocolAction.CHANGE, List.of(), operation, Capability.WRITE_PERSON);
        if (request == null) {
            throw new ValidationException("body", "required", "the request body is required");
        }
        String fingerprint = IdempotencyKeys.fingerprint(operation + " " + householdId + " "
                + (request instanceof Object[] a ? List.of(a) : request));
        LocalDate today = LocalDate.now(clock.withZone(ResidentService.BELGIUM));
        Household household = household(householdId, context, operation);
        if (idempotencyKey != null) {
            Optional<UUID> previous = keys.previous(idempotencyKey, operation, fingerprint);
            if (previous.isPresent()) {
                HouseholdComposition now = composition(household, today);
                log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, personsOf(now), context,
                        operation + " replayed for Idempotency-Key", ProtocolOutcome.OK));
                return now;
            }
        }
        List<HouseholdMembership> open = store.membersOf(household.id()).stream().filter(m -> m.validTo() == null)
                .toList();
        List<UUID> persons = open.stream().map(HouseholdMembership::personId).distinct().toList();
        if (expectedVersion != null && expectedVersion != household.version()) {
            refuse(persons, context, operation + " refused: stale-version", ProtocolOutcome.DENIED);
            throw ConflictException.staleVersion(expectedVersion, household.version());
        }
        Done done;
        try {
            done = work.apply(household, open, actor, today, clock.instant());
        } catch (ValidationException e) {
            refuse(persons, context, operation + " refused: " + e.problems().stream()
                    .map(p -> p.field() + " " + p.code()).distinct().toList(), ProtocolOutcome.INVALID);
            throw e;
        } catch (DomainException e) {
            refuse(persons, context, operation + " refused: " + e.type(), ProtocolOutcome.DENIED);
            throw e;
        }
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, done.persons(), context,
                operation + ": " + done.text(), ProtocolOutcome.OK));
        if (idempotencyKey != null) {
            keys.remember(idempotencyKey, operation, fingerprint, household.id());
        }
        return composition(household, done.asOf());
    }

    private Actor require(AccessContext context, ProtocolAction action, List<UUID> persons, String query,
                          Capability capability) {
        try {
            return access.require(capability, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, TYPES, persons, context, query, ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private Household household(UUID householdId, AccessContext context, String query) {
        if (householdId == null) {
            throw new ValidationException("householdId", "required", "say which household");
        }
        return store.household(householdId).orElseThrow(() -> {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, TYPES, List.of(), context,
                    query + " " + householdId, ProtocolOutcome.NOT_FOUND));
            return new NotFoundException("no household " + householdId);
        });
    }

    private void refuse(List<UUID> persons, AccessContext context, String query, ProtocolOutcome outcome) {
        log.recordIndependently(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, persons, context, query, outcome));
    }

    private static void refuseOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** Bumps the household's version and writes it now: a concurrent change of the household fails (409). */
    private void lock(Household household) {
        store.lockForChange(household);
        flush();
    }

    private void flush() {
        try {
            store.flush();
        } catch (PersistenceException e) {
            LOG.info(() -> "household change refused on a concurrent change: " + e);
            throw new ConflictException("concurrent-change", "the household was changed by someone else at the same "
                    + "time; nothing was stored, reload it and apply your change again", 409);
        }
    }

    private static List<UUID> personsOf(HouseholdComposition c) {
        return c.members().stream().map(HouseholdMember::personId).distinct().toList();
    }
}
