package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.ActorKind;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
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
import be.burgerzaken.population.api.Address;
import be.burgerzaken.population.api.CardOption;
import be.burgerzaken.population.api.CardTypeView;
import be.burgerzaken.population.api.DocumentApplication;
import be.burgerzaken.population.api.DocumentEvent;
import be.burgerzaken.population.api.DocumentStep;
import be.burgerzaken.population.api.ExpiringDocument;
import be.burgerzaken.population.api.ExpiryRun;
import be.burgerzaken.population.api.IdentityDocumentView;
import be.burgerzaken.population.api.IdentityDocuments;
import be.burgerzaken.population.api.NationalityGroup;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.domain.CardEligibility;
import be.burgerzaken.population.domain.CardNumberFormat;
import be.burgerzaken.population.domain.CodeLetter;
import be.burgerzaken.population.domain.NationalityGroups;
import be.burgerzaken.population.domain.Resident;
import be.burgerzaken.population.domain.UrgentProcedure;
import be.burgerzaken.population.persistence.PopulationStore;
import be.burgerzaken.population.domain.CardType;
import be.burgerzaken.population.domain.CardTypeCatalog;
import be.burgerzaken.population.domain.DocumentLifecycle;
import be.burgerzaken.population.domain.DocumentStatusChange;
import be.burgerzaken.population.domain.IdentityDocument;
import be.burgerzaken.population.domain.Validity;
import be.burgerzaken.population.domain.ValidityRuleTable;
import be.burgerzaken.population.persistence.IdentityDocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Identity documents, each call in one transaction with its access check and protocol-log entry: take an
 * application (eligibility and validity from the dated rule table), follow the card through production,
 * PIN/PUK letter and delivery to loss, theft, cancellation or expiry, and list the cards expiring soon.
 */
@ApplicationScoped
@Transactional
public class IdentityDocumentService implements IdentityDocuments {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    /**
     * Logged for every read or change of a person's documents. The National Register's own type for identity
     * documents (IT 195, identiteitsbewijs) is not yet in the kernel's InformationType; IDENTIFICATION (the
     * card identifies the person) and REGISTER_TYPE (the card type follows the register) stand in for it.
     */
    static final Set<InformationType> TYPES = Set.of(InformationType.IDENTIFICATION, InformationType.IDENTITY_DOCUMENT);
    static final int MAX_TEXT = 200;
    static final int MAX_REASON = 500;

    @Inject
    IdentityDocumentStore store;
    @Inject
    PersonDirectory persons;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    ValidityRuleTable rules;
    @Inject
    CardTypeCatalog cardTypes;
    @Inject
    FileAssembler files;
    @Inject
    DocumentExpiryJob expiryJob;
    @Inject
    DocumentEnds ends;
    @Inject
    CardEligibility eligibilityTable;
    @Inject
    UrgentProcedure urgentProcedure;
    @Inject
    PopulationStore registers;

    @Override
    public List<CardTypeView> cardTypes() {
        return cardTypes.all().stream().map(CardType::view).toList();
    }

    @Override
    public IdentityDocumentView apply(DocumentApplication a, AccessContext context) {
        UUID personId = a == null ? null : a.personId();
        Actor actor = require(Capability.MANAGE_IDENTITY_DOCUMENTS, context, ProtocolAction.CREATE,
                personId == null ? List.of() : List.of(personId), "apply");
        if (a == null) {
            throw new ValidationException("body", "required", "the application is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (personId == null) {
            problems.add(new FieldProblem("personId", "required", "say for whom the document is"));
        }
        CardType type = null;
        if (a.cardType() == null || a.cardType().isBlank()) {
            problems.add(new FieldProblem("cardType", "required", "one of " + cardTypes.codes()));
        } else {
            type = cardTypes.find(a.cardType()).orElse(null);
            if (type == null) {
                problems.add(new FieldProblem("cardType", "unknown", "'" + a.cardType() + "' is not a card type: one of "
                        + cardTypes.codes()));
            }
        }
        if (!a.photoCaptured()) {
            problems.add(new FieldProblem("photoCaptured", "required", "the photo must be captured at the application"));
        }
        if (type != null && type.fingerprintsRequired() && !a.fingerprintsCaptured()) {
            problems.add(new FieldProblem("fingerprintsCaptured", "required",
                    "fingerprints must be captured for a " + type.code() + " card"));
        }
        throwIfAny(problems);
        PersonView person = persons.get(personId, context);
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        Validity validity = eligibility(type, person, today, problems);
        throwIfAny(problems);
        int age = ageOn(person, today);
        if (!store.inProgress(personId).isEmpty()) {
            throw new ConflictException("application-pending", "the person already has a document in production ("
                    + store.inProgress(personId).get(0).id() + "); cancel or deliver it first", 409);
        }
        Instant now = clock.instant();
        IdentityDocument d = new IdentityDocument(UUID.randomUUID(), personId, type.code(), a.urgent(), now,
                actor.name(), validity, a.photoCaptured(), type.fingerprintsRequired() && a.fingerprintsCaptured());
        d.procedure(a.urgent() ? urgentProcedure.expectedOn(LocalDateTime.ofInstant(now, BELGIUM)) : null,
                CodeLetter.of(type.category(), age));
        store.add(d);
        store.flush();
        store.add(d.applicationRecord());
        store.flush();
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, TYPES, List.of(personId), context,
                "identity document apply " + type.code() + (a.urgent() ? " urgent, expected " + d.expectedOn() : "")
                        + " " + d.id(),
                ProtocolOutcome.OK));
        return view(d);
    }

    @Override
    public List<CardOption> options(UUID personId, AccessContext context) {
        String what = "identity document options";
        require(Capability.READ_PERSON, context, ProtocolAction.READ, personId == null ? List.of() : List.of(personId),
                what);
        if (personId == null) {
            throw new ValidationException("personId", "required", "say for whom");
        }
        PersonView person = persons.get(personId, context);
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        List<CardOption> options = new ArrayList<>();
        LocalDate urgent = urgentProcedure.expectedOn(LocalDateTime.ofInstant(clock.instant(), BELGIUM));
        for (CardType type : cardTypes.all()) {
            Validity v = eligibility(type, person, today, new ArrayList<>());
            if (v != null) {
                options.add(new CardOption(type.view(), v.validFrom(), v.validUntil(), v.rule().id(),
                        v.rule().source(), urgent, CodeLetter.of(type.category(), ageOn(person, today)).name()));
            }
        }
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, List.of(personId), context,
                what + ": " + options.stream().map(o -> o.type().code()).toList(), ProtocolOutcome.OK));
        return options;
    }

    /**
     * Runs outside any transaction: each batch is a transaction of its own ({@link DocumentExpiryJob}), so a long
     * run never holds more than one batch of locks.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ExpiryRun runExpiry(AccessContext context) {
        String what = "identity document expiry run";
        Actor actor;
        try {
            actor = access.require(Capability.RUN_SCHEDULED_JOB, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, List.of(), context, what,
                    ProtocolOutcome.DENIED));
            throw denied;
        }
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        String purpose = actor.kind() == ActorKind.SYSTEM ? context.purpose()
                : truncate("expiry run requested by " + actor.name() + ": " + context.purpose().strip());
        ExpiryRun run = access.asSystem(() -> expiryJob.run(today, AccessContext.batch(purpose)));
        if (actor.kind() != ActorKind.SYSTEM) {
            // who asked for the run; each expired card has its own entry (actor system) naming the person
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, List.of(), context,
                    what + " on " + today + ": " + run.expired() + " expired", ProtocolOutcome.OK));
        }
        return run;
    }

    private static String truncate(String s) {
        return s.length() <= AccessContext.MAX_PURPOSE ? s : s.substring(0, AccessContext.MAX_PURPOSE);
    }

    /**
     * Residence, register, nationality and age on the application date decide whether the card type can be issued,
     * and its validity: only a resident currently registered in the city (ingeschreven / inscrit) applies here; an
     * eID or Kids-ID is for Belgians; a foreigner's card follows the register and the EU or non-EU nationality
     * ({@link CardEligibility}); the age decides between eID (from 12) and Kids-ID (under 12) by the rule table.
     */
    private Validity eligibility(CardType type, PersonView person, LocalDate today, List<FieldProblem> problems) {
        if (person.status() != PersonStatus.ACTIVE) {
            problems.add(new FieldProblem("personId", "not-active", "the person is " + person.status()));
            return null;
        }
        Resident resident = registers.resident(person.id()).orElse(null);
        if (resident == null || !"REGISTERED".equals(resident.status())) {
            problems.add(new FieldProblem("personId", "not-resident", resident == null
                    ? "the person is not registered in the city's registers: identity documents are applied for in "
                    + "the municipality of the main residence"
                    : "the person is " + resident.status() + ", not a registered resident of the city"));
            return null;
        }
        boolean belgian = person.nationalities() != null && person.nationalities().contains("BE");
        if (type.forBelgians() && !belgian) {
            problems.add(new FieldProblem("cardType", "not-eligible", "a " + type.code()
                    + " is for Belgians; the person's nationalities are " + person.nationalities()
                    + ": apply for a foreigner's card"));
            return null;
        }
        if (!type.forBelgians() && belgian) {
            problems.add(new FieldProblem("cardType", "not-eligible", "a Belgian gets an eID or Kids-ID, not a "
                    + type.code() + " card"));
            return null;
        }
        if (!type.forBelgians()) {
            NationalityGroup group = NationalityGroups.group(person.nationalities() == null ? List.of()
                    : person.nationalities(), store.euMembers(today));
            if (!eligibilityTable.check(type, RegisterType.valueOf(resident.registerType()), group, problems)) {
                return null;
            }
        }
        PartialDate birth = PartialDate.parse(person.birthDate());
        if (birth.year() == 0) {
            problems.add(new FieldProblem("personId", "birth-date-unknown",
                    "the birth year is needed to decide the card's validity"));
            return null;
        }
        // an incomplete birth date: the oldest possible age (UNVERIFIED how the register decides these)
        int age = birth.ageOn(today).orElse(ValidityRuleTable.age(birth.earliestPossible(), today));
        Optional<Validity> v = rules.validity(type.code(), age, today);
        if (v.isEmpty()) {
            problems.add(new FieldProblem("cardType", "not-eligible", "no " + type.code() + " is issued at age " + age
                    + " (eID from 12, Kids-ID under 12)"));
            return null;
        }
        return v.get();
    }

    /** Completed years on {@code day}; for an incomplete birth date the oldest possible age (as the validity). */
    private static int ageOn(PersonView person, LocalDate day) {
        PartialDate birth = PartialDate.parse(person.birthDate());
        return birth.ageOn(day).orElse(ValidityRuleTable.age(birth.earliestPossible(), day));
    }

    @Override
    public IdentityDocumentView recordProductionOrder(UUID id, String cardNumber, String chipNumber, long version,
                                                      AccessContext context) {
        return record(id, new DocumentEvent(DocumentStep.ORDER_PRODUCTION, cardNumber, chipNumber, null, null), version,
                context);
    }

    @Override
    public IdentityDocumentView recordPinPukLetter(UUID id, long version, AccessContext context) {
        return record(id, new DocumentEvent(DocumentStep.SEND_PIN_PUK_LETTER, null, null, null, null), version, context);
    }

    @Override
    public IdentityDocumentView deliver(UUID id, long version, AccessContext context) {
        return record(id, new DocumentEvent(DocumentStep.DELIVER, null, null, null, null), version, context);
    }

    @Override
    public IdentityDocumentView reportLost(UUID id, String reference, long version, AccessContext context) {
        return record(id, new DocumentEvent(DocumentStep.REPORT_LOST, null, null, reference, null), version, context);
    }

    @Override
    public IdentityDocumentView reportStolen(UUID id, String reference, long version, AccessContext context) {
        return record(id, new DocumentEvent(DocumentStep.REPORT_STOLEN, null, null, reference, null), version, context);
    }

    @Override
    public IdentityDocumentView cancel(UUID id, String reason, long version, AccessContext context) {
        return record(id, new DocumentEvent(DocumentStep.CANCEL, null, null, null, reason), version, context);
    }

    @Override
    public IdentityDocumentView recordExpiry(UUID id, long version, AccessContext context) {
        return record(id, new DocumentEvent(DocumentStep.EXPIRE, null, null, null, null), version, context);
    }

    @Override
    public IdentityDocumentView record(UUID id, DocumentEvent e, long expectedVersion, AccessContext context) {
        String what = "identity document " + (e == null ? "event" : e.step()) + " " + id;
        Actor actor = require(Capability.MANAGE_IDENTITY_DOCUMENTS, context, ProtocolAction.CHANGE, List.of(), what);
        if (e == null || e.step() == null) {
            throw new ValidationException("step", "required", "say which step: " + List.of(DocumentStep.values()));
        }
        IdentityDocument d = found(id, context, ProtocolAction.CHANGE, what);
        String cardNumber = checkInput(e, d);
        if (d.version() != expectedVersion) {
            throw ConflictException.staleVersion(expectedVersion, d.version());
        }
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        if (e.step() == DocumentStep.EXPIRE && !today.isAfter(d.validUntil())) {
            throw new ConflictException("not-expired", "the card is valid until " + d.validUntil()
                    + " inclusive; its expiry can be recorded from " + d.validUntil().plusDays(1), 409);
        }
        DocumentLifecycle.next(d.status(), e.step());
        if (e.step() == DocumentStep.ORDER_PRODUCTION && store.cardNumberInUse(cardNumber)) {
            throw new ValidationException("cardNumber", "in-use", "card number " + e.cardNumber()
                    + " belongs to another document");
        }
        String reason = blankToNull(e.reason());
        if (e.step() == DocumentStep.SEND_PIN_PUK_LETTER && reason == null) {
            reason = d.codeLetter().text(); // Kids-ID under 6: PUK only
        }
        DocumentStatusChange change = d.take(e.step(), clock.instant(), actor.name(), reason,
                blankToNull(e.reference()));
        if (e.step() == DocumentStep.ORDER_PRODUCTION) {
            d.numbers(cardNumber, blankToNull(e.chipNumber()));
        }
        try {
            store.flush();
        } catch (OptimisticLockException ex) {
            throw ConflictException.staleVersion(expectedVersion, expectedVersion + 1);
        }
        store.add(change);
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, List.of(d.personId()), context,
                what + (change.reference() == null ? "" : " ref " + change.reference()), ProtocolOutcome.OK));
        store.flush();
        if (e.step() == DocumentStep.DELIVER) {
            ends.replacedBy(d); // the holder's earlier card of the same kind ends (logged as the system)
        }
        return view(d);
    }

    /** The fields each step needs; the compact card number for a production order. */
    private String checkInput(DocumentEvent e, IdentityDocument d) {
        List<FieldProblem> problems = new ArrayList<>();
        String compact = null;
        switch (e.step()) {
            case ORDER_PRODUCTION -> {
                compact = CardNumberFormat.compact(e.cardNumber());
                if (compact.isEmpty()) {
                    problems.add(new FieldProblem("cardNumber", "required", "the production order names the card number"));
                } else {
                    CardType type = cardTypes.find(d.cardType()).orElseThrow();
                    type.numberFormat().check(compact).ifPresent(problems::add);
                }
                if (e.chipNumber() != null && e.chipNumber().length() > 40) {
                    problems.add(new FieldProblem("chipNumber", "length", "at most 40 characters"));
                }
            }
            case REPORT_LOST, REPORT_STOLEN -> {
                if (e.reference() == null || e.reference().isBlank()) {
                    problems.add(new FieldProblem("reference", "required", e.step() == DocumentStep.REPORT_LOST
                            ? "give the reference of the declaration of loss"
                            : "give the reference of the police report (proces-verbaal / procès-verbal)"));
                }
            }
            case CANCEL -> {
                if (e.reason() == null || e.reason().isBlank()) {
                    problems.add(new FieldProblem("reason", "required", "say why the document is cancelled"));
                }
            }
            default -> {
            }
        }
        if (e.reference() != null && e.reference().length() > MAX_TEXT) {
            problems.add(new FieldProblem("reference", "length", "at most " + MAX_TEXT + " characters"));
        }
        if (e.reason() != null && e.reason().length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "length", "at most " + MAX_REASON + " characters"));
        }
        throwIfAny(problems);
        return compact;
    }

    @Override
    public IdentityDocumentView get(UUID id, AccessContext context) {
        String what = "identity document " + id;
        require(Capability.READ_PERSON, context, ProtocolAction.READ, List.of(), what);
        IdentityDocument d = found(id, context, ProtocolAction.READ, what);
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, List.of(d.personId()), context, what,
                ProtocolOutcome.OK));
        return view(d);
    }

    @Override
    public List<IdentityDocumentView> forPerson(UUID personId, AccessContext context) {
        require(Capability.READ_PERSON, context, ProtocolAction.READ, personId == null ? List.of() : List.of(personId),
                "identity documents of person");
        if (personId == null) {
            throw new ValidationException("personId", "required", "say whose documents to list");
        }
        List<IdentityDocument> docs = store.forPerson(personId);
        List<DocumentStatusChange> history = store.history(docs.stream().map(IdentityDocument::id).toList());
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, List.of(personId), context,
                "identity documents of person", ProtocolOutcome.OK));
        return docs.stream().map(d -> DocumentViews.view(d, history, rules)).toList();
    }

    @Override
    public Page<ExpiringDocument> expiring(LocalDate from, LocalDate to, int page, int size, AccessContext context) {
        String what = "identity documents expiring " + from + ".." + to;
        require(Capability.READ_PERSON, context, ProtocolAction.SEARCH, List.of(), what);
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("from", "required", "the first day of the period (YYYY-MM-DD)"));
        }
        if (to == null) {
            problems.add(new FieldProblem("to", "required", "the end of the period"));
        } else if (from != null && !to.isAfter(from)) {
            problems.add(new FieldProblem("to", "before-start", "the period must end after it starts"));
        }
        if (page < 0) {
            problems.add(new FieldProblem("page", "invalid", "pages count from 0"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "invalid", "the page size must be 1 to " + MAX_PAGE_SIZE));
        }
        throwIfAny(problems);
        List<String> belgian = cardTypes.all().stream().filter(CardType::forBelgians).map(CardType::code).toList();
        List<IdentityDocument> docs = store.expiring(from, to, belgian, page, size);
        long total = store.countExpiring(from, to, belgian);
        List<UUID> holders = docs.stream().map(IdentityDocument::personId).distinct().toList();
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, TYPES, holders, context, what + " page " + page,
                ProtocolOutcome.OK));
        // the invitation needs name and address: names from the kernel (each read logged there), the main
        // residence today from the registers (logged here)
        LocalDate today = LocalDate.now(clock.withZone(BELGIUM));
        Map<UUID, UUID> addressOf = store.residenceAddresses(holders, today);
        Map<UUID, Address> addresses = files.addresses(addressOf.values().stream().distinct().toList());
        if (!addressOf.isEmpty()) {
            log.record(ProtocolRecord.of(ProtocolAction.READ, Set.of(InformationType.MAIN_RESIDENCE),
                    List.copyOf(addressOf.keySet()), context, what + " page " + page + ": addresses",
                    ProtocolOutcome.OK));
        }
        Map<UUID, PersonView> people = new HashMap<>();
        for (UUID holder : holders) {
            people.put(holder, persons.get(holder, context));
        }
        List<ExpiringDocument> items = docs.stream().map(d -> {
            PersonView p = people.get(d.personId());
            Address a = addressOf.containsKey(d.personId()) ? addresses.get(addressOf.get(d.personId())) : null;
            return new ExpiringDocument(d.id(), d.personId(), d.cardType(), format(d), d.validUntil(), p.familyName(),
                    p.givenNames(), a == null ? null : a.line());
        }).toList();
        return new Page<>(items, page, size, total);
    }

    private IdentityDocumentView view(IdentityDocument d) {
        return DocumentViews.view(d, store.history(List.of(d.id())), rules);
    }

    private String format(IdentityDocument d) {
        return DocumentViews.cardNumber(d, cardTypes);
    }

    private Actor require(Capability c, AccessContext context, ProtocolAction action, List<UUID> persons, String what) {
        try {
            return access.require(c, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, TYPES, persons, context, what, ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private IdentityDocument found(UUID id, AccessContext context, ProtocolAction action, String what) {
        IdentityDocument d = id == null ? null : store.find(id).orElse(null);
        if (d == null) {
            log.recordIndependently(ProtocolRecord.of(action, TYPES, List.of(), context, what,
                    ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("no identity document with id " + id);
        }
        return d;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
