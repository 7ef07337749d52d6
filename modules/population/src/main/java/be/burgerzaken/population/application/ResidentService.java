package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.NewPerson;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonRegistry;
import be.burgerzaken.kernel.api.person.PersonStatus;
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
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import be.burgerzaken.population.api.AddressChangeView;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.api.ArrivingMember;
import be.burgerzaken.population.api.MovingMember;
import be.burgerzaken.population.domain.ArrivalRules;
import be.burgerzaken.population.domain.HouseholdRules;
import be.burgerzaken.population.api.FirstRegistration;
import be.burgerzaken.population.api.HouseholdChoice;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.Occupant;
import be.burgerzaken.population.api.OriginKind;
import be.burgerzaken.population.api.ReferenceAddressKind;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.ResidencePeriod;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.Residents;
import be.burgerzaken.population.domain.AddressRow;
import be.burgerzaken.population.domain.AddressRules;
import be.burgerzaken.population.domain.Household;
import be.burgerzaken.population.domain.HouseholdMembership;
import be.burgerzaken.population.domain.RegisterEntry;
import be.burgerzaken.population.domain.RegisterRules;
import be.burgerzaken.population.domain.Residence;
import be.burgerzaken.population.domain.Resident;
import be.burgerzaken.population.domain.StreetRow;
import be.burgerzaken.population.persistence.PopulationStore;
import be.burgerzaken.population.persistence.StreetLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The residents of the population registers: first registration (inschrijving / inscription) and the reads of a
 * resident's file. Access check first, then the work, then the protocol-log entry in the same transaction;
 * refusals are logged in a transaction of their own. A registration stores everything or nothing.
 */
@ApplicationScoped
@Transactional
public class ResidentService implements Residents {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    static final String REGISTER_OPERATION = "population.first-registration";
    static final String ARRIVAL_OPERATION = "population.arrival-declaration";
    static final Set<InformationType> ALL_TYPES = EnumSet.of(InformationType.MAIN_RESIDENCE,
            InformationType.HOUSEHOLD, InformationType.REGISTER_TYPE);

    @Inject
    PopulationStore store;
    @Inject
    Addresses addresses;
    @Inject
    StreetLoader streets;
    @Inject
    PersonRegistry registry;
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
    IdempotencyKeys keys;
    @Inject
    HouseholdChoices householdChoices;

    @Override
    public ResidentFile register(FirstRegistration r, AccessContext context) {
        return (ResidentFile) registerOrDeclare(r, context, false);
    }

    // --- population (issue 3, task M) ---
    @Override
    public AddressChangeView declareArrival(FirstRegistration r, AccessContext context) {
        return (AddressChangeView) registerOrDeclare(r, context, true);
    }

    @Inject
    AddressChangeService addressChanges;

    /**
     * A first registration (from abroad, or of a person without a previous residence: registered at once, nothing
     * to check with another municipality) or, with {@code arrival}, an arrival from another Belgian municipality
     * (the change-of-address procedure). The checks are the same.
     */
    private Object registerOrDeclare(FirstRegistration r, AccessContext context, boolean arrival) {
        // --- population (issue 3, task A): an arrival is a declaration (clerk, population officer, e-counter);
        // creating a new identity in the kernel still needs WRITE_PERSON
        Actor actor = require(arrival ? Capability.DECLARE_ADDRESS_CHANGE : Capability.WRITE_PERSON, context,
                ProtocolAction.CREATE, concerned(r), arrival ? "arrival declaration" : "first registration");
        if (r == null) {
            throw new ValidationException("body", "required", "the registration is required");
        }
        List<ArrivingMember> family = r.members() == null ? List.of() : r.members();
        if (arrival && (r.person() != null || family.stream().anyMatch(m -> m != null && m.person() != null))) {
            require(Capability.WRITE_PERSON, context, ProtocolAction.CREATE, concerned(r),
                    "arrival declaration of a new identity");
        }
        streets.ensureLoaded();
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        List<FieldProblem> problems = new ArrayList<>();
        Basis basis = basis(r.basis(), problems);
        if (r.registerType() == null) {
            problems.add(new FieldProblem("registerType", "required", "the register is one of "
                    + List.of(RegisterType.values())));
        }
        if (r.date() == null) {
            problems.add(new FieldProblem("date", "required", "the date the registration takes effect is required"));
        } else if (r.date().isAfter(today)) {
            problems.add(new FieldProblem("date", "future", "a registration cannot take effect in the future ("
                    + r.date() + " is after today, " + today + ")"));
        }
        Addresses.Checked checkedAddress = addresses.check(r.address(), r.date(), problems);
        StreetRow street = checkedAddress.street();
        AddressRules.Parts parts = checkedAddress.parts();
        origin(r, street, problems);
        if (r.origin() != null && r.origin().kind() != null
                && (r.origin().kind() == OriginKind.MUNICIPALITY) != arrival) {
            problems.add(new FieldProblem("origin.kind", arrival ? "not-arrival" : "arrival-procedure", arrival
                    ? "an arrival is from another Belgian municipality (origin kind MUNICIPALITY)"
                    : "an arrival from another Belgian municipality is a change-of-address declaration (police "
                    + "check, decision), not registered at once"));
        }
        HouseholdChoice choice = HouseholdChoices.orNew(r.household());
        HouseholdPosition position = HouseholdChoices.position(choice);
        Household household = householdChoices.check(choice, position, r.date(), street, parts, problems);
        NewPerson newPerson = null;
        if (r.personId() == null && r.person() == null) {
            problems.add(new FieldProblem("personId", "required",
                    "give the personId of a person known to the kernel, or the identity of a new person in 'person'"));
        } else if (r.personId() != null && r.person() != null) {
            problems.add(new FieldProblem("person", "ambiguous", "give either personId or person, not both"));
        } else if (r.person() != null) {
            newPerson = withBasis(r.person(), basis);
            try {
                registry.validate(newPerson);
            } catch (ValidationException e) {
                e.problems().forEach(p -> problems.add(new FieldProblem("person." + p.field(), p.code(), p.message(), p.args())));
            }
            birthBeforeDate(newPerson.birthDate(), r.date(), problems);
            // --- registers (issue 3): a Belgian only in the population register ---
            RegisterRules.checkRegisterForNationality(r.registerType(), newPerson.nationalities(), "registerType",
                    problems);
        } else {
            PersonView declarant = existingPerson(r.personId(), "personId", r.registerType(), r.date(), context,
                    problems);
            if (arrival && declarant != null) {
                adult(declarant.birthDate(), "personId", problems);
            }
        }
        if (arrival && newPerson != null) {
            adult(newPerson.birthDate(), "person.birthDate", problems);
        }
        if (!arrival && !family.isEmpty()) {
            problems.add(new FieldProblem("members", "arrival-only", "only an arrival from another Belgian "
                    + "municipality declares a family; register each person from abroad on their own"));
        }
        List<NewPerson> newMembers = new ArrayList<>();
        List<HouseholdPosition> memberPositions = new ArrayList<>();
        if (arrival) {
            familyMembers(r, family, basis, position, household, context, problems, newMembers, memberPositions);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Set<UUID> refusedArrivals = new java.util.HashSet<>();
        for (UUID known : concerned(r)) {
            Resident existing = store.resident(known).orElse(null);
            // an arrival refused earlier (ARRIVING, no open procedure) may be declared again
            if (existing != null && !(arrival && "ARRIVING".equals(existing.status()))) {
                throw alreadyRegistered(existing.personId());
            }
            if (existing != null) {
                refusedArrivals.add(known);
            }
        }

        UUID personId = newPerson == null ? r.personId() : registry.register(newPerson, context).id();
        Instant now = clock.instant();
        if (arrival) {
            try {
                AddressRow address = addresses.findOrAdd(street, parts);
                List<MovingMember> arriving = new ArrayList<>();
                arriving.add(new MovingMember(personId, position));
                for (int i = 0; i < family.size(); i++) {
                    NewPerson identity = newMembers.get(i);
                    UUID id = identity == null ? family.get(i).personId() : registry.register(identity, context).id();
                    arriving.add(new MovingMember(id, memberPositions.get(i)));
                }
                for (MovingMember m : arriving) {
                    if (!refusedArrivals.contains(m.personId())) {
                        store.add(Resident.arriving(m.personId(), r.registerType().name(), today, now));
                    } // a refused arrival declared again: its open-procedure guard keeps concurrent declarations apart
                }
                if (household != null) {
                    store.lockForChange(household);
                }
                store.flush();
                AddressChangeView view = addressChanges.openArrival(arriving, address, household, r.date(),
                        r.origin().municipalityNis().strip(), r.registerType().name(), basis.kind(), basis.reference(),
                        context, actor);
                log.record(ProtocolRecord.of(ProtocolAction.CREATE, ALL_TYPES,
                        arriving.stream().map(MovingMember::personId).toList(), context,
                        "arrival declaration " + view.id() + " from " + view.originNis() + " move " + r.date()
                                + " declared " + view.declaredOn() + " " + r.registerType()
                                + (arriving.size() > 1 ? " family of " + arriving.size() : "")
                                + (view.late() ? " LATE" : ""), ProtocolOutcome.OK));
                return view;
            } catch (PersistenceException e) {
                throw new ConflictException("concurrent-change", "the person, address or household was changed by "
                        + "someone else at the same time; nothing was stored, send the declaration again", 409);
            }
        }
        try {
            AddressRow address = addresses.findOrAdd(street, parts);
            Resident resident = new Resident(personId, r.registerType().name(), r.date(), now);
            store.add(resident);
            if (household == null) {
                household = new Household(UUID.randomUUID(), address.id(), choice.collectiveDwelling(), now);
                store.add(household);
            } else {
                store.lockForChange(household);
            }
            store.flush();
            store.add(new RegisterEntry(UUID.randomUUID(), personId, r.registerType().name(), r.date(), now,
                    actor.name(), basis.kind(), basis.reference()));
            store.add(new Residence(UUID.randomUUID(), personId, address.id(), r.date(), r.origin().kind().name(),
                    r.origin().kind() == OriginKind.MUNICIPALITY ? r.origin().municipalityNis().strip() : null,
                    r.origin().kind() == OriginKind.ABROAD ? r.origin().country().strip().toUpperCase() : null,
                    now, actor.name(), basis.kind(), basis.reference()));
            store.add(new HouseholdMembership(UUID.randomUUID(), household.id(), personId, position.code(), r.date(),
                    now, actor.name()));
            store.flush();
            log.record(ProtocolRecord.of(ProtocolAction.CREATE, ALL_TYPES, List.of(personId), context,
                    "first registration " + r.registerType() + " from " + r.origin().kind() + " on " + r.date() + " "
                            + basis.kind() + (basis.reference() == null ? "" : " " + basis.reference()),
                    ProtocolOutcome.OK));
            return files.file(resident, today);
        } catch (PersistenceException e) {
            // the resident's primary key, an address or a household version: someone else was first
            if (r.personId() != null) {
                throw alreadyRegistered(personId);
            }
            throw new ConflictException("concurrent-change", "the address or household was changed by someone else "
                    + "at the same time; nothing was stored, send the registration again", 409);
        }
    }

    @Override
    public ResidentFile register(FirstRegistration r, AccessContext context, String idempotencyKey) {
        if (idempotencyKey == null) {
            return register(r, context);
        }
        require(Capability.WRITE_PERSON, context, ProtocolAction.CREATE,
                r == null || r.personId() == null ? List.of() : List.of(r.personId()), "first registration");
        String fingerprint = IdempotencyKeys.fingerprint(String.valueOf(r));
        var previous = keys.previous(idempotencyKey, REGISTER_OPERATION, fingerprint);
        if (previous.isPresent()) {
            Resident resident = store.resident(previous.get()).orElseThrow(
                    () -> new NotFoundException("person " + previous.get() + " is no longer registered"));
            ResidentFile file = files.file(resident, LocalDate.now(clock.withZone(BELGIUM)));
            log.record(ProtocolRecord.of(ProtocolAction.READ, ALL_TYPES, List.of(resident.personId()), context,
                    "first registration replayed for Idempotency-Key", ProtocolOutcome.OK));
            return file;
        }
        ResidentFile created = register(r, context);
        // a concurrent request with the same key fails at commit on the key's primary key: nothing of it is stored
        keys.remember(idempotencyKey, REGISTER_OPERATION, fingerprint, created.personId());
        return created;
    }

    @Override
    public ResidentFile file(UUID personId, AccessContext context) {
        require(Capability.READ_PERSON, context, ProtocolAction.READ, ids(personId), "resident file");
        Resident resident = resident(personId, context, "resident file");
        ResidentFile file = files.file(resident, LocalDate.now(clock.withZone(BELGIUM)));
        log.record(ProtocolRecord.of(ProtocolAction.READ, ALL_TYPES, List.of(personId), context, "resident file",
                ProtocolOutcome.OK));
        return file;
    }

    @Override
    public List<ResidencePeriod> addressHistory(UUID personId, AccessContext context) {
        require(Capability.READ_PERSON, context, ProtocolAction.READ, ids(personId), "address history");
        resident(personId, context, "address history");
        List<ResidencePeriod> history = files.residences(store.residences(personId));
        log.record(ProtocolRecord.of(ProtocolAction.READ, List.of(InformationType.MAIN_RESIDENCE), List.of(personId),
                context, "address history", ProtocolOutcome.OK));
        return history;
    }

    @Override
    public List<Occupant> residentsAt(AddressInput input, LocalDate date, AccessContext context) {
        String query = "residents of " + (input == null ? "?" : input.streetCode() + " " + input.houseNumber()
                + (input.box() == null || input.box().isBlank() ? "" : " box " + input.box())) + " on "
                + (date == null ? "today" : date);
        require(Capability.SEARCH_PERSON, context, ProtocolAction.SEARCH, List.of(), query);
        streets.ensureLoaded();
        List<FieldProblem> problems = new ArrayList<>();
        AddressRules.Parts parts = input == null
                ? AddressRules.check(null, null, null, "", problems)
                : AddressRules.check(input.streetCode(), input.houseNumber(), input.box(), "", problems);
        StreetRow street = parts == null ? null : street(parts.streetCode(), "streetCode", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate day = date == null ? LocalDate.now(clock.withZone(BELGIUM)) : date;
        List<Occupant> occupants = store.address(street.nis(), street.streetCode(), parts.houseNumber(), parts.box())
                .map(a -> store.residencesAt(a.id(), day).stream()
                        .map(x -> new Occupant(x.personId(), x.validFrom(), x.validTo(),
                                x.referenceAddress() == null ? null : ReferenceAddressKind.valueOf(x.referenceAddress())))
                        .toList())
                .orElse(List.of());
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, List.of(InformationType.MAIN_RESIDENCE),
                occupants.stream().map(Occupant::personId).distinct().toList(), context, query, ProtocolOutcome.OK));
        return occupants;
    }

    @Override
    public HouseholdComposition household(UUID personId, LocalDate date, AccessContext context) {
        LocalDate day = date == null ? LocalDate.now(clock.withZone(BELGIUM)) : date;
        String query = "household on " + day;
        require(Capability.READ_PERSON, context, ProtocolAction.READ, ids(personId), query);
        resident(personId, context, query);
        HouseholdComposition composition = files.household(personId, day);
        if (composition == null) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, List.of(InformationType.HOUSEHOLD),
                    List.of(personId), context, query, ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("person " + personId + " belonged to no household on " + day);
        }
        log.record(ProtocolRecord.of(ProtocolAction.READ, List.of(InformationType.HOUSEHOLD),
                composition.members().stream().map(m -> m.personId()).distinct().toList(), context, query,
                ProtocolOutcome.OK));
        return composition;
    }

    /** Parses a YYYY-MM-DD date given as text (REST, screens), naming the field when it is not one. */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private Actor require(Capability capability, AccessContext context, ProtocolAction action, List<UUID> persons,
                          String query) {
        try {
            return access.require(capability, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, ALL_TYPES, persons, context, query, ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private Resident resident(UUID personId, AccessContext context, String query) {
        Resident r = personId == null ? null : store.resident(personId).orElse(null);
        if (r == null) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, ALL_TYPES, List.of(), context,
                    query + " " + personId, ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("person " + personId + " is not registered in the population registers");
        }
        return r;
    }

    private StreetRow street(String code, String field, List<FieldProblem> problems) {
        StreetRow s = store.street(code).orElse(null);
        if (s == null) {
            problems.add(new FieldProblem(field, "unknown", "no street with code " + code + " in the street list"));
        }
        return s;
    }

    private void origin(FirstRegistration r, StreetRow street, List<FieldProblem> problems) {
        if (r.origin() == null || r.origin().kind() == null) {
            problems.add(new FieldProblem("origin.kind", "required", "where the person comes from: one of "
                    + List.of(OriginKind.values())));
            return;
        }
        if (r.origin().kind() == OriginKind.BIRTH) {
            problems.add(new FieldProblem("origin.kind", "birth-by-act", "a newborn is entered in the registers by "
                    + "the registration of its birth act, not by a first registration"));
            return;
        }
        ReferenceCatalog catalog = ReferenceCatalog.load();
        if (r.origin().kind() == OriginKind.MUNICIPALITY) {
            String nis = r.origin().municipalityNis();
            if (nis == null || nis.isBlank()) {
                problems.add(new FieldProblem("origin.municipalityNis", "required",
                        "the NIS code of the previous municipality is required"));
            } else if (catalog.municipalityByNis(nis.strip()).isEmpty()) {
                problems.add(new FieldProblem("origin.municipalityNis", "unknown", "no Belgian municipality has NIS code "
                        + nis.strip()));
            } else if (street != null && street.nis().equals(nis.strip())) {
                problems.add(new FieldProblem("origin.municipalityNis", "same-municipality",
                        "a move within the municipality is a change of address, not a first registration"));
            }
        } else if (r.origin().kind() == OriginKind.ABROAD) {
            String country = r.origin().country();
            if (country == null || country.isBlank()) {
                problems.add(new FieldProblem("origin.country", "required", "the previous country (ISO code) is required"));
            } else if (catalog.countryByIso2(country).isEmpty()) {
                problems.add(new FieldProblem("origin.country", "unknown", "'" + country.strip()
                        + "' is not an ISO 3166-1 alpha-2 country code"));
            } else if (country.strip().equalsIgnoreCase("BE")) {
                problems.add(new FieldProblem("origin.country", "not-abroad",
                        "BE is not abroad: use origin kind MUNICIPALITY with the previous municipality"));
            }
        }
    }

    private PersonView existingPerson(UUID personId, String field, RegisterType register, LocalDate date,
                                      AccessContext context, List<FieldProblem> problems) {
        PersonView person;
        try {
            // --- population (issue 3, task A): the e-counter declares without READ_PERSON; the declaration's own
            // checks (known, alive, adult) read the person as the application, logged with the declaration's purpose
            person = access.allows(Capability.READ_PERSON) ? directory.get(personId, context)
                    : access.asSystem(() -> directory.get(personId, context));
        } catch (NotFoundException e) {
            problems.add(new FieldProblem(field, "unknown", "no person with id " + personId));
            return null;
        }
        if (person.status() == PersonStatus.DECEASED) {
            problems.add(new FieldProblem(field, "deceased", "a deceased person cannot be registered"));
        }
        birthBeforeDate(person.birthDate(), date, problems);
        // --- registers (issue 3): a Belgian only in the population register ---
        RegisterRules.checkRegisterForNationality(register, person.nationalities(), "registerType", problems);
        return person;
    }

    // --- population (issue 3, task A): a family arriving in one declaration ---

    /** The declaring person and the family members known to the kernel (their ids), for access and the log. */
    private static List<UUID> concerned(FirstRegistration r) {
        if (r == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        if (r.personId() != null) {
            ids.add(r.personId());
        }
        if (r.members() != null) {
            r.members().stream().filter(m -> m != null && m.personId() != null).map(ArrivingMember::personId)
                    .filter(id -> !ids.contains(id)).forEach(ids::add);
        }
        return ids;
    }

    /**
     * Checks the family arriving with the declaring person (domain.md section 3: one adult declares for the
     * household): each member known to the kernel or a valid new identity, listed once, alive, born before the
     * date, with a position; one reference person in the household at the new address. Fills {@code identities}
     * (null for a known person) and {@code positions} per member.
     */
    private void familyMembers(FirstRegistration r, List<ArrivingMember> family, Basis basis,
                               HouseholdPosition declarantPosition, Household household, AccessContext context,
                               List<FieldProblem> problems, List<NewPerson> identities,
                               List<HouseholdPosition> positions) {
        Set<UUID> seen = new java.util.HashSet<>();
        if (r.personId() != null) {
            seen.add(r.personId());
        }
        for (int i = 0; i < family.size(); i++) {
            ArrivingMember m = family.get(i);
            String field = "members[" + i + "]";
            identities.add(null);
            positions.add(m == null ? null : m.position());
            if (m == null || (m.personId() == null && m.person() == null)) {
                problems.add(new FieldProblem(field + ".personId", "required",
                        "give the personId of a person known to the kernel, or the identity of a new person in 'person'"));
                continue;
            }
            if (m.personId() != null && m.person() != null) {
                problems.add(new FieldProblem(field + ".person", "ambiguous", "give either personId or person, not both"));
            } else if (m.person() != null) {
                NewPerson identity = withBasis(m.person(), basis);
                try {
                    registry.validate(identity);
                    identities.set(i, identity);
                } catch (ValidationException e) {
                    e.problems().forEach(p -> problems.add(new FieldProblem(field + ".person." + p.field(), p.code(),
                            p.message(), p.args())));
                }
                birthBeforeDate(identity.birthDate(), r.date(), problems);
                RegisterRules.checkRegisterForNationality(r.registerType(), identity.nationalities(), "registerType",
                        problems);
            } else if (!seen.add(m.personId())) {
                problems.add(new FieldProblem(field + ".personId", "duplicate", "person " + m.personId()
                        + " is listed twice"));
            } else {
                existingPerson(m.personId(), field + ".personId", r.registerType(), r.date(), context, problems);
            }
        }
        ArrivalRules.positions(declarantPosition, household != null && r.date() != null
                && HouseholdRules.referencePersonTaken(store.membersOf(household.id()), r.date()), positions, problems);
    }

    /** The person who declares an arrival must be an adult (a minor does not arrive alone or declare a family). */
    private void adult(String birthDate, String field, List<FieldProblem> problems) {
        if (ArrivalRules.minor(birthDate, LocalDate.now(clock.withZone(BELGIUM)), AddressChangeService.ADULT)) {
            problems.add(new FieldProblem(field, "minor", "the person who declares the arrival must be an adult ("
                    + AddressChangeService.ADULT + " or older); a minor arrives with an adult who declares"));
        }
    }

    @Override
    public AddressChangeView declareArrival(FirstRegistration r, AccessContext context, String idempotencyKey) {
        if (idempotencyKey == null) {
            return declareArrival(r, context);
        }
        require(Capability.DECLARE_ADDRESS_CHANGE, context, ProtocolAction.CREATE, concerned(r), "arrival declaration");
        String fingerprint = IdempotencyKeys.fingerprint(String.valueOf(r));
        var previous = keys.previous(idempotencyKey, ARRIVAL_OPERATION, fingerprint);
        if (previous.isPresent()) {
            AddressChangeView view = addressChanges.replayed(previous.get());
            log.record(ProtocolRecord.of(ProtocolAction.READ, ALL_TYPES,
                    view.members().stream().map(MovingMember::personId).toList(), context,
                    "arrival declaration " + view.id() + " replayed for Idempotency-Key", ProtocolOutcome.OK));
            return view;
        }
        AddressChangeView created = declareArrival(r, context);
        // a concurrent request with the same key fails at commit on the key's primary key: nothing of it is stored
        keys.remember(idempotencyKey, ARRIVAL_OPERATION, fingerprint, created.id());
        return created;
    }

    private static void birthBeforeDate(String birthDate, LocalDate date, List<FieldProblem> problems) {
        if (birthDate == null || date == null || birthDate.contains("-00")) {
            return;
        }
        try {
            if (LocalDate.parse(birthDate).isAfter(date)) {
                problems.add(new FieldProblem("date", "before-birth", "the registration date " + date
                        + " is before the birth (" + birthDate + ")"));
            }
        } catch (DateTimeParseException ignored) {
            // the kernel reports a bad birth date itself
        }
    }

    private static NewPerson withBasis(NewPerson p, Basis basis) {
        if (p.basis() != null || basis == null) {
            return p;
        }
        return new NewPerson(p.familyName(), p.givenNames(), p.birthDate(), p.birthPlaceNis(), p.birthPlaceForeign(),
                p.birthCountry(), p.sex(), p.nationalities(), p.nationalNumber(), p.allocateNationalNumber(), basis);
    }

    private static Basis basis(Basis b, List<FieldProblem> problems) {
        if (b == null || b.kind() == null || b.kind().isBlank()) {
            problems.add(new FieldProblem("basis.kind", "required", "state the legal basis: one of " + Basis.KINDS));
            return null;
        }
        if (!Basis.KINDS.contains(b.kind())) {
            problems.add(new FieldProblem("basis.kind", "invalid", "the basis must be one of " + Basis.KINDS));
            return null;
        }
        if (b.reference() != null && b.reference().length() > 200) {
            problems.add(new FieldProblem("basis.reference", "length", "at most 200 characters"));
            return null;
        }
        return b;
    }

    private static ConflictException alreadyRegistered(UUID personId) {
        return new ConflictException("already-registered", "person " + personId
                + " is already registered in the population registers; a move is a change of address", 409);
    }

    private static List<UUID> ids(UUID id) {
        return id == null ? List.of() : List.of(id);
    }
}
