package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.Channel;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.Address;
import be.burgerzaken.population.api.AddressChangeDecision;
import be.burgerzaken.population.api.AddressChangeDeclaration;
import be.burgerzaken.population.api.AddressChangeStatus;
import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.problem.DomainException;
import org.eclipse.microprofile.config.ConfigProvider;
import be.burgerzaken.population.api.AddressChangeStep;
import be.burgerzaken.population.api.AddressChangeView;
import be.burgerzaken.population.api.AddressChanged;
import be.burgerzaken.population.api.AddressChanges;
import be.burgerzaken.population.api.DeclarationChannel;
import be.burgerzaken.population.api.DeclarationDeadline;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.MovingMember;
import be.burgerzaken.population.api.OriginKind;
import be.burgerzaken.population.api.ResidenceCheck;
import be.burgerzaken.population.api.ResidenceCheckCorrection;
import be.burgerzaken.population.api.ResidenceCheckEntryView;
import be.burgerzaken.population.domain.ResidenceCheckCorrections;
import be.burgerzaken.population.domain.ResidenceCheckEntry;
import be.burgerzaken.population.domain.AddressChange;
import be.burgerzaken.population.domain.AddressChangeDeadlines;
import be.burgerzaken.population.domain.AddressChangeLifecycle;
import be.burgerzaken.population.domain.AddressChangeMember;
import be.burgerzaken.population.domain.AddressRow;
import be.burgerzaken.population.domain.AddressRules;
import be.burgerzaken.population.domain.Household;
import be.burgerzaken.population.domain.HouseholdMembership;
import be.burgerzaken.population.domain.HouseholdRules;
import be.burgerzaken.population.domain.OpenAddressChange;
import be.burgerzaken.population.domain.OutboxMessage;
import be.burgerzaken.population.domain.ReferencePersonSuccession;
import be.burgerzaken.population.domain.Residence;
import be.burgerzaken.population.domain.Resident;
import be.burgerzaken.population.domain.StreetRow;
import be.burgerzaken.population.persistence.AddressChangeStore;
import be.burgerzaken.population.persistence.PopulationStore;
import be.burgerzaken.population.persistence.StreetLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The change of address (adreswijziging / changement d'adresse), domain.md section 3: declaration by an adult of
 * the household, police residence check, decision; on approval the movers' main residence and household change
 * from the declaration date, all or nothing, with an outbox row and an {@link AddressChanged} event in the same
 * transaction. Access check first, then the work, then the protocol-log entry in the same transaction.
 */
@ApplicationScoped
@Transactional
public class AddressChangeService implements AddressChanges {
    static final List<InformationType> TYPES = List.of(InformationType.MAIN_RESIDENCE, InformationType.HOUSEHOLD);
    static final int ADULT = 18;
    static final String DECLARE_OPERATION = "population.address-change-declaration";
    private static final Logger LOG = Logger.getLogger(AddressChangeService.class.getName());

    @Inject
    AddressChangeStore changes;
    @Inject
    PopulationStore store;
    @Inject
    Addresses addresses;
    @Inject
    StreetLoader streets;
    @Inject
    PersonDirectory directory;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    FileAssembler files;
    @Inject
    AddressChangeDeadlines deadlines;
    @Inject
    Event<AddressChanged> addressChanged;
    @Inject
    Event<OutboxWritten> outboxWritten;
    @Inject
    IdempotencyKeys keys;

    @Override
    public AddressChangeView declare(AddressChangeDeclaration d, AccessContext context) {
        List<UUID> persons = d == null || d.members() == null ? List.of()
                : d.members().stream().filter(m -> m != null && m.personId() != null).map(MovingMember::personId)
                .distinct().toList();
        Actor actor = require(Capability.DECLARE_ADDRESS_CHANGE, context, ProtocolAction.CREATE, persons,
                "change-of-address declaration");
        if (d == null) {
            throw new ValidationException("body", "required", "the declaration is required");
        }
        streets.ensureLoaded();
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        // the declarant and their household today
        HouseholdMembership declarantMembership = null;
        if (d.declarantId() == null) {
            problems.add(new FieldProblem("declarantId", "required", "the person who declares is required"));
        } else if (registered(d.declarantId()) == null) {
            problems.add(new FieldProblem("declarantId", "not-registered", "the declarant " + d.declarantId()
                    + " is not registered in the population registers of the city"));
        } else {
            declarantMembership = openMembership(d.declarantId());
            if (declarantMembership == null) {
                problems.add(new FieldProblem("declarantId", "no-household", "the declarant belongs to no household"));
            }
            adult(d.declarantId(), today, context, problems);
        }
        if (d.moveDate() == null) {
            problems.add(new FieldProblem("moveDate", "required", "the date of the move is required"));
        } else if (d.moveDate().isAfter(today)) {
            problems.add(new FieldProblem("moveDate", "future", "a move cannot be declared before it happens ("
                    + d.moveDate() + " is after today, " + today + ")"));
        }
        LocalDate declaredOn = d.declaredOn() == null ? today : d.declaredOn();
        if (declaredOn.isAfter(today)) {
            problems.add(new FieldProblem("declaredOn", "future", "the declaration date " + declaredOn
                    + " is after today (" + today + ")"));
        } else if (d.moveDate() != null && !d.moveDate().isAfter(today) && declaredOn.isBefore(d.moveDate())) {
            problems.add(new FieldProblem("declaredOn", "before-move", "the declaration date " + declaredOn
                    + " is before the move (" + d.moveDate() + "): a move is declared once it happened"));
        }
        String channel = channel(d.channel(), context, problems);
        Addresses.Checked checkedAddress = addresses.check(d.address(), d.moveDate(), problems);
        StreetRow street = checkedAddress.street();
        AddressRules.Parts parts = checkedAddress.parts();
        List<MovingMember> movers = members(d, declarantMembership, problems);
        Household target = targetHousehold(d, movers, street, parts, problems);
        if (declarantMembership != null && street != null && parts != null) {
            AddressRow current = store.address(store.household(declarantMembership.householdId()).orElseThrow()
                    .addressId()).orElseThrow();
            if (current.streetCode().equals(street.streetCode()) && current.houseNumber().equals(parts.houseNumber())
                    && current.box().equals(parts.box())) {
                problems.add(new FieldProblem("address", "same-address", "the household already lives at this address"));
            }
        }
        if (d.moveDate() != null) {
            for (MovingMember m : movers) {
                Residence r = openResidence(m.personId());
                if (r != null && d.moveDate().isBefore(r.validFrom())) {
                    problems.add(new FieldProblem("moveDate", "before-current-residence", "the move date " + d.moveDate()
                            + " is before " + m.personId() + " started living at the current address (" + r.validFrom() + ")"));
                    break;
                }
            }
        }
        UUID newReferencePerson = declarantMembership == null ? null
                : newReferencePerson(d, declarantMembership, movers, declaredOn, context, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<OpenAddressChange> open = changes.open(persons);
        if (!open.isEmpty()) {
            throw openProcedure(open.get(0));
        }
        Instant now = clock.instant();
        try {
            AddressRow address = addresses.findOrAdd(street, parts);
            AddressChange change = new AddressChange(UUID.randomUUID(), d.declarantId(),
                    declarantMembership.householdId(), address.id(), target == null ? null : target.id(), d.moveDate(),
                    declaredOn, deadlines, now, actor.name(), channel, newReferencePerson);
            changes.add(change);
            changes.flush();
            changes.setFromHousehold(change.id(), declarantMembership.householdId());
            for (MovingMember m : movers) {
                changes.add(new AddressChangeMember(change.id(), m.personId(), m.position().code()));
                changes.add(new OpenAddressChange(m.personId(), change.id()));
            }
            changes.flush();
            List<UUID> concerned = new ArrayList<>(persons);
            if (newReferencePerson != null) {
                concerned.add(newReferencePerson);
            }
            log.record(ProtocolRecord.of(ProtocolAction.CREATE, TYPES, concerned, context, "change-of-address declaration "
                    + change.id() + " move " + d.moveDate() + " declared " + declaredOn + " " + channel
                    + (change.late() ? " LATE" : "")
                    + (newReferencePerson == null ? "" : " new reference person " + newReferencePerson),
                    ProtocolOutcome.OK));
            return view(change, today);
        } catch (PersistenceException e) {
            LOG.info(() -> "declaration refused on a constraint: " + e);
            // the guard's primary key: a concurrent declaration for one of the persons committed first
            throw new ConflictException("open-procedure", "a change of address for one of these persons was declared "
                    + "at the same time; nothing was stored", 409);
        }
    }

    @Override
    public AddressChangeView declare(AddressChangeDeclaration d, AccessContext context, String idempotencyKey) {
        if (idempotencyKey == null) {
            return declare(d, context);
        }
        List<UUID> persons = d == null || d.members() == null ? List.of()
                : d.members().stream().filter(m -> m != null && m.personId() != null).map(MovingMember::personId)
                .distinct().toList();
        require(Capability.DECLARE_ADDRESS_CHANGE, context, ProtocolAction.CREATE, persons,
                "change-of-address declaration");
        String fingerprint = IdempotencyKeys.fingerprint(String.valueOf(d));
        Optional<UUID> previous = keys.previous(idempotencyKey, DECLARE_OPERATION, fingerprint);
        if (previous.isPresent()) {
            AddressChange first = changes.find(previous.get()).orElseThrow(
                    () -> new NotFoundException("change of address " + previous.get() + " no longer exists"));
            AddressChangeView view = view(first, today());
            log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, personsOf(view), context,
                    "change-of-address declaration " + first.id() + " replayed for Idempotency-Key",
                    ProtocolOutcome.OK));
            return view;
        }
        AddressChangeView created = declare(d, context);
        // a concurrent request with the same key fails here on the key's primary key: nothing of it is stored
        keys.remember(idempotencyKey, DECLARE_OPERATION, fingerprint, created.id());
        return created;
    }

    @Override
    public DeclarationDeadline declarationDeadline(LocalDate moveDate, LocalDate declaredOn) {
        if (moveDate == null) {
            throw new ValidationException("moveDate", "required", "the date of the move is required");
        }
        LocalDate on = declaredOn == null ? today() : declaredOn;
        return new DeclarationDeadline(moveDate, on, deadlines.declarationDeadline(moveDate),
                deadlines.late(moveDate, on));
    }

    @Override
    public AddressChangeView get(UUID id, AccessContext context) {
        require(Capability.READ_PERSON, context, ProtocolAction.READ, List.of(), "change of address " + id);
        AddressChange c = change(id, context);
        AddressChangeView view = view(c, today());
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, personsOf(view), context, "change of address " + id,
                ProtocolOutcome.OK));
        return view;
    }

    @Override
    public Page<AddressChangeView> queue(AddressChangeStatus status, int page, int size, AccessContext context) {
        String query = "change-of-address work queue " + (status == null ? "open" : status);
        require(Capability.READ_PERSON, context, ProtocolAction.SEARCH, List.of(), query);
        return page(status, page, size, context, query);
    }

    @Override
    public Page<AddressChangeView> pendingChecks(int page, int size, AccessContext context) {
        String query = "pending residence checks";
        require(Capability.RECORD_RESIDENCE_CHECK, context, ProtocolAction.SEARCH, List.of(), query);
        Page<AddressChangeView> checks = page(AddressChangeStatus.DECLARED, page, size, context, query);
        // what the police needs to go and look: the movers' names and birth dates (each read protocol-logged by
        // the kernel for the person, with the police's purpose); at most one page of procedures
        Map<UUID, AddressChangeView.Mover> facts = new java.util.HashMap<>();
        for (AddressChangeView v : checks.items()) {
            for (MovingMember m : v.members()) {
                facts.computeIfAbsent(m.personId(), id -> mover(id, context));
            }
        }
        return new Page<>(checks.items().stream().map(v -> v.withMovers(v.members().stream()
                .map(m -> facts.get(m.personId())).toList())).toList(), checks.page(), checks.size(), checks.total());
    }

    private AddressChangeView.Mover mover(UUID personId, AccessContext context) {
        try {
            PersonView p = directory.get(personId, context);
            return new AddressChangeView.Mover(personId, p.familyName(), p.givenNames(), p.birthDate());
        } catch (NotFoundException e) {
            return new AddressChangeView.Mover(personId, null, null, null);
        }
    }

    @Override
    public AddressChangeView recordCheck(UUID id, ResidenceCheck check, Long version, AccessContext context) {
        Actor actor = require(Capability.RECORD_RESIDENCE_CHECK, context, ProtocolAction.CHANGE, List.of(),
                "residence check " + id);
        AddressChange c = change(id, context);
        if (version != null && version != c.version()) {
            throw ConflictException.staleVersion(version, c.version());
        }
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        if (check == null) {
            throw new ValidationException("body", "required", "the outcome of the check is required");
        }
        String outcome = checkInput(check, c, today, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Instant checkedAt = clock.instant();
        c.recordCheck(outcome.equals("POSITIVE"), check.visitDate(), blankToNull(check.remarks()),
                blankToNull(check.reference()), checkedAt, actor.name());
        // --- task E: every check is kept in the procedure's history, so a correction never overwrites it
        changes.add(new ResidenceCheckEntry(UUID.randomUUID(), c.id(), outcome, check.visitDate(),
                blankToNull(check.remarks()), blankToNull(check.reference()), checkedAt, actor.name(), null));
        flush();
        AddressChangeView view = view(c, today);
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, personsOf(view), context, "residence check " + id
                + " " + outcome + (view.checkReference() == null ? "" : " ref " + view.checkReference()),
                ProtocolOutcome.OK));
        return view;
    }

    /** The checks of a residence check's input (shared by the first check and a correction); the outcome, normalised. */
    private static String checkInput(ResidenceCheck check, AddressChange c, LocalDate today,
                                     List<FieldProblem> problems) {
        String outcome = check.outcome() == null ? null : check.outcome().strip().toUpperCase(Locale.ROOT);
        if (outcome == null || outcome.isEmpty()) {
            problems.add(new FieldProblem("outcome", "required", "the outcome is POSITIVE or NEGATIVE"));
        } else if (!outcome.equals("POSITIVE") && !outcome.equals("NEGATIVE")) {
            problems.add(new FieldProblem("outcome", "invalid", "the outcome is POSITIVE or NEGATIVE, not " + outcome));
        }
        if (check.visitDate() == null) {
            problems.add(new FieldProblem("visitDate", "required", "the date of the visit is required"));
        } else if (check.visitDate().isAfter(today)) {
            problems.add(new FieldProblem("visitDate", "future", "the visit date " + check.visitDate() + " is in the future"));
        } else if (check.visitDate().isBefore(c.declaredOn())) {
            problems.add(new FieldProblem("visitDate", "before-declaration", "the visit date " + check.visitDate()
                    + " is before the declaration (" + c.declaredOn() + ")"));
        }
        if (check.remarks() != null && check.remarks().length() > 2000) {
            problems.add(new FieldProblem("remarks", "length", "at most 2000 characters"));
        }
        if (check.reference() != null && check.reference().strip().length() > 200) {
            problems.add(new FieldProblem("reference", "length", "at most 200 characters"));
        }
        return outcome;
    }

    // --- population (issue 3, task E): correcting a police residence check posted by mistake ---
    /** How long after posting a check the police client may still correct it itself (hours; UNVERIFIED default). */
    static final String CORRECTION_WINDOW = "bz.population.address-change.check-correction.hours";
    static final long DEFAULT_CORRECTION_HOURS = 72;

    @Override
    public AddressChangeView correctCheck(UUID id, ResidenceCheckCorrection k, long version, AccessContext context) {
        String query = "residence check correction " + id;
        Actor actor = require(Capability.RECORD_RESIDENCE_CHECK, context, ProtocolAction.CHANGE, List.of(), query);
        AddressChange c = change(id, context);
        List<UUID> persons = changes.members(c.id()).stream().map(AddressChangeMember::personId).toList();
        LocalDate today = today();
        Instant now = clock.instant();
        String outcome;
        try {
            if (c.status() == AddressChangeStatus.CHECKED && version != c.version()) {
                throw ConflictException.staleVersion(version, c.version());
            }
            long hours = ConfigProvider.getConfig().getOptionalValue(CORRECTION_WINDOW, Long.class)
                    .orElse(DEFAULT_CORRECTION_HOURS);
            var refusal = ResidenceCheckCorrections.refusal(c.status(), actor.hasRole(Roles.POPULATION_OFFICER),
                    actor.name(), c.checkedBy(), c.checkedAt(), java.time.Duration.ofHours(hours), now);
            if (refusal.isPresent()) {
                throw switch (refusal.get()) {
                    case NO_CHECK -> new ConflictException("no-check", "no residence check was recorded on change of "
                            + "address " + id + ": record one, there is nothing to correct", 409);
                    case CHECK_CLOSED -> new ConflictException("check-closed", "change of address " + id + " is "
                            + c.status() + ": its residence check can no longer be corrected", 409);
                    case NOT_OWN_CHECK -> new ConflictException("not-own-check", "the residence check of change of "
                            + "address " + id + " was recorded by someone else: only the population officer can "
                            + "correct it", 403);
                    case WINDOW_PASSED -> new ConflictException("correction-window-passed", "the residence check was "
                            + "posted at " + c.checkedAt() + ": the police can correct it within " + hours
                            + " hours; ask the population officer", 409);
                };
            }
            if (k == null) {
                throw new ValidationException("body", "required", "the corrected outcome is required");
            }
            List<FieldProblem> problems = new ArrayList<>();
            outcome = checkInput(new ResidenceCheck(k.outcome(), k.visitDate(), k.remarks(), k.reference()), c, today,
                    problems);
            if (k.reason() == null || k.reason().isBlank()) {
                problems.add(new FieldProblem("reason", "required", "say why the earlier check is corrected"));
            } else if (k.reason().length() > 2000) {
                problems.add(new FieldProblem("reason", "length", "at most 2000 characters"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
        } catch (ValidationException e) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, persons, context, query
                    + " refused: " + e.problems().stream().map(p -> p.field() + " " + p.code()).distinct().toList(),
                    ProtocolOutcome.INVALID));
            throw e;
        } catch (DomainException e) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, persons, context, query
                    + " refused: " + e.type(), ProtocolOutcome.DENIED));
            throw e;
        }
        String before = c.checkOutcome();
        ResidenceCheckEntry current = changes.checkEntries(c.id()).stream().filter(e -> e.supersededAt() == null)
                .reduce((a, b) -> b).orElse(null);
        if (current == null) {
            // a check recorded without its history row (none should be): the earlier outcome is kept first
            current = new ResidenceCheckEntry(UUID.randomUUID(), c.id(), c.checkOutcome(), c.checkVisitDate(),
                    c.checkRemarks(), c.checkReference(), c.checkedAt(), c.checkedBy(), null);
            changes.add(current);
        }
        current.supersede(now, actor.name());
        c.correctCheck(outcome.equals("POSITIVE"), k.visitDate(), blankToNull(k.remarks()), blankToNull(k.reference()),
                now, actor.name());
        changes.add(new ResidenceCheckEntry(UUID.randomUUID(), c.id(), outcome, k.visitDate(), blankToNull(k.remarks()),
                blankToNull(k.reference()), now, actor.name(), k.reason().strip()));
        flush();
        AddressChangeView view = view(c, today);
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, personsOf(view), context, query + ": " + before
                + " -> " + outcome + " (reason: " + k.reason().strip() + ")", ProtocolOutcome.OK));
        return view;
    }

    @Override
    public List<ResidenceCheckEntryView> checkHistory(UUID id, AccessContext context) {
        String query = "residence checks of change of address " + id;
        require(Capability.READ_PERSON, context, ProtocolAction.READ, List.of(), query);
        AddressChange c = change(id, context);
        List<ResidenceCheckEntryView> entries = changes.checkEntries(c.id()).stream().map(e -> new ResidenceCheckEntryView(
                e.id(), e.outcome(), e.visitDate(), e.remarks(), e.reference(), e.recordedAt(), e.recordedBy(),
                e.correctionReason(), e.supersededAt(), e.supersededBy())).toList();
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, changes.members(c.id()).stream()
                .map(AddressChangeMember::personId).toList(), context, query, ProtocolOutcome.OK));
        return entries;
    }
    // --- end task E ---

    @Override
    public AddressChangeView decide(UUID id, AddressChangeDecision decision, long version, AccessContext context) {
        Actor actor = require(Capability.DECIDE_ADDRESS_CHANGE, context, ProtocolAction.CHANGE, List.of(),
                "change-of-address decision " + id);
        AddressChange c = change(id, context);
        if (!c.status().open() && decision != null) {
            // decided or withdrawn meanwhile: say so (409 illegal-transition) rather than only "stale"
            AddressChangeLifecycle.next(c.status(), c.positiveCheck(), step(decision));
        }
        if (version != c.version()) {
            throw ConflictException.staleVersion(version, c.version());
        }
        if (decision == null) {
            throw new ValidationException("body", "required", "the decision is required");
        }
        AddressChangeStep step = step(decision);
        String motivation = blankToNull(decision.motivation());
        if (step == AddressChangeStep.REFUSE && motivation == null) {
            throw new ValidationException("motivation", "required", "a refusal must be motivated");
        }
        boolean provisional = Boolean.TRUE.equals(decision.provisional());
        String provisionalReason = blankToNull(decision.provisionalReason());
        if (provisional && step != AddressChangeStep.APPROVE) {
            throw new ValidationException("provisional", "approve-only", "only an approval can be provisional");
        }
        if (provisional && provisionalReason == null) {
            throw new ValidationException("provisionalReason", "required", "a provisional registration needs its "
                    + "reason (the safety, health or planning rule the dwelling breaks)");
        }
        if (provisionalReason != null && provisionalReason.length() > 2000) {
            throw new ValidationException("provisionalReason", "length", "at most 2000 characters");
        }
        if (motivation != null && motivation.length() > 2000) {
            throw new ValidationException("motivation", "length", "at most 2000 characters");
        }
        Instant now = clock.instant();
        if (provisional) {
            c.approveProvisionally(provisionalReason, now, actor.name());
        } else {
            c.decide(step, motivation, now, actor.name());
        }
        List<AddressChangeMember> members = changes.members(c.id());
        List<UUID> persons = new ArrayList<>(members.stream().map(AddressChangeMember::personId).toList());
        if (c.newReferencePersonId() != null) {
            persons.add(c.newReferencePersonId());
        }
        try {
            for (OpenAddressChange o : changes.openOf(c.id())) {
                changes.remove(o);
            }
            if (step == AddressChangeStep.APPROVE) {
                approve(c, members, now, actor);
            } else {
                outbox("population.address-change-refused", c, persons,
                        members.stream().map(AddressChangeMember::personId).toList(), null, previousNis(c), now);
            }
            changes.flush();
        } catch (PersistenceException e) {
            LOG.info(() -> "decision refused on a concurrent change: " + e);
            throw new ConflictException("concurrent-change", "a member or household was changed by someone else at "
                    + "the same time; nothing was stored, reload and decide again", 409);
        }
        AddressChangeView view = view(c, today());
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, persons, context, "change-of-address " + step
                + " " + id + (provisional ? " PROVISIONAL" : "") + (step == AddressChangeStep.APPROVE ? " effective " + c.declaredOn()
                + (c.newReferencePersonId() == null ? "" : " new reference person " + c.newReferencePersonId()) : ""),
                ProtocolOutcome.OK));
        return view;
    }

    /**
     * Closes the open change of address of a person who died or left for abroad (withdrawn, with the reason), in the
     * transaction that records the death or the departure, so it does not stay in the work queue; the other movers
     * of the procedure declare again if they still move. Returns the procedure closed, if any (issue 3, task M).
     */
    Optional<UUID> withdrawOpen(UUID personId, String reason) {
        List<OpenAddressChange> open = changes.open(List.of(personId));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        AddressChange c = changes.find(open.get(0).addressChangeId()).orElseThrow();
        for (OpenAddressChange o : changes.openOf(c.id())) {
            changes.remove(o);
        }
        c.withdraw(reason, clock.instant(), access.currentActor().name());
        changes.flush();
        return Optional.of(c.id());
    }

    void onDeath(@jakarta.enterprise.event.Observes be.burgerzaken.kernel.api.event.PersonDied died) {
        withdrawOpen(died.personId(), "withdrawn: person " + died.personId() + " died on " + died.dateOfDeath())
                .ifPresent(id -> log.record(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, List.of(died.personId()),
                        new AccessContext("consequence of the death recorded (" + died.basisKind()
                                + (died.basisRef() == null ? "" : " " + died.basisRef()) + ")", Channel.BATCH),
                        "change of address " + id + " withdrawn on death", ProtocolOutcome.OK)));
    }

    /** The movers' residence and household change on the declaration date: old periods end, new ones start. */
    private void approve(AddressChange c, List<AddressChangeMember> members, Instant now, Actor actor) {
        if (c.arrival()) {
            approveArrival(c, members, now, actor);
            return;
        }
        LocalDate effective = c.declaredOn();
        Set<UUID> moving = new java.util.HashSet<>(members.stream().map(AddressChangeMember::personId).toList());
        List<HouseholdMembership> staying = store.membersOf(c.fromHouseholdId()).stream()
                .filter(m -> m.validTo() == null && !moving.contains(m.personId())).toList();
        boolean referenceMoves = false;
        AddressRow from = null;
        for (AddressChangeMember m : members) {
            Resident resident = store.resident(m.personId()).orElseThrow();
            if (!"REGISTERED".equals(resident.status())) {
                throw new ConflictException("member-changed", "person " + m.personId() + " is no longer registered ("
                        + resident.status() + "): refuse the change of address", 409);
            }
            changes.lockForChange(resident);
            Residence r = openResidence(m.personId());
            HouseholdMembership hm = openMembership(m.personId());
            if (r == null || r.validFrom().isAfter(effective) || hm == null
                    || !hm.householdId().equals(c.fromHouseholdId()) || hm.validFrom().isAfter(effective)) {
                throw new ConflictException("member-changed", "the residence or household of " + m.personId()
                        + " changed after the declaration: refuse this change of address and take a new declaration", 409);
            }
            referenceMoves |= HouseholdPosition.REFERENCE_PERSON.code().equals(hm.position());
            from = store.address(r.addressId()).orElseThrow();
            r.close(effective, now, actor.name());
            hm.close(effective, now, actor.name());
        }
        HouseholdMembership successor = successor(c, referenceMoves, staying, effective);
        if (successor != null) {
            successor.close(effective, now, actor.name());
        }
        changes.lockForChange(store.household(c.fromHouseholdId()).orElseThrow());
        changes.flush(); // the old periods are closed before the new ones open (one open period per person)
        Household target;
        if (c.toHouseholdId() == null) {
            target = new Household(UUID.randomUUID(), c.toAddressId(), false, now);
            changes.add(target);
        } else {
            target = store.household(c.toHouseholdId()).orElseThrow();
            changes.lockForChange(target);
            for (AddressChangeMember m : members) {
                if (m.position().equals(HouseholdPosition.REFERENCE_PERSON.code())
                        && HouseholdRules.referencePersonTaken(store.membersOf(target.id()), effective)) {
                    throw new ConflictException("reference-person-taken", "the household at the new address has a "
                            + "reference person since the declaration: refuse and take a new declaration", 409);
                }
            }
        }
        changes.flush();
        for (AddressChangeMember m : members) {
            changes.add(new Residence(UUID.randomUUID(), m.personId(), c.toAddressId(), effective,
                    OriginKind.MUNICIPALITY.name(), from == null ? null : from.nis(), null, now, actor.name(),
                    "DECLARATION", "change of address " + c.id()).provisional(c.provisionalReason()));
            changes.add(new HouseholdMembership(UUID.randomUUID(), target.id(), m.personId(), m.position(), effective,
                    now, actor.name()));
        }
        if (successor != null) {
            // the household left behind keeps its members; its new reference person takes position 01 from the
            // declaration date (the others keep their positions)
            changes.add(new HouseholdMembership(UUID.randomUUID(), c.fromHouseholdId(), successor.personId(),
                    HouseholdPosition.REFERENCE_PERSON.code(), effective, now, actor.name()));
        }
        changes.flush();
        List<UUID> persons = members.stream().map(AddressChangeMember::personId).toList();
        Address address = files.addresses(List.of(c.toAddressId())).get(c.toAddressId());
        outbox("population.address-changed", c, persons, persons, target.id(), from == null ? null : from.nis(), now);
        addressChanged.fire(new AddressChanged(c.id(), persons, c.fromHouseholdId(), address, target.id(), effective));
    }

    /**
     * Opens the change-of-address procedure of an arrival from another Belgian municipality (issue 3, task M),
     * called by the first registration in its transaction once everything is checked: the person (resident row in
     * status ARRIVING) waits for the police residence check and the decision like a move within the city. The
     * caller writes the protocol-log entry.
     */
    AddressChangeView openArrival(List<MovingMember> arriving, AddressRow address, Household target,
                                  LocalDate moveDate, String originNis, String registerType, String basisKind,
                                  String basisRef, AccessContext context, Actor actor) {
        UUID personId = arriving.get(0).personId(); // the declaring person first
        List<OpenAddressChange> open = changes.open(arriving.stream().map(MovingMember::personId).toList());
        if (!open.isEmpty()) {
            throw openProcedure(open.get(0));
        }
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        if (moveDate.isAfter(today)) {
            problems.add(new FieldProblem("date", "future", "a move cannot be declared before it happens"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String channel = channel(null, context, problems);
        AddressChange change = AddressChange.arrival(UUID.randomUUID(), personId, address.id(),
                target == null ? null : target.id(), moveDate, today, deadlines, clock.instant(), actor.name(), channel,
                originNis, registerType, basisKind, basisRef);
        changes.add(change);
        changes.flush();
        for (MovingMember m : arriving) {
            changes.add(new AddressChangeMember(change.id(), m.personId(), m.position().code()));
            changes.add(new OpenAddressChange(m.personId(), change.id()));
        }
        changes.flush();
        return view(change, today);
    }

    /** The procedure an Idempotency-Key's first arrival declaration opened, as it is now (the caller logs). */
    AddressChangeView replayed(UUID id) {
        AddressChange first = changes.find(id).orElseThrow(
                () -> new NotFoundException("change of address " + id + " no longer exists"));
        return view(first, today());
    }

    /**
     * Registers an arrival on approval, from the declaration date: the register entry, the main residence (origin
     * the previous municipality) and the membership of a new or the chosen household; the resident becomes
     * REGISTERED. A resident who is no longer ARRIVING (died meanwhile, registered otherwise) is 409.
     */
    private void approveArrival(AddressChange c, List<AddressChangeMember> members, Instant now, Actor actor) {
        LocalDate effective = c.declaredOn();
        Household target;
        if (c.toHouseholdId() == null) {
            target = new Household(UUID.randomUUID(), c.toAddressId(), false, now);
            changes.add(target);
        } else {
            target = store.household(c.toHouseholdId()).orElseThrow();
            changes.lockForChange(target);
        }
        for (AddressChangeMember m : members) {
            Resident resident = store.resident(m.personId()).orElseThrow();
            if (!"ARRIVING".equals(resident.status())) {
                throw new ConflictException("member-changed", "person " + m.personId() + " is no longer arriving ("
                        + resident.status() + "): refuse the arrival", 409);
            }
            if (m.position().equals(HouseholdPosition.REFERENCE_PERSON.code()) && c.toHouseholdId() != null
                    && HouseholdRules.referencePersonTaken(store.membersOf(target.id()), effective)) {
                throw new ConflictException("reference-person-taken", "the household at the new address has a "
                        + "reference person since the declaration: refuse and take a new declaration", 409);
            }
            changes.lockForChange(resident);
            resident.registeredAgain(c.registerType(), effective, now);
        }
        changes.flush();
        for (AddressChangeMember m : members) {
            changes.add(new be.burgerzaken.population.domain.RegisterEntry(UUID.randomUUID(), m.personId(),
                    c.registerType(), effective, now, actor.name(), c.basisKind() == null ? "DECLARATION" : c.basisKind(),
                    c.basisRef()));
            changes.add(new Residence(UUID.randomUUID(), m.personId(), c.toAddressId(), effective,
                    OriginKind.MUNICIPALITY.name(), c.originNis(), null, now, actor.name(), "DECLARATION",
                    "arrival " + c.id()).provisional(c.provisionalReason()));
            changes.add(new HouseholdMembership(UUID.randomUUID(), target.id(), m.personId(), m.position(), effective,
                    now, actor.name()));
        }
        changes.flush();
        List<UUID> persons = members.stream().map(AddressChangeMember::personId).toList();
        Address address = files.addresses(List.of(c.toAddressId())).get(c.toAddressId());
        outbox("population.address-changed", c, persons, persons, target.id(), c.originNis(), now);
        addressChanged.fire(new AddressChanged(c.id(), persons, null, address, target.id(), effective));
    }

    /**
     * The membership of the declared new reference person in the household left behind, when the reference
     * person moves out and others stay; 409 when that no longer matches the household (it changed since the
     * declaration).
     */
    private static HouseholdMembership successor(AddressChange c, boolean referenceMoves,
                                                 List<HouseholdMembership> staying, LocalDate effective) {
        UUID named = c.newReferencePersonId();
        boolean needed = referenceMoves && !staying.isEmpty();
        HouseholdMembership successor = named == null ? null
                : staying.stream().filter(m -> m.personId().equals(named)).findFirst().orElse(null);
        if (needed != (successor != null) || (named != null && successor == null)
                || (successor != null && !successor.validFrom().isBefore(effective))) {
            throw new ConflictException("member-changed", "the household staying behind changed since the declaration"
                    + (needed ? " (its reference person moves out and " + (named == null ? "no new reference person "
                    + "was declared" : named + " no longer stays in it") + ")" : "")
                    + ": refuse this change of address and take a new declaration", 409);
        }
        return successor;
    }

    /** Checks and returns the declared new reference person of the household left behind (null when none). */
    private UUID newReferencePerson(AddressChangeDeclaration d, HouseholdMembership declarantMembership,
                                    List<MovingMember> movers, LocalDate on, AccessContext context,
                                    List<FieldProblem> problems) {
        Set<UUID> moving = new java.util.HashSet<>(movers.stream().map(MovingMember::personId).toList());
        List<HouseholdMembership> current = store.membersOf(declarantMembership.householdId()).stream()
                .filter(m -> m.validTo() == null).toList();
        boolean referenceMoves = current.stream().anyMatch(m -> moving.contains(m.personId())
                && HouseholdPosition.REFERENCE_PERSON.code().equals(m.position()));
        List<ReferencePersonSuccession.Member> household = new ArrayList<>();
        for (HouseholdMembership m : current) {
            // birth dates are read (and logged) only for those staying behind, and only when it matters
            String birthDate = referenceMoves && !moving.contains(m.personId()) ? birthDate(m.personId(), context) : null;
            household.add(new ReferencePersonSuccession.Member(m.personId(), m.position(), birthDate));
        }
        return ReferencePersonSuccession.decide(household, moving, d.newReferencePersonId(), on, problems).orElse(null);
    }

    private String birthDate(UUID personId, AccessContext context) {
        try {
            return directory.get(personId, context).birthDate();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static String channel(String channel, AccessContext context, List<FieldProblem> problems) {
        if (channel == null || channel.isBlank()) {
            return (context != null && context.channel() == Channel.UI ? DeclarationChannel.COUNTER
                    : DeclarationChannel.ELECTRONIC).name();
        }
        try {
            return DeclarationChannel.valueOf(channel.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("channel", "invalid", "the channel is one of "
                    + List.of(DeclarationChannel.values()) + ", not " + channel));
            return null;
        }
    }

    /**
     * The outbox row of a decision: the notification of the previous municipality (domain.md section 3), published
     * after the commit by {@link OutboxPublisher}: {@code event} REGISTERED or REFUSED, the previous municipality's
     * NIS code (of the address left), the movers, the date it takes effect, a refusal's motivation.
     */
    private void outbox(String type, AddressChange c, List<UUID> persons, List<UUID> movers, UUID householdId,
                        String previousNis, Instant now) {
        boolean approved = c.status() == AddressChangeStatus.APPROVED;
        jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder()
                .add("addressChangeId", c.id().toString()).add("status", c.status().name()).add("kind", c.kind())
                .add("event", approved ? "REGISTERED" : "REFUSED");
        jakarta.json.JsonArrayBuilder ids = jakarta.json.Json.createArrayBuilder();
        persons.forEach(p -> ids.add(p.toString()));
        b.add("personIds", ids);
        jakarta.json.JsonArrayBuilder moving = jakarta.json.Json.createArrayBuilder();
        movers.forEach(p -> moving.add(p.toString()));
        b.add("moverIds", moving);
        b.add("toAddressId", c.toAddressId().toString());
        if (householdId == null) {
            b.addNull("householdId");
        } else {
            b.add("householdId", householdId.toString());
        }
        if (approved) {
            b.add("effectiveOn", c.declaredOn().toString());
        } else {
            b.addNull("effectiveOn");
        }
        b.add("declaredOn", c.declaredOn().toString());
        if (previousNis != null) {
            b.add("previousMunicipalityNis", previousNis);
        }
        if (!approved && c.decisionMotivation() != null) {
            b.add("motivation", c.decisionMotivation());
        }
        if (c.provisionalReason() != null) {
            b.add("provisionalReason", c.provisionalReason());
        }
        if (approved && c.newReferencePersonId() != null) {
            b.add("fromHouseholdId", c.fromHouseholdId().toString())
                    .add("newReferencePersonId", c.newReferencePersonId().toString());
        }
        changes.add(new OutboxMessage(UUID.randomUUID(), type, b.build().toString(), now));
        outboxWritten.fire(new OutboxWritten(type));
    }

    /** The NIS code of the municipality the movers leave: of the address of the household they declared from. */
    private String previousNis(AddressChange c) {
        if (c.arrival()) {
            return c.originNis();
        }
        return store.household(c.fromHouseholdId()).flatMap(h -> store.address(h.addressId())).map(AddressRow::nis)
                .orElse(null);
    }

    private Page<AddressChangeView> page(AddressChangeStatus status, int page, int size, AccessContext context,
                                         String query) {
        int p = Math.max(page, 0);
        int s = size <= 0 ? 20 : Math.min(size, 100);
        LocalDate today = today();
        String st = status == null ? null : status.name();
        List<AddressChangeView> items = views(changes.byDue(st, p * s, s), today);
        long total = changes.count(st);
        List<UUID> persons = items.stream().flatMap(v -> personsOf(v).stream()).distinct().toList();
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, TYPES, persons, context, query + " page " + p,
                ProtocolOutcome.OK));
        return new Page<>(items, p, s, total);
    }

    // --- issue 3 (task U): a person's procedures; a page's views in two queries, not two per row ---

    @Override
    public Page<AddressChangeView> ofPerson(UUID personId, AddressChangeStatus status, int page, int size,
                                            AccessContext context) {
        String query = "changes of address of person " + personId + (status == null ? "" : " " + status);
        List<UUID> subject = personId == null ? List.of() : List.of(personId);
        require(Capability.READ_PERSON, context, ProtocolAction.SEARCH, subject, query);
        if (personId == null) {
            throw new ValidationException("personId", "required", "the person whose changes of address are listed");
        }
        int p = Math.max(page, 0);
        int s = size <= 0 ? 20 : Math.min(size, 100);
        String st = status == null ? null : status.name();
        List<AddressChangeView> items = views(changes.ofPerson(personId, st, p * s, s), today());
        long total = changes.countOfPerson(personId, st);
        List<UUID> persons = java.util.stream.Stream.concat(subject.stream(),
                items.stream().flatMap(v -> personsOf(v).stream())).distinct().toList();
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, TYPES, persons, context, query + " page " + p,
                ProtocolOutcome.OK));
        return new Page<>(items, p, s, total);
    }

    /** The views of a page of procedures: their members and addresses read in one query each. */
    List<AddressChangeView> views(List<AddressChange> page, LocalDate today) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<MovingMember>> members = new java.util.HashMap<>();
        for (AddressChangeMember m : changes.members(page.stream().map(AddressChange::id).toList())) {
            members.computeIfAbsent(m.addressChangeId(), k -> new ArrayList<>())
                    .add(new MovingMember(m.personId(), HouseholdPosition.fromCode(m.position())));
        }
        Map<UUID, Address> addresses = files.addresses(page.stream().map(AddressChange::toAddressId).distinct().toList());
        return page.stream().map(c -> view(c, members.getOrDefault(c.id(), List.of()), addresses.get(c.toAddressId()),
                today)).toList();
    }

    AddressChangeView view(AddressChange c, LocalDate today) {
        List<MovingMember> members = changes.members(c.id()).stream()
                .map(m -> new MovingMember(m.personId(), HouseholdPosition.fromCode(m.position()))).toList();
        Map<UUID, Address> addresses = files.addresses(List.of(c.toAddressId()));
        return view(c, members, addresses.get(c.toAddressId()), today);
    }

    private static AddressChangeView view(AddressChange c, List<MovingMember> members, Address address,
                                          LocalDate today) {
        LocalDate due = c.dueDate();
        return new AddressChangeView(c.id(), c.status(), c.declarantId(), members, c.fromHouseholdId(),
                address, c.toHouseholdId(), c.moveDate(), c.declaredOn(), c.late(),
                c.declarationDeadline(), c.checkDue(), c.decisionDue(), due, due != null && today.isAfter(due),
                c.declaredAt(), c.declaredBy(), c.checkOutcome(), c.checkVisitDate(), c.checkRemarks(), c.checkedBy(),
                c.decisionMotivation(), c.decidedAt(), c.decidedBy(),
                AddressChangeLifecycle.allowed(c.status(), c.positiveCheck()), c.version(), c.channel(),
                c.newReferencePersonId(), c.checkReference(), c.checkedAt(), c.provisionalReason(), null,
                c.kind(), c.originNis());
    }

    private List<MovingMember> members(AddressChangeDeclaration d, HouseholdMembership declarantMembership,
                                       List<FieldProblem> problems) {
        if (d.members() == null || d.members().isEmpty()) {
            problems.add(new FieldProblem("members", "required", "at least one person who moves is required"));
            return List.of();
        }
        List<MovingMember> movers = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < d.members().size(); i++) {
            MovingMember m = d.members().get(i);
            String field = "members[" + i + "].personId";
            if (m == null || m.personId() == null) {
                problems.add(new FieldProblem(field, "required", "the person id is required"));
                continue;
            }
            if (!seen.add(m.personId())) {
                problems.add(new FieldProblem(field, "duplicate", "person " + m.personId() + " is listed twice"));
                continue;
            }
            HouseholdMembership hm = registered(m.personId()) == null ? null : openMembership(m.personId());
            if (hm == null || declarantMembership == null
                    || !hm.householdId().equals(declarantMembership.householdId())) {
                problems.add(new FieldProblem(field, "not-in-household", "person " + m.personId()
                        + " is not a member of the declarant's household"));
                continue;
            }
            HouseholdPosition position = m.position() != null ? m.position() : HouseholdPosition.fromCode(hm.position());
            movers.add(new MovingMember(m.personId(), position));
        }
        return movers;
    }

    private Household targetHousehold(AddressChangeDeclaration d, List<MovingMember> movers, StreetRow street,
                                      AddressRules.Parts parts, List<FieldProblem> problems) {
        long references = movers.stream().filter(m -> m.position() == HouseholdPosition.REFERENCE_PERSON).count();
        if (d.householdId() == null) {
            if (!movers.isEmpty() && references != 1 && movers.size() == d.members().size()) {
                problems.add(new FieldProblem("members", "reference-person-required", "a new household needs exactly "
                        + "one reference person (position REFERENCE_PERSON) among the movers, not " + references));
            }
            return null;
        }
        Household h = store.household(d.householdId()).orElse(null);
        if (h == null) {
            problems.add(new FieldProblem("householdId", "unknown", "no household " + d.householdId()));
            return null;
        }
        if (street != null && parts != null) {
            AddressRow at = store.address(h.addressId()).orElseThrow();
            if (!at.streetCode().equals(street.streetCode()) || !at.houseNumber().equals(parts.houseNumber())
                    || !at.box().equals(parts.box())) {
                problems.add(new FieldProblem("householdId", "other-address", "the household lives at another address"));
            }
        }
        if (references > 0 && HouseholdRules.referencePersonTaken(store.membersOf(h.id()), today())) {
            problems.add(new FieldProblem("members", "reference-person-taken",
                    "the household at the new address already has a reference person"));
        }
        return h;
    }

    private void adult(UUID declarantId, LocalDate today, AccessContext context, List<FieldProblem> problems) {
        try {
            PersonView p = directory.get(declarantId, context);
            if (p.birthDate() != null && !p.birthDate().contains("-00")
                    && Period.between(LocalDate.parse(p.birthDate()), today).getYears() < ADULT) {
                problems.add(new FieldProblem("declarantId", "minor", "the declarant must be an adult (" + ADULT
                        + " or older)"));
            }
        } catch (NotFoundException | DateTimeParseException ignored) {
            // not-registered is reported above; a bad birth date is the kernel's concern
        }
    }

    private static AddressChangeStep step(AddressChangeDecision decision) {
        String s = decision.decision() == null ? "" : decision.decision().strip().toUpperCase(Locale.ROOT);
        if (s.equals("APPROVE")) {
            return AddressChangeStep.APPROVE;
        }
        if (s.equals("REFUSE")) {
            return AddressChangeStep.REFUSE;
        }
        throw new ValidationException("decision", s.isEmpty() ? "required" : "invalid",
                "the decision is APPROVE or REFUSE");
    }

    private Resident registered(UUID personId) {
        return store.resident(personId).filter(r -> "REGISTERED".equals(r.status())).orElse(null);
    }

    private HouseholdMembership openMembership(UUID personId) {
        return store.memberships(personId).stream().filter(m -> m.validTo() == null).reduce((a, b) -> b).orElse(null);
    }

    private Residence openResidence(UUID personId) {
        return store.residences(personId).stream().filter(r -> r.validTo() == null).reduce((a, b) -> b).orElse(null);
    }

    private AddressChange change(UUID id, AccessContext context) {
        AddressChange c = id == null ? null : changes.find(id).orElse(null);
        if (c == null) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, TYPES, List.of(), context,
                    "change of address " + id, ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("no change of address " + id);
        }
        return c;
    }

    private void flush() {
        try {
            changes.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("concurrent-change", "the change of address was changed by someone else at the "
                    + "same time; nothing was stored, reload it", 409);
        }
    }

    private Actor require(Capability capability, AccessContext context, ProtocolAction action, List<UUID> persons,
                          String query) {
        try {
            return access.require(capability, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, TYPES, persons, context, query, ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private static ConflictException openProcedure(OpenAddressChange open) {
        return new ConflictException("open-procedure", "person " + open.personId() + " already has an open change of "
                + "address (" + open.addressChangeId() + "); decide it before declaring another", 409);
    }

    private static List<UUID> personsOf(AddressChangeView v) {
        return v.members().stream().map(MovingMember::personId).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ResidentService.BELGIUM));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
