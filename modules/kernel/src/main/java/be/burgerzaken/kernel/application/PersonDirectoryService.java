package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.NationalNumberCheck;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.person.CivilStatusView;
import be.burgerzaken.kernel.api.person.NationalNumberLookup;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonHistory;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonSummary;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.person.ParentLink;
import be.burgerzaken.kernel.api.person.ParentsView;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.domain.FormerNationalNumber;
import be.burgerzaken.kernel.domain.NameNormalizer;
import be.burgerzaken.kernel.domain.Person;
import be.burgerzaken.kernel.persistence.PersonSearchEngine;
import be.burgerzaken.kernel.persistence.PersonStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads of identity: access check first, then the read, then the protocol-log entry in the same
 * transaction, so a served read is never missing from the log. Refused and failed attempts are logged in a
 * transaction of their own.
 */
@ApplicationScoped
@Transactional
public class PersonDirectoryService implements PersonDirectory {

    @Inject
    PersonStore store;
    @Inject
    PersonSearchEngine engine;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;

    @Override
    public Page<PersonSummary> search(PersonSearch search, AccessContext context) {
        String description = search == null ? "" : search.describe();
        require(Capability.SEARCH_PERSON, context, ProtocolAction.SEARCH, List.of(), description);
        if (search == null) {
            throw new ValidationException("familyName", "required", "give a national number or a family name");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (search.page() < 0) {
            problems.add(new FieldProblem("page", "invalid", "pages count from 0"));
        }
        if (search.size() < 1 || search.size() > PersonSearch.MAX_SIZE) {
            problems.add(new FieldProblem("size", "invalid", "the page size must be 1 to " + PersonSearch.MAX_SIZE));
        }
        Page<PersonSummary> page;
        if (search.nationalNumber() != null && !search.nationalNumber().isBlank()) {
            NationalNumber nn = parse(search.nationalNumber(), problems);
            throwIfAny(problems);
            page = byNumber(nn.digits())
                    .map(p -> new Page<>(List.of(summary(p)), 0, search.size(), 1))
                    .orElse(new Page<>(List.of(), 0, search.size(), 0));
        } else {
            PartialDate birth = null;
            if (search.familyName() == null || NameNormalizer.key(search.familyName()).length() < 2) {
                problems.add(new FieldProblem("familyName", "too-short",
                        "give a national number, or a family name of at least 2 letters"));
            } else if (search.familyName().length() > 200) {
                problems.add(new FieldProblem("familyName", "length", "at most 200 characters"));
            }
            if (search.givenNames() != null && search.givenNames().length() > 200) {
                problems.add(new FieldProblem("givenNames", "length", "at most 200 characters"));
            }
            if (search.birthDate() != null && !search.birthDate().isBlank()) {
                try {
                    birth = PartialDate.parse(search.birthDate().strip());
                    if (birth.year() == 0) {
                        problems.add(new FieldProblem("birthDate", "year-required",
                                "a birth date to search on needs at least the year"));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("birthDate", "invalid",
                            e.getMessage() + " (use YYYY, YYYY-MM or YYYY-MM-DD)"));
                }
            }
            throwIfAny(problems);
            page = engine.search(new PersonSearchEngine.Criteria(search.familyName(), search.givenNames(), birth,
                    search.page(), search.size()));
        }
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, List.of(be.burgerzaken.kernel.api.access.InformationType.IDENTIFICATION,
                        be.burgerzaken.kernel.api.access.InformationType.NAME, be.burgerzaken.kernel.api.access.InformationType.BIRTH,
                        be.burgerzaken.kernel.api.access.InformationType.SEX, be.burgerzaken.kernel.api.access.InformationType.STATUS),
                page.items().stream().map(PersonSummary::id).toList(), context, description, ProtocolOutcome.OK));
        return page;
    }

    @Override
    public PersonView get(UUID id, AccessContext context) {
        require(Capability.READ_PERSON, context, ProtocolAction.READ, id == null ? List.of() : List.of(id), "get");
        Person p = found(id, context, "get");
        log.record(ProtocolRecord.of(ProtocolAction.READ, PersonReadModel.ALL_TYPES, List.of(p.id()), context, "get",
                ProtocolOutcome.OK));
        return PersonReadModel.view(p);
    }

    @Override
    public PersonView getByNationalNumber(String nationalNumber, AccessContext context) {
        require(Capability.READ_PERSON, context, ProtocolAction.READ, List.of(), "by national number");
        List<FieldProblem> problems = new ArrayList<>();
        NationalNumber nn = parse(nationalNumber, problems);
        throwIfAny(problems);
        Person p = byNumber(nn.digits()).orElse(null);
        if (p == null) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, PersonReadModel.ALL_TYPES, List.of(),
                    context, "by national number " + nn.format(), ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("no person has national number " + nn.format());
        }
        log.record(ProtocolRecord.of(ProtocolAction.READ, PersonReadModel.ALL_TYPES, List.of(p.id()), context,
                "by national number", ProtocolOutcome.OK));
        return PersonReadModel.view(p);
    }

    @Override
    public NationalNumberLookup lookup(String nationalNumber, AccessContext context) {
        require(Capability.READ_PERSON, context, ProtocolAction.READ, List.of(), "lookup national number");
        List<FieldProblem> problems = new ArrayList<>();
        NationalNumber nn = parse(nationalNumber, problems);
        throwIfAny(problems);
        Person current = store.findByNationalNumber(nn.digits()).orElse(null);
        FormerNationalNumber former = current != null ? null : store.former(nn.digits()).orElse(null);
        Person p = current != null ? current : former == null ? null : store.find(former.personId()).orElse(null);
        if (p == null) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, PersonReadModel.ALL_TYPES, List.of(),
                    context, "lookup national number " + nn.format(), ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("no person has or had national number " + nn.format());
        }
        log.record(ProtocolRecord.of(ProtocolAction.READ, PersonReadModel.ALL_TYPES, List.of(p.id()), context,
                "lookup national number" + (former == null ? "" : " (former number)"), ProtocolOutcome.OK));
        return new NationalNumberLookup(nn.digits(), former != null, former == null ? null : former.replacedOn(),
                PersonReadModel.view(p));
    }

    @Override
    public CivilStatusView civilStatus(UUID id, LocalDate validOn, AccessContext context) {
        LocalDate day = validOn == null ? LocalDate.now(clock.withZone(PersonRegistryService.BELGIUM)) : validOn;
        String q = "civil status on " + day;
        require(Capability.READ_PERSON, context, ProtocolAction.READ, id == null ? List.of() : List.of(id), q);
        Person p = found(id, context, q);
        CivilStatusView v = PersonReadModel.civilStatus(p.id(), store.facts(p.id()), day);
        List<UUID> persons = v.partnerId() == null ? List.of(p.id()) : List.of(p.id(), v.partnerId());
        log.record(ProtocolRecord.of(ProtocolAction.READ, List.of(InformationType.CIVIL_STATUS), persons, context, q,
                ProtocolOutcome.OK));
        return v;
    }

    // --- civil status (issue 4): filiation ---

    @Override
    public ParentsView parents(UUID id, LocalDate validOn, AccessContext context) {
        LocalDate day = validOn == null ? LocalDate.now(clock.withZone(PersonRegistryService.BELGIUM)) : validOn;
        String q = "parents on " + day;
        require(Capability.READ_PERSON, context, ProtocolAction.READ, id == null ? List.of() : List.of(id), q);
        Person p = found(id, context, q);
        ParentsView v = PersonReadModel.parents(p.id(), store.facts(p.id()), day);
        List<UUID> persons = new ArrayList<>();
        persons.add(p.id());
        v.parents().stream().map(ParentLink::personId).filter(java.util.Objects::nonNull).forEach(persons::add);
        log.record(ProtocolRecord.of(ProtocolAction.READ, List.of(InformationType.ASCENDANTS), persons, context, q,
                ProtocolOutcome.OK));
        return v;
    }

    /** The person holding the number now, or else the person who held it before (a former number). */
    private java.util.Optional<Person> byNumber(String digits) {
        java.util.Optional<Person> current = store.findByNationalNumber(digits);
        if (current.isPresent()) {
            return current;
        }
        return store.former(digits).flatMap(f -> store.find(f.personId()));
    }

    @Override
    public PersonHistory history(UUID id, AccessContext context) {
        require(Capability.READ_PERSON, context, ProtocolAction.READ, id == null ? List.of() : List.of(id), "history");
        Person p = found(id, context, "history");
        PersonHistory h = new PersonHistory(p.id(), PersonReadModel.history(store.facts(p.id())));
        log.record(ProtocolRecord.of(ProtocolAction.READ, PersonReadModel.HISTORY_TYPES, List.of(p.id()), context,
                "history", ProtocolOutcome.OK));
        return h;
    }

    @Override
    public PersonView asOf(UUID id, LocalDate validOn, Instant knownAt, AccessContext context) {
        String q = "as of " + validOn + (knownAt == null ? "" : " known at " + knownAt);
        require(Capability.READ_PERSON, context, ProtocolAction.READ, id == null ? List.of() : List.of(id), q);
        if (validOn == null) {
            throw new ValidationException("date", "required", "the date the identity must be valid on is required");
        }
        Person p = found(id, context, q);
        PersonView v = PersonReadModel.asOf(PersonReadModel.view(p), store.facts(p.id()), validOn, knownAt);
        log.record(ProtocolRecord.of(ProtocolAction.READ, PersonReadModel.ALL_TYPES, List.of(p.id()), context, q,
                ProtocolOutcome.OK));
        return v;
    }

    private void require(Capability c, AccessContext context, ProtocolAction action, List<UUID> persons, String query) {
        try {
            access.require(c, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, PersonReadModel.ALL_TYPES, persons, context, query,
                    ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private Person found(UUID id, AccessContext context, String query) {
        Person p = id == null ? null : store.find(id).orElse(null);
        if (p == null) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, PersonReadModel.ALL_TYPES, List.of(),
                    context, query + " " + id, ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("no person with id " + id);
        }
        return p;
    }

    static NationalNumber parse(String value, List<FieldProblem> problems) {
        NationalNumberCheck check = NationalNumber.check(value);
        if (!check.valid()) {
            problems.add(new FieldProblem("nationalNumber", check.reason().name().toLowerCase().replace('_', '-'),
                    check.message()));
            return null;
        }
        return check.number();
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static PersonSummary summary(Person p) {
        return new PersonSummary(p.id(), p.nationalNumber(), p.familyName(), p.givenNames(), p.birthDate(), p.sex(),
                be.burgerzaken.kernel.api.person.PersonStatus.valueOf(p.status()), 100);
    }
}
