package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.AccessBasis;
import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.ExtractAssessment;
import be.burgerzaken.civilstatus.api.ExtractKind;
import be.burgerzaken.civilstatus.api.ExtractRefusedException;
import be.burgerzaken.civilstatus.api.ExtractRequest;
import be.burgerzaken.civilstatus.api.ExtractRequester;
import be.burgerzaken.civilstatus.api.Extracts;
import be.burgerzaken.civilstatus.api.FieldChange;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.api.HistoryEntry;
import be.burgerzaken.civilstatus.api.IssuedExtract;
import be.burgerzaken.civilstatus.api.Officer;
import be.burgerzaken.civilstatus.api.RequesterRelation;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.civilstatus.domain.ExtractAccessRules;
import be.burgerzaken.civilstatus.domain.ExtractRequestRow;
import be.burgerzaken.civilstatus.domain.Kinship;
import be.burgerzaken.civilstatus.persistence.ActStore;
import be.burgerzaken.civilstatus.persistence.ExtractStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonSummary;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Extracts and copies (IssueExtract), one transaction per call: access (READ_CIVIL_STATUS_ACT, and ISSUE_DOCUMENT
 * to issue), the request checked field by field, the act found and REGISTERED, the requester resolved in the
 * person register (logged by the kernel), the relation verified against the registered acts ({@link Kinship}),
 * the dated access rules applied ({@link ExtractAccessRules}), then the document written in its language, issued by
 * the kernel, recorded in {@code extract_request} and protocol-logged, flagged when the relation is only declared.
 *
 * <p>A refusal by the rules (403) or a declared relation without its basis is logged in this transaction, which then
 * commits without anything else: a second transaction appending to the actor's stripe, whose head this one holds
 * once the kernel logged the read of the requester, would wait for it forever (as the certificates). Every other
 * invalid request rolls back (nothing was written but the kernel's read entries, and a kernel call that refused has
 * marked the transaction for rollback anyway).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {ExtractRefusedException.class, BasisRequiredException.class})
public class ExtractService implements Extracts {
    static final String OPERATION = "civilstatus.extract";
    static final int MAX_BASIS = 500;
    static final int MAX_NAME = 200;

    @Inject
    ActStore acts;
    @Inject
    ExtractStore store;
    @Inject
    ActGuard guard;
    @Inject
    ActViews views;
    @Inject
    ContentJson json;
    @Inject
    PersonDirectory persons;
    @Inject
    DocumentService documents;
    @Inject
    ProtocolLog log;
    @Inject
    IdempotencyKeys keys;
    @Inject
    ExtractAccessRules rules;
    @Inject
    Clock clock;

    /** A request checked for its form, before anything is read. */
    record Checked(ExtractKind kind, String language, RequesterRelation relation, UUID personId, String nationalNumber,
                   String name, String basis, String channel) {
    }

    /** Everything the decision and the document need. */
    record Prepared(Act act, ActContent original, ActContent current, List<Subject> subjects, Checked request,
                    UUID requesterPersonId, String requesterName, boolean sexChange,
                    ExtractAccessRules.Decision decision, RequesterRelation verified, ExtractAssessment assessment) {
    }

    // --- assess ----------------------------------------------------------------------------------------------

    @Override
    public ExtractAssessment assess(UUID actId, ExtractRequest request, AccessContext context) {
        String what = "civil-status extract assessment of act " + actId;
        guard.require(Capability.READ_CIVIL_STATUS_ACT, context, ProtocolAction.READ, what);
        Checked checked = check(request);
        Act act = registered(actId, context, ProtocolAction.READ, what);
        Prepared p = prepare(act, checked, context, what);
        guard.record(ProtocolAction.READ, p.current(), p.subjects(), context, what + " " + act.number() + ": "
                + p.assessment().message());
        return p.assessment();
    }

    // --- issue -----------------------------------------------------------------------------------------------

    @Override
    public IssuedExtract issue(UUID actId, ExtractRequest request, AccessContext context, String idempotencyKey) {
        String what = "civil-status extract of act " + actId;
        Actor actor = guard.require(Capability.READ_CIVIL_STATUS_ACT, context, ProtocolAction.CREATE, what);
        guard.require(Capability.ISSUE_DOCUMENT, context, ProtocolAction.CREATE, what);
        String fingerprint = null;
        if (idempotencyKey != null) {
            fingerprint = json.fingerprint(new Object[] {String.valueOf(actId), request});
            Optional<UUID> previous = keys.previous(idempotencyKey, OPERATION, fingerprint);
            if (previous.isPresent()) {
                ExtractRequestRow row = store.find(previous.get()).orElseThrow();
                Act act = acts.find(row.actId()).orElseThrow();
                guard.record(ProtocolAction.READ, views.content(act), subjectsOf(act), context,
                        "civil-status extract replayed for Idempotency-Key " + row.id());
                return view(row, act.number());
            }
        }
        Checked checked = check(request);
        Act act = registered(actId, context, ProtocolAction.CREATE, what);
        Prepared p = prepare(act, checked, context, what);
        ExtractAssessment a = p.assessment();
        if (!a.allowed()) {
            log.record(ProtocolRecord.of(ProtocolAction.CREATE, ActGuard.types(p.current()), ActGuard.ids(p.subjects()),
                    context, what + " " + act.number() + " refused: " + a.message(), ProtocolOutcome.DENIED));
            throw new ExtractRefusedException(a.message(), a.ruleId(), a.publicFrom(),
                    List.of("rule:" + a.ruleId(), "relation:one of " + a.circle(),
                            "public-from:" + a.publicFrom()));
        }
        if (a.basisRequired()) {
            String message = "our data do not confirm that " + p.requesterName() + " is " + label(checked.relation())
                    + " of the person the act is about: state the basis of the relation (notary deed, court "
                    + "decision, ...); the extract is then issued as 'declared, not verified'";
            log.record(ProtocolRecord.of(ProtocolAction.CREATE, ActGuard.types(p.current()), ActGuard.ids(p.subjects()),
                    context, what + " " + act.number() + " refused: requester.basis required", ProtocolOutcome.INVALID));
            throw new BasisRequiredException(message);
        }

        ExtractContent.Facts facts = new ExtractContent.Facts(checked.kind(), act.type(), act.number(),
                act.drawnUpOn(), act.drawnUpAt(), act.officerName(), act.legalBasis(), p.original(), p.current(),
                history(act));
        String title = ExtractContent.title(checked.kind(), checked.language());
        LocalDate today = today();
        Map<String, String> core = new LinkedHashMap<>();
        core.put("document", title);
        core.put("act", act.number());
        core.put("person", ExtractContent.principalName(p.current()));
        core.put("issued", today.toString());
        String requesterText = requesterText(p, a);
        IssuedDocument doc = documents.issue(new DocumentRequest(checked.kind().documentType(), checked.language(),
                ExtractContent.principalPerson(p.current()), requesterText, core,
                ExtractContent.build(facts, checked.language())), context);

        Instant now = clock.instant();
        ExtractRequestRow row = new ExtractRequestRow(UUID.randomUUID(), act.id(), checked.kind(), checked.language(),
                p.requesterPersonId(), p.requesterName(), checked.nationalNumber(), checked.relation(), a.access(),
                a.access() == AccessBasis.DECLARED ? checked.basis() : null, a.ruleId(), a.publicFrom(),
                checked.channel(), context.purpose().strip(), doc.id(), doc.verificationCode(), doc.verifyUrl(), now,
                actor.name());
        store.add(row);
        Set<UUID> logged = new LinkedHashSet<>(ActGuard.ids(p.subjects()));
        if (p.requesterPersonId() != null) {
            logged.add(p.requesterPersonId());
        }
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, ActGuard.types(p.current()), logged, context,
                "civil-status " + checked.kind().name().toLowerCase(Locale.ROOT) + " (" + checked.language() + ") of act "
                        + act.number() + " as document " + doc.id() + " for " + requesterText, ProtocolOutcome.OK));
        if (idempotencyKey != null) {
            keys.remember(idempotencyKey, OPERATION, fingerprint, row.id());
        }
        return view(row, act.number());
    }

    // --- reads -----------------------------------------------------------------------------------------------

    @Override
    public Page<IssuedExtract> issued(UUID actId, int page, int size, AccessContext context) {
        String what = "civil-status extracts issued of act " + actId;
        guard.require(Capability.READ_CIVIL_STATUS_ACT, context, ProtocolAction.READ, what);
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
        Act act = guard.found(actId, context, ProtocolAction.READ, what);
        List<IssuedExtract> items = store.forAct(act.id(), page, size).stream().map(r -> view(r, act.number())).toList();
        Page<IssuedExtract> result = new Page<>(items, page, size, store.countForAct(act.id()));
        guard.record(ProtocolAction.READ, views.content(act), subjectsOf(act), context, what
                + (act.number() == null ? "" : " " + act.number()));
        return result;
    }

    @Override
    public IssuedExtract get(UUID actId, UUID extractId, AccessContext context) {
        String what = "civil-status extract " + extractId + " of act " + actId;
        guard.require(Capability.READ_CIVIL_STATUS_ACT, context, ProtocolAction.READ, what);
        Act act = guard.found(actId, context, ProtocolAction.READ, what);
        ExtractRequestRow row = row(act, extractId, context, what);
        guard.record(ProtocolAction.READ, views.content(act), subjectsOf(act), context, what + " " + act.number());
        return view(row, act.number());
    }

    @Override
    public IssuedDocument pdf(UUID actId, UUID extractId, AccessContext context) {
        String what = "civil-status extract PDF " + extractId + " of act " + actId;
        guard.require(Capability.READ_CIVIL_STATUS_ACT, context, ProtocolAction.READ, what);
        Act act = guard.found(actId, context, ProtocolAction.READ, what);
        ExtractRequestRow row = row(act, extractId, context, what);
        IssuedDocument doc = documents.get(row.documentId(), context);
        guard.record(ProtocolAction.READ, views.content(act), subjectsOf(act), context, what + " " + act.number()
                + " (document " + doc.id() + ")");
        return doc;
    }

    private ExtractRequestRow row(Act act, UUID extractId, AccessContext context, String what) {
        return store.find(extractId).filter(r -> r.actId().equals(act.id())).orElseThrow(() -> {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, ActGuard.BASE, List.of(), context, what,
                    ProtocolOutcome.NOT_FOUND));
            return new NotFoundException("no extract " + extractId + " of act " + act.id());
        });
    }

    // --- the steps -------------------------------------------------------------------------------------------

    /** The request's form: every problem with its field, before anything is read. */
    static Checked check(ExtractRequest r) {
        if (r == null) {
            throw new ValidationException("body", "required", "send kind, language and requester");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ExtractKind kind = enumValue(ExtractKind.class, r.kind(), ExtractKind.EXTRACT, "kind", problems);
        String language = r.language() == null || r.language().isBlank() ? "nl"
                : r.language().strip().toLowerCase(Locale.ROOT);
        if (!DocumentRequest.LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("language", "unsupported", "'" + r.language().strip() + "': one of "
                    + DocumentRequest.LANGUAGES));
        }
        String channel = r.channel() == null || r.channel().isBlank() ? "COUNTER"
                : r.channel().strip().toUpperCase(Locale.ROOT);
        if (!ExtractRequest.CHANNELS.contains(channel)) {
            problems.add(new FieldProblem("channel", "unknown", "'" + r.channel().strip() + "': one of "
                    + ExtractRequest.CHANNELS));
        }
        ExtractRequester q = r.requester();
        RequesterRelation relation = null;
        String nationalNumber = null;
        String name = null;
        String basis = null;
        if (q == null) {
            problems.add(new FieldProblem("requester", "required", "say who asks (personId, nationalNumber or name) "
                    + "and their relation to the person the act is about"));
        } else {
            if (q.relation() == null || q.relation().isBlank()) {
                problems.add(new FieldProblem("requester.relation", "required", "one of "
                        + List.of(RequesterRelation.values())));
            } else {
                relation = enumValue(RequesterRelation.class, q.relation(), null, "requester.relation", problems);
            }
            if (q.nationalNumber() != null && !q.nationalNumber().isBlank()) {
                String digits = q.nationalNumber().replaceAll("[^0-9]", "");
                if (!NationalNumber.isValid(digits)) {
                    problems.add(new FieldProblem("requester.nationalNumber", "invalid", "'" + q.nationalNumber().strip()
                            + "' is not a valid national number"));
                } else {
                    nationalNumber = digits;
                }
            }
            name = q.name() == null || q.name().isBlank() ? null : q.name().strip();
            if (name != null && name.length() > MAX_NAME) {
                problems.add(new FieldProblem("requester.name", "length", "at most " + MAX_NAME + " characters"));
            }
            if (q.personId() == null && nationalNumber == null && name == null
                    && problems.stream().noneMatch(p -> p.field().equals("requester.nationalNumber"))) {
                problems.add(new FieldProblem("requester.name", "required", "name the requester (or give their "
                        + "personId or national number)"));
            }
            basis = q.basis() == null || q.basis().isBlank() ? null : q.basis().strip();
            if (basis != null && basis.length() > MAX_BASIS) {
                problems.add(new FieldProblem("requester.basis", "length", "at most " + MAX_BASIS + " characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Checked(kind, language, relation, q.personId(), nationalNumber, name, basis, channel);
    }

    /** The act, which must exist (404), be an original (409 not-an-original) and be registered (409). */
    private Act registered(UUID actId, AccessContext context, ProtocolAction action, String what) {
        Act act = guard.found(actId, context, action, what);
        if (act.amendsActId() != null) {
            throw new ConflictException("not-an-original", "act " + act.id() + " is an amended act: extracts and copies "
                    + "are made of the act it corrects (" + act.amendsActId() + "), with its amendments", 409);
        }
        if (act.status() != ActStatus.REGISTERED) {
            throw new ConflictException("not-registered", "act " + act.id() + " is " + act.status() + ": only a "
                    + "registered act has extracts and copies", 409);
        }
        return act;
    }

    private Prepared prepare(Act act, Checked c, AccessContext context, String what) {
        ActContent original = views.content(act);
        ActContent current = views.current(act);
        List<Subject> subjects = subjectsOf(act);
        if (c.kind() == ExtractKind.MULTILINGUAL && !ExtractContent.MULTILINGUAL_TYPES.contains(act.type())) {
            throw new ValidationException("kind", "not-available", "the multilingual standard form exists for birth, "
                    + "marriage and death acts only, not for a " + act.type() + " act");
        }
        // the requester in the person register (each read logged by the kernel)
        UUID requesterId = c.personId();
        String requesterName = c.name();
        PersonView requester = null;
        if (requesterId != null) {
            try {
                requester = persons.get(requesterId, context);
            } catch (NotFoundException e) {
                throw new ValidationException("requester.personId", "unknown-person", "no person with id " + requesterId);
            }
            if (c.nationalNumber() != null && !c.nationalNumber().equals(requester.nationalNumber())) {
                throw new ValidationException("requester.nationalNumber", "not-the-person", "the national number is "
                        + "not that of person " + requesterId);
            }
        } else if (c.nationalNumber() != null) {
            // a search, not a get: a kernel call that refuses marks the whole transaction for rollback
            PersonSummary found = persons.search(new PersonSearch(c.nationalNumber(), null, null, null, 0, 2), context)
                    .items().stream().filter(p -> c.nationalNumber().equals(p.nationalNumber())).findFirst().orElse(null);
            if (found != null) {
                requesterId = found.id();
                requesterName = (nz(found.familyName()) + " " + nz(found.givenNames())).strip();
            } else if (requesterName == null) {
                throw new ValidationException("requester.name", "required", "no person has this national number in "
                        + "the register: name the requester");
            }
        }
        if (requester != null) {
            requesterName = (nz(requester.familyName()) + " " + nz(requester.givenNames())).strip();
        }
        // the rules
        LocalDate today = today();
        Kinship kinship = new Kinship(store::registeredActsNaming);
        Kinship.ActFacts facts = store.facts(act.id()).orElseThrow();
        RequesterRelation verified = c.relation() == RequesterRelation.NONE ? null
                : kinship.verify(requesterId, c.relation(), facts, today).orElse(null);
        boolean sexChange = containsSexChange(act, original, current);
        ExtractAccessRules.Decision d = rules.decide(ExtractAccessRules.scope(act.type(), current), sexChange,
                act.drawnUpOn(), today, c.relation(), verified != null);
        boolean basisRequired = d.outcome() == AccessBasis.DECLARED && c.basis() == null;
        String message = message(act, d, c.relation(), verified, sexChange, requesterName, c.basis() != null);
        ExtractAssessment a = new ExtractAssessment(act.id(), act.number(), d.allowed(), d.outcome(), d.rule().id(),
                d.rule().source(), d.publicFrom(), sexChange, d.circle(), c.relation(), verified, requesterId,
                requesterName, basisRequired, message);
        return new Prepared(act, original, current, subjects, c, requesterId, requesterName, sexChange, d, verified, a);
    }

    /**
     * Whether the act contains a change of registered sex: it is one (or a foreign act standing for one), or one of
     * its registered amendments changes a sex.
     */
    private boolean containsSexChange(Act act, ActContent original, ActContent current) {
        if (act.type() == ActType.SEX_REGISTRATION_CHANGE || (original instanceof ForeignActContent f
                && f.equivalentType() == ActType.SEX_REGISTRATION_CHANGE)) {
            return true;
        }
        return history(act).stream().flatMap(h -> h.changes().stream()).map(FieldChange::field)
                .anyMatch(ExtractService::isSexField);
    }

    static boolean isSexField(String path) {
        if (path == null) {
            return false;
        }
        String last = path.replaceAll(".*\\.", "").replaceAll("\\[\\d+]", "");
        return last.equals("sex") || last.endsWith("Sex");
    }

    /** The registered amendments of an original, in order of registration. */
    private List<HistoryEntry> history(Act original) {
        List<HistoryEntry> out = new ArrayList<>();
        for (Act a : acts.amendmentsOf(original.id())) {
            if (a.status() != ActStatus.REGISTERED) {
                continue;
            }
            String reason = null;
            List<FieldChange> changes = List.of();
            if (views.content(a) instanceof AmendedContent ac) {
                reason = ac.reason();
                changes = ac.changes() == null ? List.of() : ac.changes();
            }
            out.add(new HistoryEntry(a.id(), a.type(), a.status(), a.number(), a.drawnUpOn(), a.registeredAt(),
                    a.officerUser() == null ? null : new Officer(a.officerUser(), a.officerName()), a.legalBasis(),
                    reason, changes));
        }
        return out;
    }

    private static String message(Act act, ExtractAccessRules.Decision d, RequesterRelation relation,
                                  RequesterRelation verified, boolean sexChange, String requester, boolean basis) {
        String rule = "rule " + d.rule().id();
        if (d.outcome() == AccessBasis.PUBLIC) {
            return "act " + act.number() + " is public since " + d.publicFrom() + " (" + rule + "): anyone may obtain it";
        }
        if (d.outcome() == null) {
            return "act " + act.number() + " is not public before " + d.publicFrom() + " (" + rule + "); until then "
                    + "only " + d.circle() + (sexChange ? " (the act contains a change of registered sex)" : "")
                    + " may obtain it, and the requester's relation is " + relation;
        }
        if (verified != null) {
            return "allowed (" + rule + "): " + requester + " is " + label(relation) + " according to the registered acts";
        }
        return "allowed as declared, not verified (" + rule + "): our data do not confirm that " + requester + " is "
                + label(relation) + (basis ? "; the stated basis is recorded" : "; a basis must be stated");
    }

    private static String label(RequesterRelation r) {
        return r == null ? "-" : r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String requesterText(Prepared p, ExtractAssessment a) {
        String s = p.requesterName() + " (" + label(p.request().relation()) + ", " + switch (a.access()) {
            case PUBLIC -> "public act";
            case VERIFIED -> "verified";
            case DECLARED -> "declared, not verified: " + p.request().basis();
        } + ")";
        return s.length() <= 200 ? s : s.substring(0, 199) + "\u2026";
    }

    private List<Subject> subjectsOf(Act act) {
        Set<Subject> all = new LinkedHashSet<>(acts.subjects(List.of(act.id())).getOrDefault(act.id(), List.of()));
        List<UUID> amendments = acts.amendmentsOf(act.id()).stream().filter(a -> a.status() == ActStatus.REGISTERED)
                .map(Act::id).toList();
        acts.subjects(amendments).values().forEach(all::addAll);
        return List.copyOf(all);
    }

    private IssuedExtract view(ExtractRequestRow r, String number) {
        return new IssuedExtract(r.id(), r.actId(), number, r.kind(), r.language(), r.documentId(), r.verificationCode(),
                r.verifyUrl(), r.requesterPersonId(), r.requesterName(), r.relation(), r.access(), r.declaredBasis(),
                r.ruleId(), r.publicFrom(), r.channel(), r.purpose(), r.issuedAt(), r.issuedBy());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ActService.BELGIUM));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
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
