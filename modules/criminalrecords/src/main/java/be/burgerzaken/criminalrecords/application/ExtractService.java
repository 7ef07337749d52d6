package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.criminalrecords.api.Conviction;
import be.burgerzaken.criminalrecords.api.CriminalRecordExtracts;
import be.burgerzaken.criminalrecords.api.CriminalRecordView;
import be.burgerzaken.criminalrecords.api.CriminalRegisterSource;
import be.burgerzaken.criminalrecords.api.DeliveryChannel;
import be.burgerzaken.criminalrecords.api.ExtractApplication;
import be.burgerzaken.criminalrecords.api.ExtractLine;
import be.burgerzaken.criminalrecords.api.ExtractModel;
import be.burgerzaken.criminalrecords.api.ExtractPreview;
import be.burgerzaken.criminalrecords.api.ExtractRequestView;
import be.burgerzaken.criminalrecords.api.RequestChannel;
import be.burgerzaken.criminalrecords.api.RequestStatus;
import be.burgerzaken.criminalrecords.api.RequesterKind;
import be.burgerzaken.criminalrecords.domain.ExtractFilter;
import be.burgerzaken.criminalrecords.domain.ExtractRequestRow;
import be.burgerzaken.criminalrecords.domain.RuleSet;
import be.burgerzaken.criminalrecords.persistence.CriminalRecordStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.person.VotingRights;
import be.burgerzaken.kernel.api.person.VotingRightsSuspension;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.ResidentStatus;
import be.burgerzaken.population.api.Residents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Extract requests, one transaction per call. Access first (REQUEST_CRIMINAL_RECORD_EXTRACT; READ_CRIMINAL_RECORD for
 * the full record; the training module's policy decides whether the role is effective), then the form, the person
 * (a resident, per the population registers), the dated rules ({@link RuleSet}: who may request, fee, sub-types;
 * {@link ExtractFilter}: what appears). Every conviction shown is protocol-logged, one entry per conviction.
 */
@ApplicationScoped
@Transactional
public class ExtractService implements CriminalRecordExtracts {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    static final int MAX_TEXT = 300;
    static final int MAX_REASON = 500;

    @Inject
    Guard guard;
    @Inject
    CriminalRecordStore store;
    @Inject
    CriminalRegisterSource source;
    @Inject
    RuleSource ruleSource;
    @Inject
    Residents residents;
    @Inject
    PersonDirectory persons;
    @Inject
    PersonLookup lookup;
    @Inject
    DocumentService documents;
    @Inject
    VotingRights votingRights;
    @Inject
    Clock clock;

    /** An application checked for its form. */
    record Checked(UUID personId, String nationalNumber, ExtractModel model, String subType, String statedPurpose,
                   RequesterKind requesterKind, String representativeName, String proof, RequestChannel channel,
                   DeliveryChannel delivery, String language, boolean euForm) {
    }

    // --- intake --------------------------------------------------------------------------------------------------

    @Override
    public ExtractRequestView receive(ExtractApplication a, AccessContext context) {
        String what = "criminal-record extract request";
        Actor actor = guard.require(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, context, ProtocolAction.CREATE, what);
        LocalDate today = today();
        RuleSet rules = ruleSource.rules();
        Checked c = check(a, rules, today);
        UUID personId = c.personId();
        if (personId == null) {
            personId = lookup.byNationalNumber(c.nationalNumber(), context).orElseThrow(() -> new ValidationException(
                    "nationalNumber", "unknown-person", "no person with national number " + c.nationalNumber()));
        }
        // a resident of our municipality (read first: a refusal there is logged in a transaction of its own)
        ResidentFile file;
        try {
            file = residents.file(personId, context);
        } catch (NotFoundException e) {
            throw new ValidationException(a.personId() != null ? "personId" : "nationalNumber", "not-resident",
                    "the person is not registered in our population registers: the extract is requested in the "
                            + "municipality of residence");
        }
        if (file.status() != ResidentStatus.REGISTERED) {
            throw new ValidationException(a.personId() != null ? "personId" : "nationalNumber", "not-resident",
                    "the person is " + file.status() + " in our population registers: the extract is requested in "
                            + "the municipality of residence");
        }
        PersonView person = persons.get(personId, context);
        if (c.nationalNumber() != null && !c.nationalNumber().equals(person.nationalNumber())) {
            throw new ValidationException("nationalNumber", "not-the-person", "the national number is not that of person "
                    + personId);
        }
        BigDecimal fee = rules.fee(c.model(), today);
        ExtractRequestRow row = new ExtractRequestRow(UUID.randomUUID(), personId, name(person),
                person.nationalNumber(), c.model(), c.subType(), c.statedPurpose(), c.requesterKind(),
                c.representativeName(), c.proof(), c.channel(), c.delivery(), c.language(), c.euForm(), fee,
                clock.instant(), actor.name());
        store.add(row);
        guard.record(ProtocolAction.CREATE, List.of(personId), context, what + " " + row.id() + ": model "
                + c.model().code() + " by " + c.requesterKind() + " via " + c.channel());
        return row.view();
    }

    /** The application's form and the who-may-request rule, every problem with its field; nothing read yet. */
    static Checked check(ExtractApplication a, RuleSet rules, LocalDate today) {
        if (a == null) {
            throw new ValidationException("body", "required", "send the person, the model and the purpose");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String nn = null;
        if (a.nationalNumber() != null && !a.nationalNumber().isBlank()) {
            nn = a.nationalNumber().replaceAll("[^0-9]", "");
            if (!NationalNumber.isValid(nn)) {
                problems.add(new FieldProblem("nationalNumber", "invalid", "'" + a.nationalNumber().strip()
                        + "' is not a valid national number"));
            }
        } else if (a.personId() == null) {
            problems.add(new FieldProblem("personId", "required", "name the person (personId or nationalNumber)"));
        }
        ExtractModel model = null;
        if (a.model() == null || a.model().isBlank()) {
            problems.add(new FieldProblem("model", "required", "one of 595, 596.1, 596.2"));
        } else {
            model = ExtractModel.of(a.model()).orElse(null);
            if (model == null) {
                problems.add(new FieldProblem("model", "unknown", "'" + a.model().strip() + "' is not a model: one of "
                        + "595, 596.1, 596.2"));
            }
        }
        String subType = a.subType() == null || a.subType().isBlank() ? null : a.subType().strip().toUpperCase(Locale.ROOT);
        if (model != null) {
            List<String> subTypes = rules.subTypes(model, today);
            if (subTypes.isEmpty() && subType != null) {
                problems.add(new FieldProblem("subType", "not-applicable", "model " + model.code() + " has no sub-types"));
            } else if (!subTypes.isEmpty() && subType == null) {
                problems.add(new FieldProblem("subType", "required", "model " + model.code() + " needs the regulated "
                        + "activity: one of " + subTypes));
            } else if (!subTypes.isEmpty() && !subTypes.contains(subType)) {
                problems.add(new FieldProblem("subType", "unknown", "'" + a.subType().strip() + "': one of " + subTypes));
            }
        }
        String purpose = a.statedPurpose() == null ? null : a.statedPurpose().strip();
        if (purpose == null || purpose.isEmpty()) {
            problems.add(new FieldProblem("statedPurpose", "required", "the purpose printed on the extract"));
        } else if (purpose.length() > MAX_TEXT) {
            problems.add(new FieldProblem("statedPurpose", "length", "at most " + MAX_TEXT + " characters"));
        }
        RequesterKind kind = enumValue(RequesterKind.class, a.requesterKind(), RequesterKind.SELF, "requesterKind", problems);
        RequestChannel channel = enumValue(RequestChannel.class, a.channel(), RequestChannel.COUNTER, "channel", problems);
        DeliveryChannel delivery = enumValue(DeliveryChannel.class, a.delivery(), DeliveryChannel.COUNTER, "delivery", problems);
        String language = a.language() == null || a.language().isBlank() ? "nl" : a.language().strip().toLowerCase(Locale.ROOT);
        if (!List.of("nl", "fr", "de").contains(language)) {
            problems.add(new FieldProblem("language", "unsupported", "'" + a.language().strip() + "': nl, fr or de"));
        }
        String representative = a.representativeName() == null || a.representativeName().isBlank() ? null
                : a.representativeName().strip();
        String proof = a.proof() == null || a.proof().isBlank() ? null : a.proof().strip();
        if (kind != null && kind != RequesterKind.SELF) {
            if (representative == null) {
                problems.add(new FieldProblem("representativeName", "required", "the name of the " + label(kind)));
            }
            if (proof == null) {
                problems.add(new FieldProblem("proof", "required", "the proof of the " + label(kind)
                        + " (written proxy and copy of the identity card, or the court decision)"));
            }
        }
        if (representative != null && representative.length() > 200) {
            problems.add(new FieldProblem("representativeName", "length", "at most 200 characters"));
        }
        if (proof != null && proof.length() > MAX_TEXT) {
            problems.add(new FieldProblem("proof", "length", "at most " + MAX_TEXT + " characters"));
        }
        if (model != null && kind != null && channel != null && !rules.mayRequest(model, today, kind.name(), channel.name())) {
            String rule = rules.whoMayRequest(model, today).map(r -> r.id() + ": " + r.legalText()).orElse("no rule");
            problems.add(FieldProblem.of(kind != RequesterKind.SELF ? "requesterKind" : "channel", "not-allowed",
                    "model " + model.code() + " cannot be requested by " + label(kind) + " via " + channel
                            + " (" + rule + ")", model.code(), rules.whoMayRequest(model, today)
                            .map(r -> r.id()).orElse("-")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Checked(a.personId(), nn, model, subType, purpose, kind, kind == RequesterKind.SELF ? null : representative,
                kind == RequesterKind.SELF ? null : proof, channel, delivery, language,
                Boolean.TRUE.equals(a.euTranslationForm()));
    }

    // --- reads ---------------------------------------------------------------------------------------------------

    @Override
    public ExtractRequestView get(UUID requestId, AccessContext context) {
        String what = "criminal-record extract request " + requestId;
        guard.require(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, context, ProtocolAction.READ, what);
        ExtractRequestRow row = found(requestId, context, ProtocolAction.READ, what, false);
        guard.record(ProtocolAction.READ, List.of(row.personId()), context, what);
        return row.view();
    }

    @Override
    public Page<ExtractRequestView> list(RequestStatus status, int page, int size, AccessContext context) {
        String what = "criminal-record extract requests" + (status == null ? "" : " " + status);
        guard.require(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, context, ProtocolAction.SEARCH, what);
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "invalid", "pages count from 0"));
        }
        if (size < 1 || size > MAX_PAGE) {
            problems.add(new FieldProblem("size", "invalid", "the page size must be 1 to " + MAX_PAGE));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<ExtractRequestView> items = store.requests(status, page, size).stream().map(ExtractRequestRow::view).toList();
        guard.record(ProtocolAction.SEARCH, items.stream().map(ExtractRequestView::personId).distinct().toList(), context,
                what + " page " + page);
        return new Page<>(items, page, size, store.countRequests(status));
    }

    @Override
    public Page<ExtractRequestView> forPerson(UUID personId, int page, int size, AccessContext context) {
        String what = "criminal-record extract requests of person " + personId;
        guard.require(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, context, ProtocolAction.SEARCH, what);
        if (personId == null || page < 0 || size < 1 || size > MAX_PAGE) {
            throw new ValidationException(personId == null ? "personId" : "size", "invalid",
                    personId == null ? "personId is required" : "page from 0, size 1 to " + MAX_PAGE);
        }
        List<ExtractRequestView> items = store.requestsOf(personId, page, size).stream().map(ExtractRequestRow::view)
                .toList();
        guard.record(ProtocolAction.SEARCH, List.of(personId), context, what + " page " + page);
        return new Page<>(items, page, size, store.countRequestsOf(personId));
    }

    // --- steps ---------------------------------------------------------------------------------------------------

    @Override
    public ExtractRequestView check(UUID requestId, long version, AccessContext context) {
        String what = "criminal-record extract request " + requestId + ": identity checked";
        Actor actor = guard.require(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, context, ProtocolAction.CHANGE, what);
        ExtractRequestRow row = found(requestId, context, ProtocolAction.CHANGE, what, true);
        expect(row, version, RequestStatus.RECEIVED);
        row.checked(clock.instant(), actor.name());
        store.flush();
        guard.record(ProtocolAction.CHANGE, List.of(row.personId()), context, what);
        return row.view();
    }

    @Override
    public ExtractRequestView refuse(UUID requestId, long version, String reason, AccessContext context) {
        String what = "criminal-record extract request " + requestId + ": refused";
        Actor actor = guard.require(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, context, ProtocolAction.CHANGE, what);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > MAX_REASON) {
            throw new ValidationException("reason", r.isEmpty() ? "required" : "length",
                    "state why the request is refused (at most " + MAX_REASON + " characters)");
        }
        ExtractRequestRow row = found(requestId, context, ProtocolAction.CHANGE, what, true);
        if (row.version() != version) {
            throw ConflictException.staleVersion(version, row.version());
        }
        if (row.status() == RequestStatus.ISSUED || row.status() == RequestStatus.REFUSED) {
            throw new ConflictException("request-closed", "request " + requestId + " is already " + row.status(), 409);
        }
        row.refused(r, clock.instant(), actor.name());
        store.flush();
        guard.record(ProtocolAction.CHANGE, List.of(row.personId()), context, what + ": " + r);
        return row.view();
    }

    @Override
    public ExtractPreview preview(UUID requestId, AccessContext context) {
        String what = "criminal-record extract preview of request " + requestId;
        guard.require(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, context, ProtocolAction.READ, what);
        ExtractRequestRow row = found(requestId, context, ProtocolAction.READ, what, false);
        LocalDate today = today();
        RuleSet rules = ruleSource.rules();
        List<ExtractLine> shown = new ExtractFilter(rules).shown(source.convictionsOf(row.personId()), row.model(), today);
        logViews(shown, row.personId(), context, what);
        return new ExtractPreview(row.model(), today, shown.isEmpty(), shown, rules.version());
    }

    @Override
    public ExtractRequestView issue(UUID requestId, long version, AccessContext context) {
        String what = "criminal-record extract of request " + requestId;
        Actor actor = guard.require(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, context, ProtocolAction.CREATE, what);
        guard.require(Capability.ISSUE_DOCUMENT, context, ProtocolAction.CREATE, what);
        ExtractRequestRow row = found(requestId, context, ProtocolAction.CREATE, what, true);
        expect(row, version, RequestStatus.CHECKED);
        LocalDate today = today();
        RuleSet rules = ruleSource.rules();
        List<ExtractLine> shown = new ExtractFilter(rules).shown(source.convictionsOf(row.personId()), row.model(), today);
        PersonView person = persons.get(row.personId(), context);
        IssuedDocument doc = documents.issue(ExtractDocument.request(row, person, shown, rules.version(), today), context);
        row.issued(doc.id(), doc.verificationCode(), doc.verifyUrl(), shown.isEmpty(), shown.size(), rules.version(),
                clock.instant(), actor.name());
        store.flush();
        logViews(shown, row.personId(), context, what);
        guard.record(ProtocolAction.CREATE, List.of(row.personId()), context, what + ": model " + row.model().code()
                + (shown.isEmpty() ? " blank" : " with " + shown.size() + " conviction(s)") + ", document " + doc.id()
                + ", delivered via " + row.delivery());
        return row.view();
    }

    @Override
    public IssuedDocument pdf(UUID requestId, AccessContext context) {
        String what = "criminal-record extract PDF of request " + requestId;
        guard.require(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, context, ProtocolAction.READ, what);
        ExtractRequestRow row = found(requestId, context, ProtocolAction.READ, what, false);
        if (row.documentId() == null) {
            throw new ConflictException("not-issued", "request " + requestId + " is " + row.status()
                    + ": there is no extract yet", 409);
        }
        IssuedDocument doc = documents.get(row.documentId(), context);
        guard.record(ProtocolAction.READ, List.of(row.personId()), context, what + " (document " + doc.id() + ")");
        return doc;
    }

    @Override
    public CriminalRecordView record(UUID personId, AccessContext context) {
        String what = "criminal record of person " + personId;
        guard.require(Capability.READ_CRIMINAL_RECORD, context, ProtocolAction.READ, what);
        persons.get(personId, context);
        LocalDate today = today();
        RuleSet rules = ruleSource.rules();
        List<Conviction> all = source.convictionsOf(personId);
        ExtractFilter filter = new ExtractFilter(rules);
        Map<ExtractModel, List<ExtractLine>> byModel = new EnumMap<>(ExtractModel.class);
        for (ExtractModel m : ExtractModel.values()) {
            byModel.put(m, filter.evaluate(all, m, today));
        }
        for (Conviction c : all) {
            guard.record(ProtocolAction.READ, List.of(personId), context, what + ": conviction " + c.centralId());
        }
        if (all.isEmpty()) {
            guard.record(ProtocolAction.READ, List.of(personId), context, what + ": no convictions");
        }
        return new CriminalRecordView(personId, today, all, byModel, rules.version());
    }

    @Override
    public List<VotingRightsSuspension> votingRights(UUID personId, AccessContext context) {
        String what = "voting-rights suspensions of person " + personId;
        guard.require(Capability.READ_CRIMINAL_RECORD, context, ProtocolAction.READ, what);
        persons.get(personId, context);
        List<VotingRightsSuspension> out = votingRights.ofPerson(personId).stream()
                .filter(s -> s.sourceRef().startsWith(ConvictionImportService.SOURCE_PREFIX)).toList();
        guard.record(ProtocolAction.READ, List.of(personId), context, what + ": " + out.size());
        return out;
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** One protocol entry per conviction shown, naming it. */
    private void logViews(List<ExtractLine> shown, UUID personId, AccessContext context, String what) {
        for (ExtractLine l : shown) {
            guard.record(ProtocolAction.READ, List.of(personId), context, what + ": conviction " + l.convictionId());
        }
        if (shown.isEmpty()) {
            guard.record(ProtocolAction.READ, List.of(personId), context, what + ": blank");
        }
    }

    private ExtractRequestRow found(UUID id, AccessContext context, ProtocolAction action, String what, boolean lock) {
        Optional<ExtractRequestRow> row = lock ? store.lockedRequest(id) : store.request(id);
        return row.orElseThrow(() -> {
            guard.refused(action, List.of(), context, what, be.burgerzaken.kernel.api.protocol.ProtocolOutcome.NOT_FOUND);
            return new NotFoundException("no criminal-record extract request " + id);
        });
    }

    private static void expect(ExtractRequestRow row, long version, RequestStatus status) {
        if (row.version() != version) {
            throw ConflictException.staleVersion(version, row.version());
        }
        if (row.status() != status) {
            throw new ConflictException("wrong-status", "request " + row.id() + " is " + row.status() + ", not " + status,
                    409);
        }
    }

    static String name(PersonView p) {
        return ((p.familyName() == null ? "" : p.familyName()) + " " + (p.givenNames() == null ? "" : p.givenNames())).strip();
    }

    private static String label(RequesterKind k) {
        return k == null ? "-" : k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BELGIUM));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, E fallback, String field,
                                                   List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "unknown", "'" + value.strip() + "': one of "
                    + List.of(type.getEnumConstants())));
            return null;
        }
    }
}
