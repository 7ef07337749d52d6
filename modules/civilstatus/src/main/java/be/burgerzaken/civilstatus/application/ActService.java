package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActDraft;
import be.burgerzaken.civilstatus.api.ActSearch;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActStep;
import be.burgerzaken.civilstatus.api.ActSummary;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.Amendment;
import be.burgerzaken.civilstatus.api.CivilStatusActs;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.civilstatus.domain.ActLifecycle;
import be.burgerzaken.civilstatus.domain.ActNames;
import be.burgerzaken.civilstatus.domain.ActSubjects;
import be.burgerzaken.civilstatus.domain.ActValidator;
import be.burgerzaken.civilstatus.domain.ContentDiff;
import be.burgerzaken.civilstatus.persistence.ActStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonSummary;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Civil-status acts, each call in one transaction with its access check and protocol-log entry. Changes lock the
 * act's row first; registration ({@link ActRegistration}) then locks the register's number counter, so every
 * transaction takes its locks in the same order (act, counter, protocol-log stripe).
 */
@ApplicationScoped
@Transactional
public class ActService implements CivilStatusActs {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    static final String CREATE_OPERATION = "civilstatus.act.create";
    static final String AMEND_OPERATION = "civilstatus.act.amend";
    static final int MAX_REASON = 500;
    /** Matches no name key (keys are letters only). */
    static final String NO_NAME_KEY = "#";

    @Inject
    ActStore store;
    @Inject
    ActGuard guard;
    @Inject
    ActViews views;
    @Inject
    ContentJson json;
    @Inject
    CivilStatusSettings settings;
    @Inject
    RegistrationEffects effects;
    @Inject
    PersonDirectory persons;
    @Inject
    IdempotencyKeys keys;
    @Inject
    Clock clock;
    @Inject
    ActChecks checks;
    @Inject
    ActRegistration registration;

    private ActValidator validator() {
        return checks.validator();
    }

    // --- drafts ------------------------------------------------------------------------------------------------

    @Override
    public ActView createDraft(ActDraft draft, AccessContext context, String idempotencyKey) {
        String what = "civil-status act draft " + (draft == null || draft.content() == null ? ""
                : draft.content().actType());
        Actor actor = guard.require(Capability.DRAFT_CIVIL_STATUS_ACT, context, ProtocolAction.CREATE, what);
        String fingerprint = null;
        if (idempotencyKey != null) {
            fingerprint = json.fingerprint(draft);
            Optional<UUID> previous = keys.previous(idempotencyKey, CREATE_OPERATION, fingerprint);
            if (previous.isPresent()) {
                return replay(previous.get(), context);
            }
        }
        if (draft == null) {
            throw new ValidationException("body", "required", "send the act: drawnUpAt, legalBasis, content");
        }
        if (draft.content() instanceof AmendedContent) {
            throw new ValidationException("content.type", "not-allowed", "an amended act corrects a registered act: "
                    + "POST /api/v1/civil-status/acts/{id}/amendments");
        }
        ActDraft d = withDefaults(draft);
        LocalDate today = today();
        throwIfAny(validator().check(d, today, ActValidator.Level.DRAFT));
        checkPersons(d.content(), "content.", context);
        Instant now = clock.instant();
        Act act = new Act(UUID.randomUUID(), d.content().actType(), null, d.drawnUpAt(), now, actor.name());
        store.add(act);
        List<Subject> subjects = save(act, d, now, actor.name());
        guard.record(ProtocolAction.CREATE, d.content(), subjects, context, "civil-status act draft "
                + act.type() + " " + act.id());
        if (idempotencyKey != null) {
            keys.remember(idempotencyKey, CREATE_OPERATION, fingerprint, act.id());
        }
        return views.view(act);
    }

    @Override
    public ActView updateDraft(UUID actId, ActDraft draft, long expectedVersion, AccessContext context) {
        String what = "civil-status act update " + actId;
        Actor actor = guard.require(Capability.DRAFT_CIVIL_STATUS_ACT, context, ProtocolAction.CHANGE, what);
        Act act = guard.locked(actId, context, ProtocolAction.CHANGE, what);
        ActContent stored = views.content(act);
        List<Subject> storedSubjects = subjectsOf(act);
        guard.refuseIfRegistered(act, storedSubjects, stored, context, what);
        ActLifecycle.next(act.status(), ActStep.EDIT);
        ActGuard.checkVersion(act, expectedVersion);
        if (draft == null) {
            throw new ValidationException("body", "required", "send the act: drawnUpAt, legalBasis, content");
        }
        if (draft.content() != null && draft.content().actType() != act.type()) {
            throw new ValidationException("content.type", "type-change", "this act is a " + act.type()
                    + " act; its type cannot change (abandon it and draft a " + draft.content().actType() + " act)");
        }
        ActDraft d = withDefaults(draft);
        LocalDate today = today();
        LocalDate originalDate = today;
        if (act.type() == ActType.AMENDED) {
            Act original = store.find(act.amendsActId()).orElseThrow();
            AmendedContent given = (AmendedContent) d.content();
            if (given != null && given.originalActId() != null && !given.originalActId().equals(original.id())) {
                throw new ValidationException("content.originalActId", "changed",
                        "an amended act stays linked to the act it corrects (" + original.id() + ")");
            }
            if (given != null) {
                d = new ActDraft(d.drawnUpAt(), d.legalBasis(), checks.amended(original, given.reason(), given.corrected(),
                        "content.corrected"));
            }
            originalDate = original.drawnUpOn();
        }
        throwIfAny(validator().check(d, today, originalDate, ActValidator.Level.DRAFT));
        checkPersons(d.content(), "content.", context);
        List<Subject> subjects = save(act, d, clock.instant(), actor.name());
        guard.record(ProtocolAction.CHANGE, d.content(), union(storedSubjects, subjects), context, what);
        return views.view(act);
    }

    /** Writes place, basis and content of a draft, and its index rows; returns the persons it names. */
    private List<Subject> save(Act act, ActDraft d, Instant now, String by) {
        String content = d.content() == null ? "{}" : json.write(d.content());
        act.draft(d.drawnUpAt(), d.legalBasis(), ActSubjects.eventDate(d.content()), content, now, by);
        flush(act);
        store.writeContent(act.id(), content);
        List<Subject> subjects = ActSubjects.of(d.content());
        store.replaceSubjects(act.id(), subjects);
        store.replaceNames(act.id(), ActNames.of(d.content()));
        return subjects;
    }

    // --- lifecycle ---------------------------------------------------------------------------------------------

    @Override
    public ActView submit(UUID actId, long expectedVersion, AccessContext context) {
        String what = "civil-status act submit " + actId;
        Actor actor = guard.require(Capability.DRAFT_CIVIL_STATUS_ACT, context, ProtocolAction.CHANGE, what);
        Act act = guard.locked(actId, context, ProtocolAction.CHANGE, what);
        ActContent content = views.content(act);
        List<Subject> subjects = subjectsOf(act);
        guard.refuseIfRegistered(act, subjects, content, context, what);
        ActLifecycle.next(act.status(), ActStep.SUBMIT);
        ActGuard.checkVersion(act, expectedVersion);
        checks.complete(act, content, today());
        effects.checkAgainstRegisters(act, content, today(), context);
        act.take(ActStep.SUBMIT, clock.instant(), actor.name());
        flush(act);
        guard.record(ProtocolAction.CHANGE, content, subjects, context, what);
        return views.view(act);
    }

    @Override
    public ActView backToDraft(UUID actId, String remark, long expectedVersion, AccessContext context) {
        return step(actId, ActStep.BACK_TO_DRAFT, remark, expectedVersion, context);
    }

    @Override
    public ActView abandon(UUID actId, String reason, long expectedVersion, AccessContext context) {
        return step(actId, ActStep.ABANDON, reason, expectedVersion, context);
    }

    private ActView step(UUID actId, ActStep step, String reason, long expectedVersion, AccessContext context) {
        String what = "civil-status act " + step.name().toLowerCase().replace('_', ' ') + " " + actId;
        Actor actor = guard.require(Capability.DRAFT_CIVIL_STATUS_ACT, context, ProtocolAction.CHANGE, what);
        Act act = guard.locked(actId, context, ProtocolAction.CHANGE, what);
        ActContent content = views.content(act);
        List<Subject> subjects = subjectsOf(act);
        guard.refuseIfRegistered(act, subjects, content, context, what);
        ActLifecycle.next(act.status(), step);
        ActGuard.checkVersion(act, expectedVersion);
        if (step == ActStep.ABANDON) {
            if (reason == null || reason.isBlank()) {
                throw new ValidationException("reason", "required", "say why the act is abandoned");
            }
            if (reason.length() > MAX_REASON) {
                throw new ValidationException("reason", "length", "at most " + MAX_REASON + " characters");
            }
            act.abandon(reason.strip(), clock.instant(), actor.name());
        } else if (step == ActStep.BACK_TO_DRAFT) {
            if (reason != null && reason.length() > MAX_REASON) {
                throw new ValidationException("remark", "length", "at most " + MAX_REASON + " characters");
            }
            if (reason != null && reason.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r')) {
                throw new ValidationException("remark", "control-characters", "control characters are not allowed");
            }
            act.sendBack(reason, clock.instant(), actor.name());
        } else {
            act.take(step, clock.instant(), actor.name());
        }
        flush(act);
        guard.record(ProtocolAction.CHANGE, content, subjects, context, what);
        return views.view(act);
    }

    /**
     * The registration in its own transaction ({@link ActRegistration}). Registrations of one register queue on its
     * counter lock, each holding its one connection; the lock holder needs no other (ADR 0008).
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ActView register(UUID actId, long expectedVersion, AccessContext context) {
        return registration.register(actId, expectedVersion, context);
    }

    // --- amendments --------------------------------------------------------------------------------------------

    @Override
    public ActView amend(UUID actId, Amendment amendment, AccessContext context, String idempotencyKey) {
        String what = "civil-status act amend " + actId;
        Actor actor = guard.require(Capability.DRAFT_CIVIL_STATUS_ACT, context, ProtocolAction.CREATE, what);
        String fingerprint = null;
        if (idempotencyKey != null) {
            fingerprint = json.fingerprint(new Object[] {actId == null ? null : actId.toString(), amendment});
            Optional<UUID> previous = keys.previous(idempotencyKey, AMEND_OPERATION, fingerprint);
            if (previous.isPresent()) {
                return replay(previous.get(), context);
            }
        }
        Act target = guard.found(actId, context, ProtocolAction.CREATE, what);
        Act original = target.amendsActId() == null ? target
                : guard.found(target.amendsActId(), context, ProtocolAction.CREATE, what);
        if (original.status() != ActStatus.REGISTERED) {
            throw new ConflictException("not-registered", "act " + original.id() + " is " + original.status()
                    + ": only a registered act is corrected by an amended act; a draft is changed with PUT", 409);
        }
        if (amendment == null) {
            throw new ValidationException("body", "required", "send legalBasis, reason and the corrected content");
        }
        AmendedContent content = checks.amended(original, amendment.reason(), amendment.corrected(), "corrected");
        ActDraft d = withDefaults(new ActDraft(amendment.drawnUpAt(), amendment.legalBasis(), content));
        List<FieldProblem> problems = validator().check(d, today(), original.drawnUpOn(), ActValidator.Level.DRAFT)
                .stream().map(p -> new FieldProblem(p.field().replaceFirst("^content\\.", ""), p.code(), p.message()))
                .toList();
        throwIfAny(problems);
        checkPersons(content.corrected(), "corrected.", context);
        Instant now = clock.instant();
        Act act = new Act(UUID.randomUUID(), ActType.AMENDED, original.id(), d.drawnUpAt(), now, actor.name());
        store.add(act);
        List<Subject> subjects = save(act, d, now, actor.name());
        guard.record(ProtocolAction.CREATE, content, subjects, context, what + " (" + original.number() + ") as "
                + act.id());
        if (idempotencyKey != null) {
            keys.remember(idempotencyKey, AMEND_OPERATION, fingerprint, act.id());
        }
        return views.view(act);
    }

    // --- reads -------------------------------------------------------------------------------------------------

    @Override
    public ActView get(UUID actId, AccessContext context) {
        String what = "civil-status act " + actId;
        guard.require(Capability.READ_CIVIL_STATUS_ACT, context, ProtocolAction.READ, what);
        Act act = guard.found(actId, context, ProtocolAction.READ, what);
        ActView view = views.view(act);
        guard.record(ProtocolAction.READ, view.content(), view.subjects(), context, what
                + (act.number() == null ? "" : " " + act.number()));
        return view;
    }

    // --- integrators (issue 9, second part) ---
    @Override
    public java.util.Optional<be.burgerzaken.civilstatus.api.ActReference> reference(UUID actId) {
        return store.find(actId).map(a -> new be.burgerzaken.civilstatus.api.ActReference(actId, a.type(), a.status(),
                store.subjects(List.of(actId)).getOrDefault(actId, List.of()).stream()
                        .map(be.burgerzaken.civilstatus.api.Subject::personId).filter(java.util.Objects::nonNull)
                        .distinct().toList()));
    }
    // --- end integrators ---

    private ActView replay(UUID actId, AccessContext context) {
        Act act = store.find(actId).orElseThrow(() -> new NotFoundException("no civil-status act " + actId));
        ActView view = views.view(act);
        guard.record(ProtocolAction.READ, view.content(), view.subjects(), context,
                "civil-status act replayed for Idempotency-Key " + actId);
        return view;
    }

    @Override
    public Page<ActSummary> search(ActSearch s, AccessContext context) {
        String what = "civil-status act index" + (s == null ? "" : " " + s.describe());
        guard.require(Capability.READ_CIVIL_STATUS_ACT, context, ProtocolAction.SEARCH, what);
        if (s == null) {
            throw new ValidationException("body", "required", "the search criteria");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (s.page() < 0) {
            problems.add(new FieldProblem("page", "invalid", "pages count from 0"));
        }
        if (s.size() < 1 || s.size() > ActSearch.MAX_SIZE) {
            problems.add(new FieldProblem("size", "invalid", "the page size must be 1 to " + ActSearch.MAX_SIZE));
        }
        if (s.from() != null && s.to() != null && s.to().isBefore(s.from())) {
            problems.add(new FieldProblem("to", "before-start", "the period must end on or after its start"));
        }
        throwIfAny(problems);
        Set<UUID> personIds = s.personId() == null ? null : Set.of(s.personId());
        boolean byName = !blank(s.familyName()) || !blank(s.givenNames());
        Set<UUID> named = null;
        if (byName) {
            // tolerant name search in the kernel (which logs it), resolved to person ids; the names the acts write
            // themselves (also of persons not in the register) are matched by their keys
            named = new HashSet<>();
            persons.search(new PersonSearch(null, trim(s.familyName()), trim(s.givenNames()), null, 0,
                    PersonSearch.MAX_SIZE), context).items().stream().map(PersonSummary::id).forEach(named::add);
        }
        String familyKey = byName ? nameKey(s.familyName()) : null;
        String givenKey = byName ? nameKey(s.givenNames()) : null;
        if (byName && familyKey == null && givenKey == null) {
            familyKey = NO_NAME_KEY; // a name without letters: only the kernel's matches count
        }
        ActStore.Criteria c = new ActStore.Criteria(personIds, s.type(), s.status(), s.from(), s.to(),
                trim(s.number()), trim(s.officer()), named, familyKey, givenKey);
        List<Act> acts = store.search(c, s.page(), s.size());
        Page<ActSummary> page = new Page<>(views.summaries(acts), s.page(), s.size(), store.count(c));
        Set<Subject> found = new java.util.LinkedHashSet<>();
        page.items().forEach(a -> found.addAll(a.subjects()));
        guard.record(ProtocolAction.SEARCH, null, found, context, what);
        return page;
    }

    @Override
    public Page<ActSummary> signingQueue(int page, int size, AccessContext context) {
        String what = "civil-status signing queue page=" + page + " size=" + size;
        guard.require(Capability.READ_CIVIL_STATUS_ACT, context, ProtocolAction.SEARCH, what);
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "invalid", "pages count from 0"));
        }
        if (size < 1 || size > ActSearch.MAX_SIZE) {
            problems.add(new FieldProblem("size", "invalid", "the page size must be 1 to " + ActSearch.MAX_SIZE));
        }
        throwIfAny(problems);
        Page<ActSummary> result = new Page<>(views.summaries(store.waitingForSignature(page, size)), page, size,
                store.countWaitingForSignature());
        Set<Subject> found = new java.util.LinkedHashSet<>();
        result.items().forEach(a -> found.addAll(a.subjects()));
        guard.record(ProtocolAction.SEARCH, null, found, context, what);
        return result;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /**
     * Every kernel person the content names must exist: one read per person through the kernel (logged there).
     * The fields are found by their names ({@code personId}, {@code childPersonId}).
     */
    private void checkPersons(ActContent content, String prefix, AccessContext context) {
        if (content == null) {
            return;
        }
        Map<String, UUID> ids = new LinkedHashMap<>();
        ContentDiff.flatten(content).forEach((path, value) -> {
            if (path.endsWith("personId") || path.endsWith("PersonId")) {
                ids.put(path, UUID.fromString(value));
            }
        });
        List<FieldProblem> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Map.Entry<String, UUID> e : ids.entrySet()) {
            if (!seen.add(e.getValue())) {
                continue;
            }
            try {
                persons.get(e.getValue(), context);
            } catch (NotFoundException unknown) {
                problems.add(new FieldProblem(prefix + e.getKey(), "unknown-person", "no person with id " + e.getValue()));
            }
        }
        throwIfAny(problems);
    }

    private List<Subject> subjectsOf(Act act) {
        return store.subjects(List.of(act.id())).getOrDefault(act.id(), List.of());
    }

    private ActDraft withDefaults(ActDraft d) {
        String place = blank(d.drawnUpAt()) ? settings.municipalityNis() : d.drawnUpAt().strip();
        return new ActDraft(place, d.legalBasis(), d.content());
    }

    void flush(Act act) {
        long version = act.version();
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(version, version + 1);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BELGIUM));
    }

    private static Set<Subject> union(List<Subject> a, List<Subject> b) {
        Set<Subject> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nameKey(String name) {
        String key = ActNames.key(name);
        return key.isEmpty() ? null : key;
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
