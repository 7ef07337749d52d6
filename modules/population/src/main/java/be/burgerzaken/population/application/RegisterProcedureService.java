package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.PersonDirectory;
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
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import be.burgerzaken.population.api.AbsenceExtension;
import be.burgerzaken.population.api.AbsenceReason;
import be.burgerzaken.population.api.AbsenceReturn;
import be.burgerzaken.population.api.EmigrationDeclaration;
import be.burgerzaken.population.api.EmigrationView;
import be.burgerzaken.population.api.HouseholdChoice;
import be.burgerzaken.population.api.HouseholdDeparture;
import be.burgerzaken.population.api.HouseholdEmigration;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.OriginKind;
import be.burgerzaken.population.api.PoliceReport;
import be.burgerzaken.population.api.ReferenceAddressCategory;
import be.burgerzaken.population.api.ReferenceAddressEnd;
import be.burgerzaken.population.api.ReferenceAddressKind;
import be.burgerzaken.population.api.ReferenceAddressRequest;
import be.burgerzaken.population.api.ReferenceAddressView;
import be.burgerzaken.population.api.RegisterProcedures;
import be.burgerzaken.population.api.RegisterTransfer;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.RemovalCancellation;
import be.burgerzaken.population.api.RemovalDecision;
import be.burgerzaken.population.api.RemovalProposalRequest;
import be.burgerzaken.population.api.RemovalProposalView;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.ReturnFromAbroad;
import be.burgerzaken.population.api.TemporaryAbsenceDeclaration;
import be.burgerzaken.population.api.TemporaryAbsenceView;
import be.burgerzaken.population.domain.AbsenceLimits;
import be.burgerzaken.population.domain.AddressRow;
import be.burgerzaken.population.domain.Emigration;
import be.burgerzaken.population.domain.Household;
import be.burgerzaken.population.domain.HouseholdMembership;
import be.burgerzaken.population.domain.ReferenceAddress;
import be.burgerzaken.population.domain.ReferenceAddressRules;
import be.burgerzaken.population.domain.ReferenceAddressSettings;
import be.burgerzaken.population.domain.ReferencePersonSuccession;
import be.burgerzaken.population.domain.RegisterEntry;
import be.burgerzaken.population.domain.RegisterRules;
import be.burgerzaken.population.domain.RemovalProposal;
import be.burgerzaken.population.domain.RemovalRules;
import be.burgerzaken.population.domain.Residence;
import be.burgerzaken.population.domain.Resident;
import be.burgerzaken.population.domain.TemporaryAbsence;
import be.burgerzaken.population.domain.ValidPeriod;
import be.burgerzaken.population.persistence.PopulationStore;
import be.burgerzaken.population.persistence.RegisterProcedureStore;
import be.burgerzaken.population.persistence.StreetLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The register procedures (domain.md section 3): departure abroad and return, temporary absence (IT 026), reference
 * address (IT 024), ex-officio removal. Each command: access check, rule checks (every problem at once), then the
 * resident row is version-bumped and flushed first (a concurrent change of the same person waits on that row and
 * then fails: 409), the change, the protocol-log entry, all in one transaction. Refusals are logged in their own
 * transaction and leave nothing stored.
 */
@ApplicationScoped
@Transactional
public class RegisterProcedureService implements RegisterProcedures {
    static final Set<InformationType> ABROAD = EnumSet.of(InformationType.MAIN_RESIDENCE,
            InformationType.RESIDENCE_ABROAD, InformationType.HOUSEHOLD, InformationType.REGISTER_TYPE);
    static final Set<InformationType> ABSENCE = EnumSet.of(InformationType.TEMPORARY_ABSENCE);
    static final Set<InformationType> REFERENCE = EnumSet.of(InformationType.REFERENCE_ADDRESS,
            InformationType.MAIN_RESIDENCE, InformationType.HOUSEHOLD);
    static final Set<InformationType> REMOVAL = EnumSet.of(InformationType.MAIN_RESIDENCE,
            InformationType.MANAGING_MUNICIPALITY, InformationType.HOUSEHOLD, InformationType.REGISTER_TYPE);
    static final int MAX_FOREIGN_ADDRESS = 500;
    private static final Logger LOG = Logger.getLogger(RegisterProcedureService.class.getName());

    @Inject
    PopulationStore store;
    @Inject
    RegisterProcedureStore procedures;
    @Inject
    Addresses addresses;
    @Inject
    HouseholdChoices householdChoices;
    @Inject
    StreetLoader streets;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    FileAssembler files;
    @Inject
    ProcedureViews views;
    @Inject
    IdempotencyKeys keys;
    @Inject
    AbsenceLimits absenceLimits;
    @Inject
    RemovalRules removalRules;
    @Inject
    ReferenceAddressSettings referenceSettings;
    @Inject
    DocumentEnds documentEnds; // --- identity documents (issue 3, task I) ---

    /** What a command did: the protocol-log text and the persons it concerns. */
    private record Done(String text, Collection<UUID> persons) {
    }

    /** The checks and the change of one command, once access, idempotency and the version are settled. */
    @FunctionalInterface
    private interface Work {
        Done apply(Resident resident, Actor actor, LocalDate today, Instant now);
    }

    // ------------------------------------------------------------------ departure abroad and return

    @Override
    public ResidentFile emigrate(UUID personId, EmigrationDeclaration d, Long expectedVersion, AccessContext context,
                                 String idempotencyKey) {
        return command("population.emigration", Capability.WRITE_PERSON, ABROAD, personId, d, expectedVersion, context,
                idempotencyKey, (resident, actor, today, now) -> {
                    registered(resident, "only a registered resident can leave for abroad");
                    List<FieldProblem> problems = new ArrayList<>();
                    Basis basis = RegisterRules.basis(d.basis(), "DECLARATION", problems);
                    String country = RegisterRules.foreignCountry(d.country(), ReferenceCatalog.load(), "country", true,
                            problems);
                    String foreign = RegisterRules.text(d.foreignAddress(), MAX_FOREIGN_ADDRESS, "foreignAddress",
                            problems);
                    Residence residence = openResidence(personId);
                    RegisterRules.checkDate(d.date(), today, residence == null ? null : residence.validFrom(), "date",
                            problems);
                    HouseholdMembership own = openMembership(personId);
                    HouseholdMembership newReference = newReferencePerson(own, d.newReferencePersonId(), problems);
                    refuseOn(problems);

                    lock(resident, now);
                    LocalDate date = d.date();
                    String by = actor.name();
                    List<UUID> staying = depart(personId, residence, own, newReference, date, now, by,
                            "departure abroad");
                    integrators.registerChange(personId, staying, "departure abroad"); // --- integrators (issue 9) ---
                    procedures.add(new Emigration(UUID.randomUUID(), personId, country, foreign, date, now, by,
                            basis.kind(), basis.reference()));
                    resident.emigrated(now);
                    // --- population (issue 3, task M): an open change of address is closed, not left in the queue
                    Optional<UUID> withdrawn = addressChanges.withdrawOpen(personId, "withdrawn: person " + personId
                            + " left for abroad on " + date);
                    flush();
                    documentEnds.cancelAll(personId, "departure abroad to " + country + " on " + date);
                    return new Done("departure abroad to " + country + " on " + date + basis(basis)
                            + newReferenceText(newReference) + withdrawn.map(id -> "; change of address " + id
                            + " withdrawn").orElse(""), persons(personId, newReference));
                });
    }

    // --- population (issue 3, task E): a household departs abroad in one declaration ---
    @Override
    public HouseholdDeparture emigrateHousehold(UUID householdId, HouseholdEmigration d, Long expectedVersion,
                                                AccessContext context, String idempotencyKey) {
        String operation = "population.household-emigration";
        Actor actor = require(Capability.WRITE_PERSON, context, ProtocolAction.CHANGE, ABROAD, List.of(), operation);
        if (householdId == null) {
            throw new ValidationException("householdId", "required", "say which household");
        }
        if (d == null) {
            throw new ValidationException("body", "required", "the request body is required");
        }
        Household household = store.household(householdId).orElseThrow(() -> {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, ABROAD, List.of(), context,
                    operation + " " + householdId, ProtocolOutcome.NOT_FOUND));
            return new NotFoundException("no household " + householdId);
        });
        String fingerprint = IdempotencyKeys.fingerprint(operation + " " + householdId + " " + d);
        List<HouseholdMembership> open = store.membersOf(household.id()).stream().filter(m -> m.validTo() == null)
                .toList();
        List<UUID> persons = open.stream().map(HouseholdMembership::personId).distinct().toList();
        if (idempotencyKey != null && keys.previous(idempotencyKey, operation, fingerprint).isPresent()) {
            UUID reference = open.stream().filter(m -> HouseholdPosition.REFERENCE_PERSON.code().equals(m.position()))
                    .map(HouseholdMembership::personId).findFirst().orElse(null);
            log.record(ProtocolRecord.of(ProtocolAction.READ, ABROAD, persons, context,
                    operation + " replayed for Idempotency-Key", ProtocolOutcome.OK));
            return new HouseholdDeparture(household.id(), d.date(), d.country(), List.copyOf(d.members()), persons,
                    reference, household.version());
        }
        if (expectedVersion != null && expectedVersion != household.version()) {
            refuse(ABROAD, persons, context, operation + " refused: stale-version", ProtocolOutcome.DENIED);
            throw ConflictException.staleVersion(expectedVersion, household.version());
        }
        LocalDate today = today();
        Instant now = clock.instant();
        HouseholdDeparture result;
        try {
            result = departHousehold(household, open, d, actor, today, now, context, operation);
        } catch (ValidationException e) {
            refuse(ABROAD, persons, context, operation + " refused: " + e.problems().stream()
                    .map(p -> p.field() + " " + p.code()).distinct().toList(), ProtocolOutcome.INVALID);
            throw e;
        } catch (NotFoundException e) {
            refuse(ABROAD, persons, context, operation + " refused: " + e.getMessage(), ProtocolOutcome.NOT_FOUND);
            throw e;
        } catch (DomainException e) {
            refuse(ABROAD, persons, context, operation + " refused: " + e.type(), ProtocolOutcome.DENIED);
            throw e;
        }
        if (idempotencyKey != null) {
            keys.remember(idempotencyKey, operation, fingerprint, household.id());
        }
        return result;
    }

    /**
     * The checks (every problem at once) and the change of a household's departure: the household and every leaving
     * member are version-bumped first (a concurrent change waits and fails: 409), then each member leaves as by
     * {@link #emigrate}, the new reference person takes over, one protocol-log entry per member who left.
     */
    private HouseholdDeparture departHousehold(Household household, List<HouseholdMembership> open,
                                               HouseholdEmigration d, Actor actor, LocalDate today, Instant now,
                                               AccessContext context, String operation) {
        List<FieldProblem> problems = new ArrayList<>();
        Basis basis = RegisterRules.basis(d.basis(), "DECLARATION", problems);
        String country = RegisterRules.foreignCountry(d.country(), ReferenceCatalog.load(), "country", true, problems);
        String foreign = RegisterRules.text(d.foreignAddress(), MAX_FOREIGN_ADDRESS, "foreignAddress", problems);
        java.util.Map<UUID, HouseholdMembership> openByPerson = new java.util.LinkedHashMap<>();
        open.forEach(m -> openByPerson.put(m.personId(), m));
        java.util.Map<UUID, String> born = store.birthDates(openByPerson.keySet());

        // the declarant: an adult current member of the household, leaving or staying
        if (d.declarantId() == null) {
            problems.add(new FieldProblem("declarantId", "required", "the person who declares is required"));
        } else if (!openByPerson.containsKey(d.declarantId())) {
            problems.add(new FieldProblem("declarantId", "not-in-household", "the declarant " + d.declarantId()
                    + " is not a current member of household " + household.id()));
        } else if (ReferencePersonSuccession.minor(born.get(d.declarantId()), today)) {
            problems.add(new FieldProblem("declarantId", "minor", "the declarant must be an adult ("
                    + ReferencePersonSuccession.ADULT + " or older)"));
        }
        // the members who leave: current members of the household, registered, each once
        java.util.Map<UUID, Resident> leaving = new java.util.LinkedHashMap<>();
        if (d.members() == null || d.members().isEmpty()) {
            problems.add(new FieldProblem("members", "required", "at least one member who leaves is required"));
        } else {
            for (int i = 0; i < d.members().size(); i++) {
                UUID id = d.members().get(i);
                String field = "members[" + i + "]";
                if (id == null) {
                    problems.add(new FieldProblem(field, "required", "the person id is required"));
                } else if (leaving.containsKey(id)) {
                    problems.add(new FieldProblem(field, "duplicate", "person " + id + " is listed twice"));
                } else if (!openByPerson.containsKey(id)) {
                    problems.add(new FieldProblem(field, "not-in-household", "person " + id
                            + " is not a current member of household " + household.id()));
                } else {
                    Resident r = store.resident(id).orElse(null);
                    if (r == null || !"REGISTERED".equals(r.status())) {
                        problems.add(new FieldProblem(field, "not-registered", "person " + id + " is "
                                + (r == null ? "not in the registers" : r.status())
                                + ": only a registered resident can leave for abroad"));
                    }
                    leaving.put(id, r);
                }
            }
        }
        // the date: checked against the latest residence start among those who leave
        java.util.Map<UUID, Residence> residences = new java.util.HashMap<>();
        LocalDate latestStart = null;
        for (UUID id : leaving.keySet()) {
            Residence r = openResidence(id);
            residences.put(id, r);
            if (r != null && (latestStart == null || r.validFrom().isAfter(latestStart))) {
                latestStart = r.validFrom();
            }
        }
        RegisterRules.checkDate(d.date(), today, latestStart, "date", problems);
        // the household left behind: a new adult reference person when the reference person leaves (minors alone:
        // refused), as for a change of address
        List<ReferencePersonSuccession.Member> members = open.stream().map(m -> new ReferencePersonSuccession.Member(
                m.personId(), m.position(), born.get(m.personId()))).toList();
        UUID newReference = ReferencePersonSuccession.decide(members, leaving.keySet(), d.newReferencePersonId(),
                d.date() == null ? today : d.date(), problems).orElse(null);
        refuseOn(problems);

        // the household, then every leaving member's row: a concurrent change of any of them fails here (409)
        procedures.lockForChange(household);
        flush();
        for (Resident r : leaving.values()) {
            lock(r, now);
        }
        LocalDate date = d.date();
        String by = actor.name();
        List<UUID> staying = openByPerson.keySet().stream().filter(p -> !leaving.containsKey(p)).toList();
        for (UUID id : leaving.keySet()) {
            depart(id, residences.get(id), openByPerson.get(id), null, date, now, by, "departure abroad");
        }
        HouseholdMembership successor = newReference == null ? null : openByPerson.get(newReference);
        if (successor != null) {
            successor.close(endAt(successor.validFrom(), date), now, by);
            flush(); // one open membership per person: the old one is closed before the new one opens
            store.add(new HouseholdMembership(UUID.randomUUID(), household.id(), successor.personId(),
                    HouseholdPosition.REFERENCE_PERSON.code(), date, now, by));
            flush();
        }
        String together = "departure abroad to " + country + " on " + date + basis(basis) + " with household "
                + household.id() + " (" + leaving.size() + " member(s), declared by " + d.declarantId() + ")";
        for (java.util.Map.Entry<UUID, Resident> e : leaving.entrySet()) {
            UUID id = e.getKey();
            integrators.registerChange(id, staying, "departure abroad"); // --- integrators (issue 9) ---
            procedures.add(new Emigration(UUID.randomUUID(), id, country, foreign, date, now, by, basis.kind(),
                    basis.reference()));
            e.getValue().emigrated(now);
            Optional<UUID> withdrawn = addressChanges.withdrawOpen(id, "withdrawn: person " + id
                    + " left for abroad on " + date);
            flush();
            documentEnds.cancelAll(id, "departure abroad to " + country + " on " + date);
            boolean wasReference = HouseholdPosition.REFERENCE_PERSON.code().equals(openByPerson.get(id).position());
            HouseholdMembership named = wasReference ? successor : null;
            log.record(ProtocolRecord.of(ProtocolAction.CHANGE, ABROAD, persons(id, named), context, operation + ": "
                    + together + newReferenceText(named) + withdrawn.map(w -> "; change of address " + w
                    + " withdrawn").orElse(""), ProtocolOutcome.OK));
        }
        UUID reference = successor != null ? successor.personId() : staying.stream()
                .filter(p -> HouseholdPosition.REFERENCE_PERSON.code().equals(openByPerson.get(p).position()))
                .findFirst().orElse(null);
        flush();
        return new HouseholdDeparture(household.id(), date, country, List.copyOf(leaving.keySet()), staying,
                reference, household.version());
    }
    // --- end task E ---

    @Override
    public ResidentFile returnFromAbroad(UUID personId, ReturnFromAbroad r, Long expectedVersion,
                                         AccessContext context, String idempotencyKey) {
        return command("population.return", Capability.WRITE_PERSON, ABROAD, personId, r, expectedVersion, context,
                idempotencyKey, (resident, actor, today, now) -> {
                    if ("REGISTERED".equals(resident.status())) {
                        throw new ConflictException("already-registered", "person " + personId + " is registered in "
                                + "the city: a return is for an emigrated or removed person; a move is a change of "
                                + "address", 409);
                    }
                    if (!"EMIGRATED".equals(resident.status()) && !"REMOVED".equals(resident.status())) {
                        throw new ConflictException("not-abroad", "person " + personId + " is " + resident.status()
                                + ": only an emigrated or removed person can be registered again", 409);
                    }
                    streets.ensureLoaded();
                    List<FieldProblem> problems = new ArrayList<>();
                    Basis basis = RegisterRules.basis(r.basis(), "DECLARATION", problems);
                    if (r.registerType() == null) {
                        problems.add(new FieldProblem("registerType", "required", "the register is one of "
                                + List.of(RegisterType.values())));
                    }
                    Addresses.Checked at = addresses.check(r.address(), problems);
                    HouseholdChoice choice = HouseholdChoices.orNew(r.household());
                    HouseholdPosition position = HouseholdChoices.position(choice);
                    Household household = householdChoices.check(choice, position, r.date(), at.street(), at.parts(),
                            problems);
                    Emigration emigration = procedures.emigrations(personId).stream().filter(e -> e.validTo() == null)
                            .reduce((a, b) -> b).orElse(null);
                    LocalDate left = lastResidenceEnd(personId);
                    if (emigration != null && (left == null || emigration.validFrom().isAfter(left))) {
                        left = emigration.validFrom();
                    }
                    RegisterRules.checkDate(r.date(), today, null, "date", problems);
                    if (r.date() != null && left != null && r.date().isBefore(left)) {
                        problems.add(new FieldProblem("date", "before-departure", "the return " + r.date()
                                + " is before the person left (" + left + ")"));
                    }
                    RegisterRules.checkRegisterForNationality(r.registerType(), nationalities(personId, context),
                            "registerType", problems); // --- registers (issue 3) ---
                    String country = RegisterRules.foreignCountry(r.country(), ReferenceCatalog.load(), "country",
                            false, problems);
                    if (country == null && (r.country() == null || r.country().isBlank()) && emigration != null) {
                        country = emigration.country();
                    }
                    refuseOn(problems);

                    lock(resident, now);
                    String by = actor.name();
                    AddressRow address = addresses.findOrAdd(at.street(), at.parts());
                    if (emigration != null) {
                        emigration.close(endAt(emigration.validFrom(), r.date()), now, by);
                    }
                    household = joinOrForm(household, choice, address, now);
                    String register = r.registerType().name();
                    store.add(new RegisterEntry(UUID.randomUUID(), personId, register, r.date(), now, by, basis.kind(),
                            basis.reference()));
                    store.add(new Residence(UUID.randomUUID(), personId, address.id(), r.date(),
                            country == null ? OriginKind.OTHER.name() : OriginKind.ABROAD.name(), null, country, now,
                            by, basis.kind(), basis.reference()));
                    // --- integrators (issue 9): the returning person and the household joined ---
                    integrators.registerChange(personId, openMembers(household.id(), personId), "registration again");
                    store.add(new HouseholdMembership(UUID.randomUUID(), household.id(), personId, position.code(),
                            r.date(), now, by));
                    resident.registeredAgain(register, r.date(), now);
                    flush();
                    return new Done("registration again after " + (emigration != null ? "return from "
                            + (country == null ? "abroad" : country) : "removal") + " in " + register + " on "
                            + r.date() + basis(basis), List.of(personId));
                });
    }

    // --- registers (issue 3, register transfer) ---
    static final Set<InformationType> REGISTER = EnumSet.of(InformationType.REGISTER_TYPE);

    @Inject
    PersonDirectory directory;

    @Override
    public ResidentFile transferRegister(UUID personId, RegisterTransfer t, Long expectedVersion,
                                         AccessContext context, String idempotencyKey) {
        return command("population.register-transfer", Capability.WRITE_PERSON, REGISTER, personId, t,
                expectedVersion, context, idempotencyKey, (resident, actor, today, now) -> {
                    registered(resident, "only a registered resident can be transferred to another register");
                    List<FieldProblem> problems = new ArrayList<>();
                    Basis basis = RegisterRules.basis(t.basis(), "DECISION", problems);
                    RegisterEntry current = store.registerEntries(personId).stream().filter(e -> e.validTo() == null)
                            .reduce((a, b) -> b).orElse(null);
                    RegisterType from = RegisterType.valueOf(resident.registerType());
                    RegisterRules.checkTransfer(from, t.registerType(), t.date(), today,
                            current == null ? null : current.validFrom(), problems);
                    RegisterRules.checkRegisterForNationality(t.registerType(), nationalities(personId, context),
                            "registerType", problems);
                    refuseOn(problems);

                    lock(resident, now);
                    String by = actor.name();
                    if (current != null) {
                        current.close(t.date(), now, by);
                        flush(); // one open register period per person: the old one closes before the new one opens
                    }
                    String register = t.registerType().name();
                    store.add(new RegisterEntry(UUID.randomUUID(), personId, register, t.date(), now, by, basis.kind(),
                            basis.reference()));
                    resident.transferred(register, now);
                    integrators.registerTypeChange(personId, "register transfer to " + register);
                    flush();
                    return new Done("register transfer from " + from + " to " + register + " on " + t.date()
                            + basis(basis), List.of(personId));
                });
    }

    /** The person's nationalities as the kernel knows them today (read with the request's context). */
    private List<String> nationalities(UUID personId, AccessContext context) {
        List<String> n = directory.get(personId, context).nationalities();
        return n == null ? List.of() : n;
    }
    // --- end registers ---

    // ------------------------------------------------------------------ temporary absence

    @Override
    public ResidentFile declareAbsence(UUID personId, TemporaryAbsenceDeclaration d, Long expectedVersion,
                                       AccessContext context, String idempotencyKey) {
        return command("population.temporary-absence", Capability.WRITE_PERSON, ABSENCE, personId, d, expectedVersion,
                context, idempotencyKey, (resident, actor, today, now) -> {
                    registered(resident, "only a registered resident can be temporarily absent");
                    List<FieldProblem> problems = new ArrayList<>();
                    AbsenceReason reason = RegisterRules.code(AbsenceReason.class, d.reason(), "reason", problems);
                    Basis basis = RegisterRules.basis(d.basis(), "DECLARATION", problems);
                    String remarks = RegisterRules.text(d.remarks(), RegisterRules.MAX_TEXT, "remarks", problems);
                    Residence residence = openResidence(personId);
                    RegisterRules.checkDate(d.from(), today, residence == null ? null : residence.validFrom(), "from",
                            problems);
                    absenceLimits.checkNew(d.from(), d.plannedEnd(), problems);
                    if (d.from() != null && d.plannedEnd() != null && d.plannedEnd().isAfter(d.from())) {
                        AbsenceLimits.overlapping(spans(personId), null, d.from(), d.plannedEnd()).ifPresent(o ->
                                problems.add(new FieldProblem("from", "overlap", "the absence overlaps the recorded "
                                        + "absence from " + o.from() + " to " + o.end())));
                    }
                    refuseOn(problems);

                    lock(resident, now);
                    TemporaryAbsence absence = new TemporaryAbsence(UUID.randomUUID(), personId, reason.name(),
                            d.from(), d.plannedEnd(), remarks, absenceLimits.rule(d.from()).id(), now, actor.name(),
                            basis.kind(), basis.reference());
                    procedures.add(absence);
                    flush();
                    return new Done("temporary absence " + absence.id() + " " + reason + " from " + d.from()
                            + " planned end " + d.plannedEnd() + basis(basis), List.of(personId));
                });
    }

    @Override
    public ResidentFile extendAbsence(UUID personId, UUID absenceId, AbsenceExtension e, Long expectedVersion,
                                      AccessContext context, String idempotencyKey) {
        return command("population.temporary-absence-extension", Capability.WRITE_PERSON, ABSENCE, personId, e,
                expectedVersion, context, idempotencyKey, (resident, actor, today, now) -> {
                    TemporaryAbsence absence = absence(personId, absenceId);
                    registered(resident, "only a registered resident's absence can be extended");
                    if (absence.validTo() != null) {
                        throw absenceEnded(absence);
                    }
                    List<FieldProblem> problems = new ArrayList<>();
                    Basis basis = RegisterRules.basis(e.basis(), "DECLARATION", problems);
                    absenceLimits.checkExtension(absence.validFrom(), absence.plannedEnd(), absence.extensions(),
                            e.plannedEnd(), problems);
                    if (problems.isEmpty()) {
                        AbsenceLimits.overlapping(spans(personId), absence.id(), absence.validFrom(), e.plannedEnd())
                                .ifPresent(o -> problems.add(new FieldProblem("plannedEnd", "overlap", "the extended "
                                        + "absence would overlap the recorded absence from " + o.from() + " to "
                                        + o.end())));
                    }
                    refuseOn(problems);

                    lock(resident, now);
                    LocalDate before = absence.plannedEnd();
                    absence.extend(e.plannedEnd(), now, actor.name(), basis.kind(), basis.reference());
                    flush();
                    return new Done("temporary absence " + absence.id() + " extended from " + before + " to "
                            + e.plannedEnd() + basis(basis), List.of(personId));
                });
    }

    @Override
    public ResidentFile endAbsence(UUID personId, UUID absenceId, AbsenceReturn r, Long expectedVersion,
                                   AccessContext context, String idempotencyKey) {
        return command("population.temporary-absence-end", Capability.WRITE_PERSON, ABSENCE, personId, r,
                expectedVersion, context, idempotencyKey, (resident, actor, today, now) -> {
                    TemporaryAbsence absence = absence(personId, absenceId);
                    if (absence.validTo() != null) {
                        throw absenceEnded(absence);
                    }
                    List<FieldProblem> problems = new ArrayList<>();
                    String remarks = RegisterRules.text(r.remarks(), RegisterRules.MAX_TEXT, "remarks", problems);
                    AbsenceLimits.checkReturn(absence.validFrom(), absence.plannedEnd(), r.date(), today, problems);
                    refuseOn(problems);

                    lock(resident, now);
                    absence.end(r.date(), remarks, now, actor.name());
                    flush();
                    return new Done("temporary absence " + absence.id() + " ended: back on " + r.date(),
                            List.of(personId));
                });
    }

    // ------------------------------------------------------------------ reference address

    @Override
    public ResidentFile assignReferenceAddress(UUID personId, ReferenceAddressRequest r, Long expectedVersion,
                                               AccessContext context, String idempotencyKey) {
        return command("population.reference-address", Capability.WRITE_PERSON, REFERENCE, personId, r,
                expectedVersion, context, idempotencyKey, (resident, actor, today, now) -> {
                    registered(resident, "only a registered resident can get a reference address");
                    if (openReferenceAddress(personId) != null) {
                        throw new ConflictException("open-reference-address", "person " + personId + " already has "
                                + "a reference address; end it first", 409);
                    }
                    return referenceAddress(personId, r, null, resident, actor, today, now);
                });
    }

    // --- registers (issue 3): a reference address changes in one command ---
    @Override
    public ResidentFile changeReferenceAddress(UUID personId, ReferenceAddressRequest r, Long expectedVersion,
                                               AccessContext context, String idempotencyKey) {
        return command("population.reference-address-change", Capability.WRITE_PERSON, REFERENCE, personId, r,
                expectedVersion, context, idempotencyKey, (resident, actor, today, now) -> {
                    registered(resident, "only a registered resident's reference address can change");
                    ReferenceAddress current = openReferenceAddress(personId);
                    if (current == null) {
                        throw new ConflictException("no-reference-address", "person " + personId + " has no "
                                + "reference address to change; give one instead", 409);
                    }
                    return referenceAddress(personId, r, current, resident, actor, today, now);
                });
    }

    /**
     * Gives the person a reference address from {@code r.date()}; {@code current} (null: none) is the open one it
     * replaces, ended that day in the same transaction (from a private host to the OCMW/CPAS or another host).
     */
    private Done referenceAddress(UUID personId, ReferenceAddressRequest r, ReferenceAddress current,
                                  Resident resident, Actor actor, LocalDate today, Instant now) {
        streets.ensureLoaded();
        List<FieldProblem> problems = new ArrayList<>();
        ReferenceAddressCategory category = RegisterRules.code(ReferenceAddressCategory.class,
                r.category(), "category", problems);
        ReferenceAddressKind kind = RegisterRules.code(ReferenceAddressKind.class, r.kind(), "kind",
                problems);
        Basis basis = RegisterRules.basis(r.basis(), "DECLARATION", problems);
        Residence residence = openResidence(personId);
        RegisterRules.checkDate(r.date(), today, residence == null ? null : residence.validFrom(), "date",
                problems);
        ReferenceAddressRules.checkKind(kind, r.address(), r.hostPersonId(), r.hostConsent(), problems);
        ReferenceAddressRules.checkPlannedEnd(category, r.date(), r.plannedEnd(),
                referenceSettings.professionalAbsenceMax(), problems);
        Addresses.Checked at = null;
        Resident host = null;
        if (kind == ReferenceAddressKind.OCMW) {
            at = ocmwAddress();
        } else if (kind == ReferenceAddressKind.PRIVATE_HOST) {
            at = addresses.check(r.address(), problems);
            ReferenceAddressRules.checkConsent(r.hostConsent(), r.date(), today, problems);
            if (r.hostPersonId() != null && at.valid() && r.date() != null) {
                host = store.resident(r.hostPersonId()).filter(h -> "REGISTERED".equals(h.status()))
                        .orElse(null);
                Residence hostResidence = host == null ? null : store.residences(host.personId()).stream()
                        .filter(x -> ValidPeriod.covers(x.validFrom(), x.validTo(), r.date()))
                        .reduce((a, b) -> b).orElse(null);
                UUID addressId = store.address(at.street().nis(), at.street().streetCode(),
                        at.parts().houseNumber(), at.parts().box()).map(AddressRow::id).orElse(null);
                ReferenceAddressRules.checkHost(personId, r.hostPersonId(), hostResidence, addressId,
                        problems);
            }
        }
        HouseholdMembership own = openMembership(personId);
        HouseholdMembership newReference = newReferencePerson(own, r.newReferencePersonId(), problems);
        refuseOn(problems);

        lock(resident, now);
        if (current != null) {
            current.close(endAt(current.validFrom(), r.date()), now, actor.name());
            flush(); // one open reference address per person: the old one ends before the new one begins
        }
        if (host != null) {
            procedures.lockForChange(host); // the host cannot move away unnoticed meanwhile
        }
        String by = actor.name();
        AddressRow address = addresses.findOrAdd(at.street(), at.parts());
        AddressRow from = residence == null ? null : store.address(residence.addressId()).orElse(null);
        List<UUID> staying = leave(residence, own, newReference, r.date(), now, by);
        integrators.registerChange(personId, staying, "reference address"); // --- integrators (issue 9) ---
        Household household = new Household(UUID.randomUUID(), address.id(), false, now);
        store.add(household);
        flush();
        store.add(new Residence(UUID.randomUUID(), personId, address.id(), r.date(),
                OriginKind.MUNICIPALITY.name(), from == null ? null : from.nis(), null, now, by,
                basis.kind(), basis.reference(), kind.name()));
        store.add(new HouseholdMembership(UUID.randomUUID(), household.id(), personId,
                HouseholdPosition.REFERENCE_PERSON.code(), r.date(), now, by));
        ReferenceAddress reference = new ReferenceAddress(UUID.randomUUID(), personId, category.name(),
                kind.name(), address.id(), r.hostPersonId(),
                r.hostConsent() == null ? null : r.hostConsent().date(),
                r.hostConsent() == null ? null : blankToNull(r.hostConsent().reference()), r.date(),
                r.plannedEnd(), now, by, basis.kind(), basis.reference());
        procedures.add(reference);
        flush();
        List<UUID> persons = new ArrayList<>(persons(personId, newReference));
        if (r.hostPersonId() != null) {
            persons.add(r.hostPersonId());
        }
        return new Done((current == null ? "" : "reference address " + current.id() + " ended; ")
                + "reference address " + reference.id() + " " + kind + " " + category + " from "
                + r.date() + (kind == ReferenceAddressKind.PRIVATE_HOST ? " host " + r.hostPersonId()
                + " consent " + r.hostConsent().date() + " " + r.hostConsent().reference().strip() : "")
                + basis(basis) + newReferenceText(newReference), persons);
    }
    // --- end registers ---

    @Override
    public ResidentFile endReferenceAddress(UUID personId, ReferenceAddressEnd e, Long expectedVersion,
                                            AccessContext context, String idempotencyKey) {
        return command("population.reference-address-end", Capability.WRITE_PERSON, REFERENCE, personId, e,
                expectedVersion, context, idempotencyKey, (resident, actor, today, now) -> {
                    ReferenceAddress reference = openReferenceAddress(personId);
                    if (reference == null) {
                        throw new ConflictException("no-reference-address", "person " + personId + " has no "
                                + "reference address to end", 409);
                    }
                    registered(resident, "only a registered resident's reference address can end");
                    streets.ensureLoaded();
                    List<FieldProblem> problems = new ArrayList<>();
                    Basis basis = RegisterRules.basis(e.basis(), "DECLARATION", problems);
                    Residence residence = openResidence(personId);
                    RegisterRules.checkDate(e.date(), today, reference.validFrom(), "date", problems);
                    Addresses.Checked at = addresses.check(e.address(), problems);
                    HouseholdChoice choice = HouseholdChoices.orNew(e.household());
                    HouseholdPosition position = HouseholdChoices.position(choice);
                    Household household = householdChoices.check(choice, position, e.date(), at.street(), at.parts(),
                            problems);
                    HouseholdMembership own = openMembership(personId);
                    HouseholdMembership newReference = newReferencePerson(own, e.newReferencePersonId(), problems);
                    refuseOn(problems);

                    lock(resident, now);
                    String by = actor.name();
                    AddressRow address = addresses.findOrAdd(at.street(), at.parts());
                    AddressRow from = store.address(reference.addressId()).orElseThrow();
                    reference.close(e.date(), now, by);
                    List<UUID> staying = leave(residence, own, newReference, e.date(), now, by);
                    household = joinOrForm(household, choice, address, now);
                    // --- integrators (issue 9): the household left and the one joined ---
                    List<UUID> touched = new ArrayList<>(staying);
                    touched.addAll(openMembers(household.id(), personId));
                    integrators.registerChange(personId, touched, "end of reference address");
                    store.add(new Residence(UUID.randomUUID(), personId, address.id(), e.date(),
                            OriginKind.MUNICIPALITY.name(), from.nis(), null, now, by, basis.kind(), basis.reference()));
                    store.add(new HouseholdMembership(UUID.randomUUID(), household.id(), personId, position.code(),
                            e.date(), now, by));
                    flush();
                    return new Done("reference address " + reference.id() + " ended on " + e.date()
                            + ": main residence at an address of the city" + basis(basis)
                            + newReferenceText(newReference), persons(personId, newReference));
                });
    }

    // ------------------------------------------------------------------ ex-officio removal

    @Override
    public ResidentFile proposeRemoval(UUID personId, RemovalProposalRequest p, Long expectedVersion,
                                       AccessContext context, String idempotencyKey) {
        return command("population.removal-proposal", Capability.WRITE_PERSON, REMOVAL, personId, p, expectedVersion,
                context, idempotencyKey, (resident, actor, today, now) -> {
                    registered(resident, "only a registered resident can be removed ex officio");
                    openProposal(personId).ifPresent(o -> {
                        throw new ConflictException("open-proposal", "person " + personId + " already has an open "
                                + "removal proposal (" + o.id() + ")", 409);
                    });
                    List<FieldProblem> problems = new ArrayList<>();
                    RemovalRules.checkProposal(p.absentSince(), p.policeReport(), today, problems);
                    String remarks = RegisterRules.text(p.remarks(), RegisterRules.MAX_TEXT, "remarks", problems);
                    refuseOn(problems);

                    lock(resident, now);
                    PoliceReport report = p.policeReport();
                    boolean withReport = report != null && report.findingDate() != null;
                    LocalDate until = withReport ? report.findingDate() : today;
                    boolean shortAbsence = removalRules.shortAbsence(p.absentSince(), until);
                    RemovalProposal proposal = new RemovalProposal(UUID.randomUUID(), personId, p.absentSince(),
                            remarks, shortAbsence, now, actor.name());
                    if (withReport) {
                        proposal.policeReport(report.reference().strip(), report.findingDate(), shortAbsence, now,
                                actor.name());
                    }
                    procedures.add(proposal);
                    flush();
                    return new Done("ex-officio removal proposed " + proposal.id() + " absent since "
                            + p.absentSince() + (withReport ? " police report " + report.reference().strip() : "")
                            + (shortAbsence ? " SHORT ABSENCE" : ""), List.of(personId));
                });
    }

    @Override
    public ResidentFile recordPoliceReport(UUID personId, UUID proposalId, PoliceReport report, Long expectedVersion,
                                           AccessContext context, String idempotencyKey) {
        // issue 3: the police (RECORD_RESIDENCE_CHECK, as for the residence check of a change of address) posts it
        return command("population.removal-police-report", Capability.RECORD_RESIDENCE_CHECK, REMOVAL, personId, report,
                expectedVersion, context, idempotencyKey, (resident, actor, today, now) -> {
                    RemovalProposal proposal = openProposal(personId, proposalId);
                    if (proposal.policeReportRef() != null) {
                        throw new ConflictException("police-report-recorded", "the police report of proposal "
                                + proposalId + " is recorded already (" + proposal.policeReportRef() + ")", 409);
                    }
                    List<FieldProblem> problems = new ArrayList<>();
                    RemovalRules.checkPoliceReport(report, proposal.absentSince(), today, "", problems);
                    refuseOn(problems);

                    lock(resident, now);
                    boolean shortAbsence = removalRules.shortAbsence(proposal.absentSince(), report.findingDate());
                    proposal.policeReport(report.reference().strip(), report.findingDate(), shortAbsence, now,
                            actor.name());
                    flush();
                    return new Done("police report " + report.reference().strip() + " of " + report.findingDate()
                            + " for removal proposal " + proposalId + (shortAbsence ? " SHORT ABSENCE" : ""),
                            List.of(personId));
                });
    }

    @Override
    public ResidentFile decideRemoval(UUID personId, UUID proposalId, RemovalDecision d, Long expectedVersion,
                                      AccessContext context, String idempotencyKey) {
        return command("population.removal-decision", Capability.DECIDE_ADDRESS_CHANGE, REMOVAL, personId, d,
                expectedVersion, context, idempotencyKey, (resident, actor, today, now) -> {
                    RemovalProposal proposal = openProposal(personId, proposalId);
                    registered(resident, "only a registered resident can be removed ex officio");
                    List<FieldProblem> problems = new ArrayList<>();
                    Residence residence = openResidence(personId);
                    RemovalRules.checkDecision(d.decisionDate(), d.decisionReference(), proposal.policeFindingDate(),
                            today, residence == null ? null : residence.validFrom(), problems);
                    HouseholdMembership own = openMembership(personId);
                    HouseholdMembership newReference = newReferencePerson(own, d.newReferencePersonId(), problems);
                    refuseOn(problems);

                    lock(resident, now);
                    String by = actor.name();
                    LocalDate date = d.decisionDate();
                    boolean shortAbsence = removalRules.shortAbsence(proposal.absentSince(), date);
                    List<UUID> staying = depart(personId, residence, own, newReference, date, now, by, null);
                    integrators.registerChange(personId, staying, "ex-officio removal " + proposalId); // --- issue 9 ---
                    proposal.decide(date, d.decisionReference().strip(), shortAbsence, now, by);
                    resident.removed(now);
                    // --- population (issue 3, task A): like death and emigration, an open change of address is
                    // withdrawn and the identity cards end with the removal
                    Optional<UUID> withdrawn = addressChanges.withdrawOpen(personId, "withdrawn: person " + personId
                            + " removed ex officio on " + date);
                    flush();
                    documentEnds.cancelAll(personId, "ex-officio removal on " + date + " decision "
                            + d.decisionReference().strip());
                    return new Done("ex-officio removal decided " + proposalId + " on " + date + " decision "
                            + d.decisionReference().strip() + " police report " + proposal.policeReportRef()
                            + (shortAbsence ? " SHORT ABSENCE: " + removalRules.warning(proposal.absentSince(), date)
                            : "") + newReferenceText(newReference) + withdrawn.map(id -> "; change of address " + id
                            + " withdrawn").orElse(""), persons(personId, newReference));
                });
    }

    @Override
    public ResidentFile cancelRemoval(UUID personId, UUID proposalId, RemovalCancellation c, Long expectedVersion,
                                      AccessContext context, String idempotencyKey) {
        return command("population.removal-cancellation", Capability.WRITE_PERSON, REMOVAL, personId, c,
                expectedVersion, context, idempotencyKey, (resident, actor, today, now) -> {
                    RemovalProposal proposal = openProposal(personId, proposalId);
                    List<FieldProblem> problems = new ArrayList<>();
                    String reason = RegisterRules.text(c.reason(), RegisterRules.MAX_TEXT, "reason", problems);
                    if (reason == null) {
                        problems.add(new FieldProblem("reason", "required", "say why the proposal is withdrawn"));
                    }
                    refuseOn(problems);

                    lock(resident, now);
                    proposal.cancel(reason, now, actor.name());
                    flush();
                    return new Done("ex-officio removal proposal " + proposalId + " withdrawn: " + reason,
                            List.of(personId));
                });
    }

    // ------------------------------------------------------------------ reads

    @Override
    public List<TemporaryAbsenceView> absences(UUID personId, AccessContext context) {
        return history(personId, context, ABSENCE, ABSENCE, "temporary absences",
                () -> views.absences(personId, today()));
    }

    @Override
    public List<ReferenceAddressView> referenceAddresses(UUID personId, AccessContext context) {
        return history(personId, context, REFERENCE, EnumSet.of(InformationType.REFERENCE_ADDRESS),
                "reference addresses", () -> views.referenceAddresses(personId));
    }

    @Override
    public List<EmigrationView> emigrations(UUID personId, AccessContext context) {
        return history(personId, context, ABROAD, EnumSet.of(InformationType.RESIDENCE_ABROAD), "departures abroad",
                () -> views.emigrations(personId));
    }

    @Override
    public List<RemovalProposalView> removalProposals(UUID personId, AccessContext context) {
        return history(personId, context, REMOVAL,
                EnumSet.of(InformationType.MAIN_RESIDENCE, InformationType.MANAGING_MUNICIPALITY),
                "ex-officio removals", () -> views.removals(personId, today()));
    }

    // ------------------------------------------------------------------ the command skeleton

    private ResidentFile command(String operation, Capability capability, Set<InformationType> types, UUID personId,
                                 Object request, Long expectedVersion, AccessContext context, String idempotencyKey,
                                 Work work) {
        List<UUID> ids = personId == null ? List.of() : List.of(personId);
        ProtocolAction action = ProtocolAction.CHANGE;
        Actor actor = require(capability, context, action, types, ids, operation);
        if (personId == null) {
            throw new ValidationException("personId", "required", "say whose file to change");
        }
        if (request == null) {
            throw new ValidationException("body", "required", "the request body is required");
        }
        String fingerprint = IdempotencyKeys.fingerprint(operation + " " + personId + " " + request);
        if (idempotencyKey != null) {
            Optional<UUID> previous = keys.previous(idempotencyKey, operation, fingerprint);
            if (previous.isPresent()) {
                Resident earlier = resident(previous.get(), context, types, operation);
                ResidentFile file = files.file(earlier, today());
                log.record(ProtocolRecord.of(ProtocolAction.READ, types, List.of(earlier.personId()), context,
                        operation + " replayed for Idempotency-Key", ProtocolOutcome.OK));
                return file;
            }
        }
        Resident resident = resident(personId, context, types, operation);
        if (expectedVersion != null && expectedVersion != resident.version()) {
            refuse(types, ids, context, operation + " refused: stale-version", ProtocolOutcome.DENIED);
            throw ConflictException.staleVersion(expectedVersion, resident.version());
        }
        LocalDate today = today();
        Done done;
        try {
            done = work.apply(resident, actor, today, clock.instant());
        } catch (ValidationException e) {
            refuse(types, ids, context, operation + " refused: " + e.problems().stream()
                    .map(p -> p.field() + " " + p.code()).distinct().toList(), ProtocolOutcome.INVALID);
            throw e;
        } catch (NotFoundException e) {
            refuse(types, ids, context, operation + " refused: " + e.getMessage(), ProtocolOutcome.NOT_FOUND);
            throw e;
        } catch (DomainException e) {
            refuse(types, ids, context, operation + " refused: " + e.type(), ProtocolOutcome.DENIED);
            throw e;
        }
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, types, done.persons(), context, operation + ": "
                + done.text(), ProtocolOutcome.OK));
        if (idempotencyKey != null) {
            // a concurrent request with the same key fails at commit on the key's primary key: nothing of it stays
            keys.remember(idempotencyKey, operation, fingerprint, personId);
        }
        return files.file(resident, today);
    }

    /**
     * One of the person's procedure histories: read access checked (and a refusal logged) for {@code checked}, the
     * person must be a resident, the read logged for {@code logged}, the information the list shows.
     */
    private <T> List<T> history(UUID personId, AccessContext context, Set<InformationType> checked,
                                Set<InformationType> logged, String query, Supplier<List<T>> list) {
        require(Capability.READ_PERSON, context, ProtocolAction.READ, checked,
                personId == null ? List.of() : List.of(personId), query);
        if (personId == null) {
            throw new ValidationException("personId", "required", "say whose file to read");
        }
        resident(personId, context, checked, query);
        List<T> result = list.get();
        log.record(ProtocolRecord.of(ProtocolAction.READ, logged, List.of(personId), context, query, ProtocolOutcome.OK));
        return result;
    }

    private Actor require(Capability capability, AccessContext context, ProtocolAction action,
                          Set<InformationType> types, List<UUID> persons, String query) {
        try {
            return access.require(capability, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, types, persons, context, query, ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private Resident resident(UUID personId, AccessContext context, Set<InformationType> types, String query) {
        Resident r = store.resident(personId).orElse(null);
        if (r == null) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, types, List.of(), context,
                    query + " " + personId, ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("person " + personId + " is not registered in the population registers");
        }
        return r;
    }

    /** A refusal, in its own transaction (this one rolls back). */
    private void refuse(Set<InformationType> types, List<UUID> persons, AccessContext context, String query,
                        ProtocolOutcome outcome) {
        log.recordIndependently(ProtocolRecord.of(ProtocolAction.CHANGE, types, persons, context, query, outcome));
    }

    private static void refuseOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static void registered(Resident resident, String why) {
        if (!"REGISTERED".equals(resident.status())) {
            throw new ConflictException("not-registered", "person " + resident.personId() + " is "
                    + resident.status() + ": " + why, 409);
        }
    }

    /**
     * Bumps the resident's version and writes it now: every command on this person passes here after its checks, so
     * a concurrent one waits on the row and then fails on the version (409), before anything else is written.
     */
    private void lock(Resident resident, Instant now) {
        resident.touch(now);
        procedures.lockForChange(resident);
        flush();
    }

    private void flush() {
        try {
            procedures.flush();
        } catch (PersistenceException e) {
            LOG.info(() -> "register procedure refused on a concurrent change: " + e);
            throw new ConflictException("concurrent-change", "the person's file was changed by someone else at the "
                    + "same time; nothing was stored, reload it and apply your change again", 409);
        }
    }

    // ------------------------------------------------------------------ shared steps

    /**
     * Ends the person's life in the city's registers on {@code date}: residence, household membership (with the
     * new reference person), register period, a current temporary absence and reference address; an open removal
     * proposal is withdrawn with {@code cancelReason} (null: none is touched).
     */
    private List<UUID> depart(UUID personId, Residence residence, HouseholdMembership own,
                              HouseholdMembership newReference, LocalDate date, Instant now, String by,
                              String cancelReason) {
        List<UUID> staying = leave(residence, own, newReference, date, now, by);
        for (RegisterEntry e : store.registerEntries(personId)) {
            if (e.validTo() == null) {
                e.close(endAt(e.validFrom(), date), now, by);
            }
        }
        for (TemporaryAbsence a : procedures.absences(personId)) {
            if (a.validTo() == null && a.plannedEnd().isAfter(date)) {
                a.end(endAt(a.validFrom(), date), "ended by " + (cancelReason == null ? "removal" : cancelReason),
                        now, by);
            }
        }
        ReferenceAddress reference = openReferenceAddress(personId);
        if (reference != null) {
            reference.close(endAt(reference.validFrom(), date), now, by);
        }
        if (cancelReason != null) {
            openProposal(personId).ifPresent(p -> p.cancel(cancelReason + " recorded", now, by));
        }
        return staying;
    }

    /**
     * Ends the residence and the household membership on {@code date}; the new reference person takes over.
     * Answers the members who stay in the household left (their household composition changed).
     */
    private List<UUID> leave(Residence residence, HouseholdMembership own, HouseholdMembership newReference,
                             LocalDate date, Instant now, String by) {
        if (residence != null) {
            residence.close(endAt(residence.validFrom(), date), now, by);
        }
        if (own == null) {
            return List.of();
        }
        List<UUID> staying = openMembers(own.householdId(), own.personId());
        own.close(endAt(own.validFrom(), date), now, by);
        procedures.lockForChange(store.household(own.householdId()).orElseThrow());
        if (newReference != null) {
            newReference.close(endAt(newReference.validFrom(), date), now, by);
            flush(); // one open membership per person: the old one is closed before the new one opens
            store.add(new HouseholdMembership(UUID.randomUUID(), own.householdId(), newReference.personId(),
                    HouseholdPosition.REFERENCE_PERSON.code(), date, now, by));
        }
        flush();
        return staying;
    }

    // --- integrators (issue 9, second part) ---
    /** The persons with an open membership of the household, other than {@code except}. */
    private List<UUID> openMembers(UUID householdId, UUID except) {
        return store.membersOf(householdId).stream().filter(m -> m.validTo() == null)
                .map(HouseholdMembership::personId).filter(p -> !p.equals(except)).distinct().toList();
    }

    @Inject
    IntegratorNotificationsBridge integrators;
    // --- population (issue 3, task M) ---
    @Inject
    AddressChangeService addressChanges;
    // --- end integrators ---

    /**
     * The household the person moves into: the chosen one, locked against a concurrent change, or (none chosen) a
     * new one at the address; written before the person's rows.
     */
    private Household joinOrForm(Household chosen, HouseholdChoice choice, AddressRow address, Instant now) {
        Household household = chosen;
        if (household == null) {
            household = new Household(UUID.randomUUID(), address.id(), choice.collectiveDwelling(), now);
            store.add(household);
        } else {
            procedures.lockForChange(household);
        }
        flush();
        return household;
    }

    private HouseholdMembership newReferencePerson(HouseholdMembership own, UUID newReferencePersonId,
                                                   List<FieldProblem> problems) {
        return RegisterRules.newReferencePerson(own, own == null ? List.of() : store.membersOf(own.householdId()),
                newReferencePersonId, "newReferencePersonId", problems);
    }

    private Addresses.Checked ocmwAddress() {
        List<FieldProblem> configured = new ArrayList<>();
        Addresses.Checked at = addresses.check(referenceSettings.ocmwAddress(), configured);
        if (!configured.isEmpty() || !at.valid()) {
            throw new IllegalStateException("the configured OCMW address (bz.population.reference-address.ocmw.*) is "
                    + "not an address of the street list: " + configured);
        }
        return at;
    }

    private TemporaryAbsence absence(UUID personId, UUID absenceId) {
        return (absenceId == null ? Optional.<TemporaryAbsence>empty() : procedures.absence(absenceId))
                .filter(a -> a.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("no temporary absence " + absenceId + " of person "
                        + personId));
    }

    private RemovalProposal openProposal(UUID personId, UUID proposalId) {
        RemovalProposal p = (proposalId == null ? Optional.<RemovalProposal>empty()
                : procedures.removalProposal(proposalId)).filter(x -> x.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("no removal proposal " + proposalId + " of person "
                        + personId));
        if (!p.open()) {
            throw new ConflictException("proposal-closed", "removal proposal " + proposalId + " is " + p.status()
                    + ": it can no longer change", 409);
        }
        return p;
    }

    private Optional<RemovalProposal> openProposal(UUID personId) {
        return procedures.removalProposals(personId).stream().filter(RemovalProposal::open).findFirst();
    }

    private ReferenceAddress openReferenceAddress(UUID personId) {
        return procedures.referenceAddresses(personId).stream().filter(r -> r.validTo() == null).reduce((a, b) -> b)
                .orElse(null);
    }

    private List<AbsenceLimits.Span> spans(UUID personId) {
        return procedures.absences(personId).stream()
                .map(a -> new AbsenceLimits.Span(a.id(), a.validFrom(), a.effectiveEnd())).toList();
    }

    private HouseholdMembership openMembership(UUID personId) {
        return store.memberships(personId).stream().filter(m -> m.validTo() == null).reduce((a, b) -> b).orElse(null);
    }

    private Residence openResidence(UUID personId) {
        return store.residences(personId).stream().filter(r -> r.validTo() == null).reduce((a, b) -> b).orElse(null);
    }

    private LocalDate lastResidenceEnd(UUID personId) {
        return store.residences(personId).stream().map(Residence::validTo).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    private static ConflictException absenceEnded(TemporaryAbsence a) {
        return new ConflictException("absence-ended", "the temporary absence " + a.id() + " ended on " + a.validTo()
                + ": it can no longer change", 409);
    }

    /** A period closed on {@code date}, never before its own start (the check constraint valid_to >= valid_from). */
    static LocalDate endAt(LocalDate from, LocalDate date) {
        return date.isBefore(from) ? from : date;
    }

    private static List<UUID> persons(UUID personId, HouseholdMembership newReference) {
        Set<UUID> all = new LinkedHashSet<>();
        all.add(personId);
        if (newReference != null) {
            all.add(newReference.personId());
        }
        return List.copyOf(all);
    }

    private static String basis(Basis b) {
        return " " + b.kind() + (b.reference() == null ? "" : " " + b.reference());
    }

    private static String newReferenceText(HouseholdMembership newReference) {
        return newReference == null ? "" : "; new reference person " + newReference.personId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ResidentService.BELGIUM));
    }
}
