package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.event.PersonDied;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.NationalNumberCheck;
import be.burgerzaken.kernel.api.identity.NationalNumberKind;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.identity.Sex;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.FactChange;
import be.burgerzaken.kernel.api.person.IdentityFact;
import be.burgerzaken.kernel.api.person.NationalNumberChange;
import be.burgerzaken.kernel.api.person.NewPerson;
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
import be.burgerzaken.kernel.domain.FormerNationalNumber;
import be.burgerzaken.kernel.domain.Person;
import be.burgerzaken.kernel.domain.PersonFact;
import be.burgerzaken.kernel.persistence.PersonStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records persons and identity facts, each with its legal basis, in one transaction with the protocol log.
 * Used by the procedures that own identity changes (registration, civil status acts, corrections).
 */
@ApplicationScoped
@Transactional
public class PersonRegistryService implements PersonRegistry {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    @Inject
    PersonStore store;
    @Inject
    NationalNumberAllocator allocator;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.event.Event<PersonDied> died;
    @Inject
    IdempotencyKeys keys;

    private static final String REGISTER_OPERATION = "kernel.person.register";

    @Override
    public PersonView register(NewPerson p, AccessContext context) {
        Actor actor = requireOrLog(Capability.WRITE_PERSON, context, ProtocolAction.CREATE, List.of());
        Validated v = check(p);
        Instant now = clock.instant();
        Person person = new Person(UUID.randomUUID(), now);
        String nn = v.nationalNumber;
        if (nn == null && p.allocateNationalNumber()) {
            nn = allocator.allocate(v.birthDate, Sex.fromCode(v.sex)).digits();
        }
        Basis basis = v.basis;
        List<PersonFact> facts = new ArrayList<>();
        if (nn != null) {
            person.nationalNumber(nn);
            facts.add(fact(person.id(), IdentityFact.NATIONAL_NUMBER, Map.of("nationalNumber", nn), null, now, actor, basis));
        }
        person.name((String) v.name.get("familyName"), (String) v.name.get("givenNames"));
        facts.add(fact(person.id(), IdentityFact.NAME, v.name, null, now, actor, basis));
        person.birth((String) v.birth.get("date"), (String) v.birth.get("placeNis"),
                (String) v.birth.get("placeForeign"), (String) v.birth.get("country"));
        facts.add(fact(person.id(), IdentityFact.BIRTH, v.birth, null, now, actor, basis));
        person.sex(v.sex);
        facts.add(fact(person.id(), IdentityFact.SEX, Map.of("sex", v.sex), null, now, actor, basis));
        person.nationalities(v.nationalities);
        facts.add(fact(person.id(), IdentityFact.NATIONALITY, Map.of("nationalities", v.nationalities), null, now,
                actor, basis));
        person.status(PersonStatus.ACTIVE.name());
        facts.add(fact(person.id(), IdentityFact.STATUS, Map.of("status", "ACTIVE"), null, now, actor, basis));
        store.add(person);
        store.flush();
        facts.forEach(store::add);
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, PersonReadModel.ALL_TYPES, List.of(person.id()), context,
                "register " + basis.kind() + (basis.reference() == null ? "" : " " + basis.reference()),
                ProtocolOutcome.OK));
        store.flush();
        return PersonReadModel.view(person);
    }

    @Override
    public PersonView register(NewPerson p, AccessContext context, String idempotencyKey) {
        if (idempotencyKey == null) {
            return register(p, context);
        }
        access.require(Capability.WRITE_PERSON, context);
        String fingerprint = IdempotencyKeys.fingerprint(FactValues.toJson(p));
        var previous = keys.previous(idempotencyKey, REGISTER_OPERATION, fingerprint);
        if (previous.isPresent()) {
            Person person = store.find(previous.get()).orElseThrow(() -> new NotFoundException("no person " + previous.get()));
            log.record(ProtocolRecord.of(ProtocolAction.READ, PersonReadModel.ALL_TYPES, List.of(person.id()), context,
                    "register replayed for Idempotency-Key", ProtocolOutcome.OK));
            return PersonReadModel.view(person);
        }
        PersonView created = register(p, context);
        keys.remember(idempotencyKey, REGISTER_OPERATION, fingerprint, created.id());
        return created;
    }

    @Override
    public PersonView recordFact(UUID personId, FactChange change, long expectedVersion, AccessContext context) {
        Actor actor = requireOrLog(Capability.WRITE_PERSON, context, ProtocolAction.CHANGE, List.of(personId));
        if (change == null || change.fact() == null) {
            throw new ValidationException("fact", "required", "say which fact changes: "
                    + List.of(IdentityFact.values()));
        }
        Basis basis = basis(change.basis(), new ArrayList<>(), true);
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        Map<String, Object> value = FactValues.normalise(change.fact(), change.value(), "value.", today);
        if (change.validFrom() != null && change.validTo() != null && !change.validTo().isAfter(change.validFrom())) {
            throw new ValidationException("validTo", "before-start", "validTo must be after validFrom");
        }
        Person person = store.find(personId).orElseThrow(() -> new NotFoundException("no person " + personId));
        if (person.version() != expectedVersion) {
            throw ConflictException.staleVersion(expectedVersion, person.version());
        }
        UUID partner = partner(personId, change.fact(), value);
        List<UUID> parents = parents(personId, change.fact(), value);
        Instant now = clock.instant();
        List<PersonFact> newFacts = new ArrayList<>();
        newFacts.add(fact(personId, change.fact(), value, change, now, actor, basis));
        if (change.fact() == IdentityFact.DEATH) {
            LocalDate deathDay = PartialDate.parse((String) value.get("date")).earliestPossible();
            newFacts.add(fact(personId, IdentityFact.STATUS, Map.of("status", PersonStatus.DECEASED.name()),
                    new FactChange(IdentityFact.STATUS, null, deathDay, null, basis), now, actor, basis));
        }
        List<PersonFact> all = new ArrayList<>(store.facts(personId));
        all.addAll(newFacts);
        newFacts.forEach(store::add);
        PersonReadModel.project(person, all, today);
        person.touch(now);
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(expectedVersion, expectedVersion + 1);
        }
        Set<InformationType> types = EnumSet.of(change.fact().informationType());
        if (change.fact() == IdentityFact.DEATH) {
            types.add(InformationType.STATUS);
        }
        if (change.fact() == IdentityFact.DEATH) {
            died.fire(new PersonDied(personId, PartialDate.parse((String) value.get("date")).earliestPossible(),
                    basis.kind(), basis.reference()));
        }
        List<UUID> logged = new ArrayList<>();
        logged.add(personId);
        if (partner != null) {
            logged.add(partner);
        }
        logged.addAll(parents);
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, types, logged, context,
                "record " + change.fact() + " " + basis.kind() + (basis.reference() == null ? "" : " " + basis.reference()),
                ProtocolOutcome.OK));
        // --- integrators (issue 9): notify subscribers in this transaction ---
        notifications.publish(new be.burgerzaken.kernel.api.integration.PersonChange(personId,
                change.fact() == IdentityFact.DEATH ? "PERSON_DIED" : change.fact().name() + "_CHANGED",
                change.fact().informationType(), basis.reference()));
        // --- end integrators ---
        return PersonReadModel.view(person);
    }

    // --- integrators (issue 9) ---
    @Inject
    be.burgerzaken.kernel.api.integration.MutationNotifications notifications;
    // --- end integrators ---

    @Override
    public PersonView renumber(UUID personId, NationalNumberChange change, long expectedVersion,
                               AccessContext context) {
        Actor actor = requireOrLog(Capability.WRITE_PERSON, context, ProtocolAction.CHANGE, List.of(personId));
        if (change == null) {
            throw new ValidationException("body", "required", "the day the new number takes effect and the basis");
        }
        Basis basis = basis(change.basis(), new ArrayList<>(), true);
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        LocalDate from = change.validFrom() == null ? today : change.validFrom();
        if (from.isAfter(today)) {
            throw new ValidationException("validFrom", "future", "a new national number takes effect today at the "
                    + "latest, not on " + from);
        }
        Person person = store.find(personId).orElseThrow(() -> new NotFoundException("no person " + personId));
        if (person.version() != expectedVersion) {
            throw ConflictException.staleVersion(expectedVersion, person.version());
        }
        PartialDate birth = PartialDate.parse(person.birthDate());
        List<FieldProblem> problems = new ArrayList<>();
        if (birth.year() == 0) {
            problems.add(new FieldProblem("birthDate", "year-required",
                    "a national number can only be allocated when at least the birth year is known"));
        }
        if (!"M".equals(person.sex()) && !"F".equals(person.sex())) {
            problems.add(new FieldProblem("sex", "required-for-number",
                    "a national number encodes the sex: M or F is needed to allocate one"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String old = person.nationalNumber();
        if (old != null) {
            NationalNumber current = NationalNumber.parse(old);
            if (current.isBis()) {
                throw new ConflictException("bis-number", "BIS number " + current.format() + " is issued by the "
                        + "Crossroads Bank for Social Security, not replaced here", 409);
            }
            if (NationalNumberFit.fits(current, birth, person.sex())) {
                throw new ConflictException("national-number-fits", "national number " + current.format()
                        + " still fits birth date " + person.birthDate() + " and sex " + person.sex()
                        + ": it is not replaced", 409);
            }
        }
        NationalNumber next = allocator.allocate(birth, Sex.fromCode(person.sex()));
        Instant now = clock.instant();
        if (old != null) {
            store.add(new FormerNationalNumber(old, personId, next.digits(), from, now, actor.name(), basis.kind(),
                    basis.reference()));
        }
        PersonFact fact = fact(personId, IdentityFact.NATIONAL_NUMBER, Map.of("nationalNumber", next.digits()),
                new FactChange(IdentityFact.NATIONAL_NUMBER, null, from, null, basis), now, actor, basis);
        List<PersonFact> all = new ArrayList<>(store.facts(personId));
        all.add(fact);
        store.add(fact);
        PersonReadModel.project(person, all, today);
        person.touch(now);
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(expectedVersion, expectedVersion + 1);
        }
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, List.of(InformationType.IDENTIFICATION), List.of(personId),
                context, "renumber from " + from + (old == null ? "" : " replacing a former number") + " "
                        + basis.kind() + (basis.reference() == null ? "" : " " + basis.reference()), ProtocolOutcome.OK));
        // --- integrators (issue 9) ---
        notifications.publish(new be.burgerzaken.kernel.api.integration.PersonChange(personId,
                "NATIONAL_NUMBER_CHANGED", InformationType.IDENTIFICATION, basis.reference()));
        // --- end integrators ---
        return PersonReadModel.view(person);
    }

    /** For a civil status naming a partner: the partner, who must be another known person; otherwise null. */
    private UUID partner(UUID personId, IdentityFact fact, Map<String, Object> value) {
        if (fact != IdentityFact.CIVIL_STATUS || value.get("partnerId") == null) {
            return null;
        }
        UUID partner = UUID.fromString((String) value.get("partnerId"));
        if (partner.equals(personId)) {
            throw new ValidationException("value.partnerId", "same-person", "a person is not their own partner");
        }
        if (store.find(partner).isEmpty()) {
            throw new ValidationException("value.partnerId", "unknown-person", "no person with id " + partner);
        }
        return partner;
    }

    // --- civil status (issue 4): filiation ---

    /** For the parents: the persons named, each another known person; empty for other facts. */
    @SuppressWarnings("unchecked")
    private List<UUID> parents(UUID personId, IdentityFact fact, Map<String, Object> value) {
        if (fact != IdentityFact.PARENTS) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        List<Map<String, Object>> links = (List<Map<String, Object>>) value.get("parents");
        for (int i = 0; i < links.size(); i++) {
            Object id = links.get(i).get("personId");
            if (id == null) {
                continue;
            }
            UUID parent = UUID.fromString((String) id);
            String field = "value.parents[" + i + "].personId";
            if (parent.equals(personId)) {
                throw new ValidationException(field, "same-person", "a person is not their own parent");
            }
            if (store.find(parent).isEmpty()) {
                throw new ValidationException(field, "unknown-person", "no person with id " + parent);
            }
            ids.add(parent);
        }
        return ids;
    }

    @Override
    public void validate(NewPerson person) {
        check(person);
    }

    private Actor requireOrLog(Capability capability, AccessContext context, ProtocolAction action, List<UUID> persons) {
        try {
            return access.require(capability, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, PersonReadModel.ALL_TYPES, persons, context,
                    capability.name(), ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private PersonFact fact(UUID personId, IdentityFact fact, Map<String, Object> value, FactChange change,
                            Instant now, Actor actor, Basis basis) {
        return new PersonFact(UUID.randomUUID(), personId, fact.name(), FactValues.toJson(value),
                change == null ? null : change.validFrom(), change == null ? null : change.validTo(), now,
                actor.name(), basis.kind(), basis.reference(), basis.note());
    }

    private record Validated(Map<String, Object> name, Map<String, Object> birth, PartialDate birthDate, String sex,
                             List<String> nationalities, String nationalNumber, Basis basis) {
    }

    @SuppressWarnings("unchecked")
    private Validated check(NewPerson p) {
        if (p == null) {
            throw new ValidationException("body", "required", "the person's data is required");
        }
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> name = collect(problems, () -> FactValues.normalise(IdentityFact.NAME,
                map("familyName", p.familyName(), "givenNames", p.givenNames()), "", today));
        Map<String, Object> birth = collect(problems, () -> FactValues.normalise(IdentityFact.BIRTH,
                map("date", p.birthDate(), "placeNis", p.birthPlaceNis(), "placeForeign", p.birthPlaceForeign(),
                        "country", p.birthCountry()), "birth", today));
        Map<String, Object> sex = collect(problems, () -> FactValues.normalise(IdentityFact.SEX,
                map("sex", p.sex()), "", today));
        Map<String, Object> nat = collect(problems, () -> FactValues.normalise(IdentityFact.NATIONALITY,
                map("nationalities", p.nationalities() == null ? List.of() : p.nationalities()), "", today));
        Basis basis = basis(p.basis(), problems, false);
        PartialDate birthDate = birth == null ? null : PartialDate.parse((String) birth.get("date"));
        String sexCode = sex == null ? null : (String) sex.get("sex");
        String nn = null;
        if (p.nationalNumber() != null && !p.nationalNumber().isBlank()) {
            NationalNumberCheck check = NationalNumber.check(p.nationalNumber());
            if (!check.valid()) {
                problems.add(new FieldProblem("nationalNumber", check.reason().name().toLowerCase().replace('_', '-'),
                        check.message()));
            } else {
                NationalNumber number = check.number();
                nn = number.digits();
                consistency(number, birthDate, sexCode, problems);
                if (store.former(nn).isPresent()) {
                    problems.add(new FieldProblem("nationalNumber", "in-use", "national number " + number.format()
                            + " is a former number of another person and is never given again"));
                } else if (store.nationalNumberInUse(nn)) {
                    problems.add(new FieldProblem("nationalNumber", "in-use",
                            "national number " + number.format() + " belongs to another person"));
                }
            }
        } else if (p.allocateNationalNumber()) {
            if (birthDate != null && birthDate.year() == 0) {
                problems.add(new FieldProblem("birthDate", "year-required",
                        "a national number can only be allocated when at least the birth year is known"));
            }
            if (sexCode != null && sexCode.equals("U")) {
                problems.add(new FieldProblem("sex", "required-for-number",
                        "a national number encodes the sex: M or F is needed to allocate one"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Validated(name, birth, birthDate, sexCode, (List<String>) nat.get("nationalities"), nn, basis);
    }

    private static void consistency(NationalNumber number, PartialDate birthDate, String sex, List<FieldProblem> problems) {
        if (birthDate != null && number.kind() == NationalNumberKind.RRN) {
            PartialDate encoded = number.birthDate();
            if (encoded.year() != 0 && birthDate.year() != 0 && !encoded.matches(birthDate) && !birthDate.matches(encoded)) {
                problems.add(new FieldProblem("nationalNumber", "birth-date-mismatch", "national number "
                        + number.format() + " encodes birth date " + encoded + ", not " + birthDate));
            }
        }
        if (sex != null && !sex.equals("U")) {
            number.sex().ifPresent(s -> {
                if (!s.code().equals(sex)) {
                    problems.add(new FieldProblem("nationalNumber", "sex-mismatch", "national number "
                            + number.format() + " is one of sex " + s.code() + ", not " + sex));
                }
            });
        }
    }

    private static Basis basis(Basis b, List<FieldProblem> problems, boolean throwNow) {
        List<FieldProblem> own = new ArrayList<>();
        if (b == null || b.kind() == null || b.kind().isBlank()) {
            own.add(new FieldProblem("basis.kind", "required", "state the legal basis: one of " + Basis.KINDS));
        } else if (!Basis.KINDS.contains(b.kind())) {
            own.add(new FieldProblem("basis.kind", "invalid", "the basis must be one of " + Basis.KINDS));
        } else if (b.reference() != null && b.reference().length() > 200) {
            own.add(new FieldProblem("basis.reference", "length", "at most 200 characters"));
        }
        if (!own.isEmpty()) {
            if (throwNow) {
                throw new ValidationException(own);
            }
            problems.addAll(own);
            return null;
        }
        return b;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> collect(List<FieldProblem> problems,
                                               java.util.function.Supplier<Map<String, Object>> s) {
        try {
            return s.get();
        } catch (ValidationException e) {
            for (FieldProblem fp : e.problems()) {
                problems.add(new FieldProblem(renameBirthField(fp.field()), fp.code(), fp.message(), fp.args()));
            }
            return null;
        }
    }

    /** BIRTH value fields are named birthDate, birthPlaceNis, ... in the registration request. */
    private static String renameBirthField(String field) {
        return switch (field) {
            case "birthdate" -> "birthDate";
            case "birthplaceNis" -> "birthPlaceNis";
            case "birthplaceForeign" -> "birthPlaceForeign";
            case "birthcountry" -> "birthCountry";
            default -> field;
        };
    }
}
