package be.burgerzaken.frontoffice.application;

import be.burgerzaken.criminalrecords.api.CriminalRecordExtracts;
import be.burgerzaken.criminalrecords.api.ExtractApplication;
import be.burgerzaken.frontoffice.api.ActFor;
import be.burgerzaken.frontoffice.api.ECounterRequest;
import be.burgerzaken.frontoffice.api.NewServiceRequest;
import be.burgerzaken.frontoffice.api.RequestStatus;
import be.burgerzaken.frontoffice.api.RequestStep;
import be.burgerzaken.frontoffice.api.ServiceChannel;
import be.burgerzaken.frontoffice.api.ServiceRequestView;
import be.burgerzaken.frontoffice.api.ServiceRequests;
import be.burgerzaken.frontoffice.domain.ActForRule;
import be.burgerzaken.frontoffice.domain.LeadTimes;
import be.burgerzaken.frontoffice.domain.ProductRow;
import be.burgerzaken.frontoffice.domain.ServiceRequestRow;
import be.burgerzaken.frontoffice.persistence.FrontOfficeStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.population.api.AddressChangeDeclaration;
import be.burgerzaken.population.api.AddressChangeView;
import be.burgerzaken.population.api.AddressChanges;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.api.CertificateOptions;
import be.burgerzaken.population.api.CertificateRequest;
import be.burgerzaken.population.api.Certificates;
import be.burgerzaken.population.api.HouseholdMember;
import be.burgerzaken.population.api.IssuedCertificate;
import be.burgerzaken.population.api.MovingMember;
import be.burgerzaken.population.api.Requester;
import be.burgerzaken.population.api.Residents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Service requests: counter and e-counter intake, the module procedure each product starts (through the modules'
 * api), automatic fulfilment where the catalogue allows it, the steps to closing and the lead time. One transaction
 * per command: the request, the module's procedure record, the document and the protocol entries commit together or
 * not at all.
 */
@ApplicationScoped
@Transactional
public class RequestService implements ServiceRequests {
    static final String CERTIFICATE = "population.certificate";
    static final String ADDRESS_CHANGE = "population.address-change";
    static final String CRIMINAL_RECORD = "criminalrecords.extract";
    static final int MAX_PAGE = 100;

    @Inject
    FrontOfficeStore store;
    @Inject
    CatalogueService catalogue;
    @Inject
    Guard guard;
    @Inject
    AccessControl access;
    @Inject
    PersonDirectory persons;
    @Inject
    Residents residents;
    @Inject
    Certificates certificates;
    @Inject
    AddressChanges addressChanges;
    @Inject
    CriminalRecordExtracts criminalRecords;
    @Inject
    DocumentService documents;
    @Inject
    Clock clock;
    @Inject
    IdempotencyKeys keys;

    LocalDate today() {
        return LocalDate.now(clock.withZone(Rows.BELGIUM));
    }

    // --- counter and post ------------------------------------------------------------------------------------------

    @Override
    public ServiceRequestView submit(NewServiceRequest request, AccessContext context) {
        String what = "service request " + (request == null ? "" : request.productCode());
        Actor actor = guard.require(Capability.HANDLE_SERVICE_REQUEST, context, ProtocolAction.CREATE, what);
        if (request == null) {
            throw new ValidationException("body", "required", "send the request");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ProductRow> product = product(request.productCode(), problems);
        ServiceChannel channel = ServiceChannel.COUNTER;
        if (request.channel() != null && !request.channel().isBlank()) {
            try {
                channel = ServiceChannel.valueOf(request.channel().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("channel", "invalid", "the channel is COUNTER or POST"));
            }
        }
        if (channel == ServiceChannel.E_COUNTER) {
            problems.add(new FieldProblem("channel", "invalid", "e-counter requests come in through /e-counter/requests"));
        } else if (product.isPresent() && !Rows.channels(product.get().channels).contains(channel)) {
            problems.add(notOffered(product.get(), channel));
        }
        if (request.personId() == null) {
            problems.add(new FieldProblem("personId", "required", "the person the request is about"));
        }
        if (request.fulfilNow() && product.isPresent() && !CERTIFICATE.equals(product.get().procedureKey)) {
            problems.add(new FieldProblem("fulfilNow", "not-possible",
                    "only certificates are handed out at once; this product starts " + product.get().procedureKey));
        }
        if (request.note() != null && request.note().length() > 1000) {
            problems.add(new FieldProblem("note", "too-long", "a note has at most 1000 characters"));
        }
        if (!problems.isEmpty()) {
            throw guard.refused(ProtocolAction.CREATE, request.personId() == null ? List.of() : List.of(request.personId()),
                    context, what, new ValidationException(problems));
        }
        PersonView person = persons.get(request.personId(), context);
        ServiceRequestRow row = newRow(product.get(), person.id(), channel, actor, null, ActForRule.SELF);
        row.note = blankToNull(request.note());
        if (request.fulfilNow()) {
            IssuedCertificate c = certificates.issue(new CertificateRequest(person.id(), product.get().variant,
                    language(request.language()), new Requester("SELF", null, person.nationalNumber(), null, null),
                    CertificateOptions.NONE), context, null);
            fulfilled(row, c, actor.name());
        }
        store.persist(row);
        store.flush(); // the version (ETag) is set on insert
        guard.record(ProtocolAction.CREATE, List.of(person.id()), context, what + " " + row.id + " " + row.status);
        return Rows.request(row, today());
    }

    // --- e-counter -------------------------------------------------------------------------------------------------

    /** The operation name of e-counter requests in the kernel's idempotency keys (ADR 0007). */
    static final String E_COUNTER_OPERATION = "frontoffice.e-counter-request";

    @Override
    public ServiceRequestView eCounter(ECounterRequest request, AccessContext context, String idempotencyKey) {
        if (idempotencyKey == null) {
            return eCounter(request, context);
        }
        String what = "e-counter request " + (request == null ? "" : request.productCode());
        guard.require(Capability.E_COUNTER, context, ProtocolAction.CREATE, what);
        String fingerprint = IdempotencyKeys.fingerprint(String.valueOf(request));
        Optional<UUID> previous = keys.previous(idempotencyKey, E_COUNTER_OPERATION, fingerprint);
        if (previous.isPresent()) {
            ServiceRequestRow first = store.request(previous.get(), false).orElseThrow(
                    () -> new NotFoundException("service request " + previous.get() + " no longer exists"));
            guard.record(ProtocolAction.READ, List.of(first.personId), context,
                    "e-counter request " + first.id + " replayed for Idempotency-Key");
            return Rows.request(first, today());
        }
        ServiceRequestView created = eCounter(request, context);
        // a concurrent request with the same key fails here on the key's primary key: nothing of it is stored
        keys.remember(idempotencyKey, E_COUNTER_OPERATION, fingerprint, created.id());
        return created;
    }

    @Override
    public ServiceRequestView eCounter(ECounterRequest request, AccessContext context) {
        String what = "e-counter request " + (request == null ? "" : request.productCode());
        Actor actor = guard.require(Capability.E_COUNTER, context, ProtocolAction.CREATE, what);
        if (request == null) {
            throw new ValidationException("body", "required", "send the request");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ProductRow> product = product(request.productCode(), problems);
        if (product.isPresent() && !Rows.channels(product.get().channels).contains(ServiceChannel.E_COUNTER)) {
            problems.add(notOffered(product.get(), ServiceChannel.E_COUNTER));
        }
        Optional<String> citizenNn = nationalNumber(request.citizenNationalNumber(), "citizenNationalNumber", true, problems);
        Optional<String> subjectNn = nationalNumber(request.nationalNumber(), "nationalNumber", false, problems);
        if (!problems.isEmpty()) {
            throw guard.refused(ProtocolAction.CREATE, List.of(), context, what, new ValidationException(problems));
        }
        ProductRow p = product.get();
        PersonView citizen = person(citizenNn.get(), "citizenNationalNumber", context, what);
        PersonView subject = subjectNn.isEmpty() || subjectNn.get().equals(citizen.nationalNumber()) ? citizen
                : person(subjectNn.get(), "nationalNumber", context, what);
        List<UUID> household = citizen.id().equals(subject.id()) ? List.of() : householdOf(citizen.id(), context);
        Optional<String> relation = ActForRule.relation(citizen.id(), subject.id(), ActFor.valueOf(p.actFor), household);
        if (relation.isEmpty()) {
            throw guard.refused(ProtocolAction.CREATE, List.of(citizen.id(), subject.id()), context, what,
                    new ValidationException("nationalNumber", "may-not-act-for", ActFor.valueOf(p.actFor) == ActFor.SELF
                            ? "'" + p.nameEn + "' can be requested online only by the person themself"
                            : "the citizen may request '" + p.nameEn + "' only for themself or a member of their own household, "
                            + "and " + subject.nationalNumber() + " is not"));
        }
        ServiceRequestRow row = newRow(p, subject.id(), ServiceChannel.E_COUNTER, actor, citizen.nationalNumber(),
                relation.get());
        start(row, p, request, citizen, subject, relation.get(), context);
        store.persist(row);
        store.flush(); // the version (ETag) is set on insert
        guard.record(ProtocolAction.CREATE, citizen.id().equals(subject.id()) ? List.of(subject.id())
                : List.of(subject.id(), citizen.id()), context, what + " " + row.id + " " + row.status);
        return Rows.request(row, today());
    }

    /** Starts the module procedure of an e-counter request; fulfils it at once where the catalogue allows. */
    private void start(ServiceRequestRow row, ProductRow p, ECounterRequest request, PersonView citizen,
                       PersonView subject, String relation, AccessContext context) {
        switch (p.procedureKey) {
            case CERTIFICATE -> {
                if (p.autoFulfil && ActForRule.SELF.equals(relation)) {
                    // the e-counter is not a document issuer: the front office issues for the citizen it authenticated
                    IssuedCertificate c = access.asSystem(() -> certificates.issue(new CertificateRequest(subject.id(),
                            p.variant, language(request.language()), new Requester("SELF", null, subject.nationalNumber(),
                            null, null), CertificateOptions.NONE), context, null));
                    fulfilled(row, c, row.receivedBy);
                }
            }
            case ADDRESS_CHANGE -> {
                List<FieldProblem> problems = new ArrayList<>();
                if (request.streetCode() == null || request.streetCode().isBlank()) {
                    problems.add(new FieldProblem("streetCode", "required", "the new address's street code"));
                }
                LocalDate moveDate = null;
                try {
                    moveDate = request.moveDate() == null || request.moveDate().isBlank() ? null
                            : LocalDate.parse(request.moveDate().strip());
                } catch (DateTimeParseException e) {
                    // reported below
                }
                if (moveDate == null) {
                    problems.add(new FieldProblem("moveDate", moveDate == null && request.moveDate() != null
                            && !request.moveDate().isBlank() ? "invalid" : "required", "the day of the move, yyyy-MM-dd"));
                }
                if (!problems.isEmpty()) {
                    throw new ValidationException(problems);
                }
                List<MovingMember> members = citizen.id().equals(subject.id()) ? List.of(new MovingMember(citizen.id(), null))
                        : List.of(new MovingMember(citizen.id(), null), new MovingMember(subject.id(), null));
                AddressChangeView v = addressChanges.declare(new AddressChangeDeclaration(citizen.id(), members,
                        new AddressInput(request.streetCode().strip(), request.houseNumber(), request.box(),
                                request.postcode()), moveDate, null, today(), null, "ELECTRONIC"), context);
                row.status = RequestStatus.IN_PROGRESS.name();
                row.procedureRef = v.id().toString();
            }
            case CRIMINAL_RECORD -> {
                var v = access.asSystem(() -> criminalRecords.receive(new ExtractApplication(subject.id(), null, p.variant,
                        null, request.statedPurpose(), "SELF", null, null, "E_COUNTER", "EBOX", language(request.language()),
                        false), context));
                row.status = RequestStatus.IN_PROGRESS.name();
                row.procedureRef = v.id().toString();
            }
            default -> {
                // the module's procedure is started by a clerk from the citizen file (the request is the work item)
            }
        }
    }

    private void fulfilled(ServiceRequestRow row, IssuedCertificate c, String by) {
        row.status = RequestStatus.FULFILLED.name();
        row.documentId = c.documentId();
        row.verificationCode = c.verificationCode();
        row.procedureRef = c.documentId().toString();
        close(row, by);
        row.firstContact = true;
    }

    private void close(ServiceRequestRow row, String by) {
        row.closedAt = clock.instant();
        row.closedOn = today();
        row.closedBy = by;
        row.leadDays = LeadTimes.leadDays(Rows.CALENDAR, row.receivedOn, row.closedOn);
        row.firstContact = RequestStatus.FULFILLED.name().equals(row.status) && row.leadDays == 0;
    }

    private List<UUID> householdOf(UUID citizen, AccessContext context) {
        try {
            return residents.household(citizen, today(), context).members().stream().map(HouseholdMember::personId).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private PersonView person(String nn, String field, AccessContext context, String what) {
        try {
            return persons.getByNationalNumber(nn, context);
        } catch (NotFoundException e) {
            throw guard.refused(ProtocolAction.CREATE, List.of(), context, what,
                    new ValidationException(field, "unknown", "no person with national number " + nn));
        }
    }

    private static Optional<String> nationalNumber(String value, String field, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "required", "the national number the e-counter authenticated"));
            }
            return Optional.empty();
        }
        String digits = value.replaceAll("[^0-9]", "");
        try {
            return Optional.of(NationalNumber.parse(digits).digits());
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(field, "invalid", "'" + value.strip() + "' is not a valid national number"));
            return Optional.empty();
        }
    }

    private Optional<ProductRow> product(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("productCode", "required", "the catalogue product asked for"));
            return Optional.empty();
        }
        Optional<ProductRow> p = store.product(code);
        LocalDate today = today();
        if (p.isEmpty() || today.isBefore(p.get().validFrom) || (p.get().validTo != null && !today.isBefore(p.get().validTo))) {
            problems.add(new FieldProblem("productCode", "unknown", "no product '" + code.strip() + "' in the catalogue today"));
            return Optional.empty();
        }
        return p;
    }

    private static FieldProblem notOffered(ProductRow p, ServiceChannel channel) {
        return new FieldProblem(channel == ServiceChannel.E_COUNTER ? "productCode" : "channel", "not-offered",
                "'" + p.nameEn + "' is not offered on the channel " + channel + " (offered on: " + p.channels + ")");
    }

    private ServiceRequestRow newRow(ProductRow p, UUID person, ServiceChannel channel, Actor actor, String requesterNn,
                                     String relation) {
        ServiceRequestRow row = new ServiceRequestRow();
        row.id = UUID.randomUUID();
        row.productCode = p.code;
        row.personId = person;
        row.requesterNn = requesterNn;
        row.requesterRelation = relation;
        row.channel = channel.name();
        row.status = RequestStatus.RECEIVED.name();
        row.procedureKey = p.procedureKey;
        row.receivedAt = clock.instant();
        row.receivedOn = today();
        row.receivedBy = actor.name();
        row.targetDays = p.targetDays;
        return row;
    }

    private static String language(String language) {
        return language == null || language.isBlank() ? "nl" : language.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- reads -----------------------------------------------------------------------------------------------------

    @Override
    public ServiceRequestView get(UUID id, AccessContext context) {
        String what = "service request " + id;
        guard.require(Capability.HANDLE_SERVICE_REQUEST, context, ProtocolAction.READ, what);
        ServiceRequestRow row = found(id, false, context, ProtocolAction.READ, what);
        guard.record(ProtocolAction.READ, List.of(row.personId), context, what);
        return Rows.request(row, today());
    }

    @Override
    public IssuedDocument document(UUID id, AccessContext context) {
        ServiceRequestView v = get(id, context);
        if (v.documentId() == null) {
            throw new NotFoundException("no document was handed out for request " + id);
        }
        return documents.get(v.documentId(), context);
    }

    @Override
    public IssuedDocument eCounterDocument(UUID id, String citizenNationalNumber, AccessContext context) {
        String what = "e-counter document of request " + id;
        guard.require(Capability.E_COUNTER, context, ProtocolAction.READ, what);
        ServiceRequestRow row = found(id, false, context, ProtocolAction.READ, what);
        String nn = citizenNationalNumber == null ? "" : citizenNationalNumber.replaceAll("[^0-9]", "");
        if (!ServiceChannel.E_COUNTER.name().equals(row.channel) || !nn.equals(row.requesterNn)) {
            // the same answer as for an unknown id: the e-counter learns nothing about other citizens' requests
            throw guard.refused(ProtocolAction.READ, List.of(), context, what,
                    new NotFoundException("no e-counter request " + id + " of this citizen"));
        }
        if (row.documentId == null) {
            throw new NotFoundException("no document was handed out for request " + id);
        }
        guard.record(ProtocolAction.READ, List.of(row.personId), context, what);
        return access.asSystem(() -> documents.get(row.documentId, context));
    }

    @Override
    public Page<ServiceRequestView> forPerson(UUID personId, int page, int size, AccessContext context) {
        String what = "service requests of person " + personId;
        guard.require(Capability.HANDLE_SERVICE_REQUEST, context, ProtocolAction.SEARCH, what);
        paging(page, size);
        LocalDate today = today();
        List<ServiceRequestView> items = store.requestsOf(personId, page, size).stream().map(r -> Rows.request(r, today))
                .toList();
        guard.record(ProtocolAction.SEARCH, List.of(personId), context, what);
        return new Page<>(items, page, size, store.countRequestsOf(personId));
    }

    @Override
    public Page<ServiceRequestView> list(RequestStatus status, String productCode, int page, int size,
                                         AccessContext context) {
        String what = "service requests " + (status == null ? "open" : status) + (productCode == null ? "" : " " + productCode);
        guard.require(Capability.HANDLE_SERVICE_REQUEST, context, ProtocolAction.SEARCH, what);
        paging(page, size);
        String product = productCode == null || productCode.isBlank() ? null : productCode.strip().toUpperCase(Locale.ROOT);
        String s = status == null ? null : status.name();
        LocalDate today = today();
        List<ServiceRequestView> items = store.requests(s, product, page, size).stream().map(r -> Rows.request(r, today))
                .toList();
        guard.record(ProtocolAction.SEARCH, items.stream().map(ServiceRequestView::personId).distinct().toList(), context,
                what + " page " + page);
        return new Page<>(items, page, size, store.countRequests(s, product));
    }

    private static void paging(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new ValidationException(page < 0 ? "page" : "size", "invalid",
                    page < 0 ? "pages count from 0" : "the page size is 1 to " + MAX_PAGE);
        }
    }

    private ServiceRequestRow found(UUID id, boolean lock, AccessContext context, ProtocolAction action, String what) {
        return store.request(id, lock).orElseThrow(() -> guard.refused(action, List.of(), context, what,
                new NotFoundException("no service request " + id)));
    }

    // --- steps -----------------------------------------------------------------------------------------------------

    @Override
    public ServiceRequestView step(UUID id, RequestStep step, long expectedVersion, AccessContext context) {
        String what = "service request " + id + " " + (step == null ? "" : step.action());
        Actor actor = guard.require(Capability.HANDLE_SERVICE_REQUEST, context, ProtocolAction.CHANGE, what);
        if (step == null || step.action() == null || step.action().isBlank()) {
            throw new ValidationException("action", "required", "START, ASSIGN, FULFIL, REFUSE or CANCEL");
        }
        String action = step.action().strip().toUpperCase(Locale.ROOT);
        if (!List.of("START", "ASSIGN", "FULFIL", "REFUSE", "CANCEL").contains(action)) {
            throw new ValidationException("action", "invalid", "'" + step.action().strip()
                    + "': one of START, ASSIGN, FULFIL, REFUSE, CANCEL");
        }
        ServiceRequestRow row = found(id, false, context, ProtocolAction.CHANGE, what);
        if (row.version != expectedVersion) {
            throw ConflictException.staleVersion(expectedVersion, row.version);
        }
        RequestStatus status = RequestStatus.valueOf(row.status);
        if (!status.isOpen()) {
            throw new ConflictException("request-closed", "the request is " + status + "; it takes no more steps", 409);
        }
        String assignee = blankToNull(step.assignee());
        List<FieldProblem> problems = new ArrayList<>();
        if ("ASSIGN".equals(action) && assignee == null) {
            problems.add(new FieldProblem("assignee", "required", "the clerk to assign the request to"));
        }
        if ("REFUSE".equals(action) && blankToNull(step.note()) == null) {
            problems.add(new FieldProblem("note", "required", "the reason of the refusal"));
        }
        UUID documentId = null;
        if (step.documentId() != null && !step.documentId().isBlank()) {
            try {
                documentId = UUID.fromString(step.documentId().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("documentId", "invalid", "not a document id"));
            }
        }
        if (step.note() != null && step.note().length() > 1000) {
            problems.add(new FieldProblem("note", "too-long", "a note has at most 1000 characters"));
        }
        if (step.procedureRef() != null && step.procedureRef().length() > 100) {
            problems.add(new FieldProblem("procedureRef", "too-long", "at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (documentId != null) {
            documents.summary(documentId, context); // exists, and the caller may read it
            row.documentId = documentId;
        }
        if (blankToNull(step.procedureRef()) != null) {
            row.procedureRef = step.procedureRef().strip();
        }
        if (blankToNull(step.note()) != null) {
            row.note = step.note().strip();
        }
        switch (action) {
            case "START" -> {
                row.status = RequestStatus.IN_PROGRESS.name();
                row.assignedTo = assignee == null ? actor.name() : assignee;
            }
            case "ASSIGN" -> row.assignedTo = assignee;
            case "FULFIL" -> {
                row.status = RequestStatus.FULFILLED.name();
                close(row, actor.name());
            }
            case "REFUSE" -> {
                row.status = RequestStatus.REFUSED.name();
                close(row, actor.name());
            }
            default -> {
                row.status = RequestStatus.CANCELLED.name();
                close(row, actor.name());
            }
        }
        store.flush();
        guard.record(ProtocolAction.CHANGE, List.of(row.personId), context, what + " -> " + row.status);
        return Rows.request(row, today());
    }
}
