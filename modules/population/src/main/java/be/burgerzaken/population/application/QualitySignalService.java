package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.person.Page;
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
import be.burgerzaken.population.api.QualityRuleAudit;
import be.burgerzaken.population.api.QualityRuleChange;
import be.burgerzaken.population.api.QualityRuleCode;
import be.burgerzaken.population.api.QualityRuleView;
import be.burgerzaken.population.api.QualityRun;
import be.burgerzaken.population.api.QualitySignal;
import be.burgerzaken.population.api.QualitySignalSummary;
import be.burgerzaken.population.api.QualitySignals;
import be.burgerzaken.population.api.SignalReview;
import be.burgerzaken.population.api.SignalSeverity;
import be.burgerzaken.population.api.SignalStatus;
import be.burgerzaken.population.api.SignalSubjectKind;
import be.burgerzaken.population.domain.OutboxMessage;
import be.burgerzaken.population.domain.QualityChecks;
import be.burgerzaken.population.domain.QualityRule;
import be.burgerzaken.population.domain.QualityRuleChangeRow;
import be.burgerzaken.population.domain.QualityRuleVersions;
import be.burgerzaken.population.domain.QualitySignalRow;
import be.burgerzaken.population.domain.SignalFinding;
import be.burgerzaken.population.persistence.QualityStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Quality rules and signals (kwaliteitssignalen / signaux de qualité): the dated rules and their change log, the
 * run that turns findings into signals, the review list and the review. Access check first, then the work, then the
 * protocol-log entry in the same transaction; refusals logged in a transaction of their own. A run and a review
 * store everything or nothing.
 */
@ApplicationScoped
@Transactional
public class QualitySignalService implements QualitySignals {
    static final List<InformationType> TYPES = List.of(InformationType.MAIN_RESIDENCE);
    static final List<InformationType> ADDRESS_TYPES = List.of(InformationType.MAIN_RESIDENCE, InformationType.HOUSEHOLD);
    static final int MAX_PAGE_SIZE = 100;
    static final String POLICE_CHECK_EVENT = "population.residence-check-requested";
    private static final Logger LOG = Logger.getLogger(QualitySignalService.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type FACTS = new LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();

    @Inject
    QualityStore store;
    @Inject
    FileAssembler files;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    Event<OutboxWritten> outboxWritten;

    // --- rules

    @Override
    public List<QualityRuleView> rules(AccessContext context) {
        requireRuleReader(context, "quality rules");
        return store.rules().stream().map(QualitySignalService::view).toList();
    }

    @Override
    public QualityRuleView updateRule(UUID ruleId, QualityRuleChange change, long version, AccessContext context) {
        Actor actor = require(Capability.MANAGE_QUALITY_RULES, context, ProtocolAction.CHANGE, List.of(),
                "quality rule " + ruleId, List.of());
        QualityRule rule = store.rule(ruleId).orElseThrow(() -> notFound("quality rule " + ruleId, context));
        if (change == null) {
            throw new ValidationException("body", "required", "the change is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (change.code() != null && !change.code().strip().equalsIgnoreCase(rule.code())) {
            problems.add(new FieldProblem("code", "not-changeable", "a rule version keeps its code (" + rule.code()
                    + "); add a version of the other rule instead"));
        }
        QualityRuleCode code = QualityRuleCode.valueOf(rule.code());
        boolean enabled = change.enabled() == null ? rule.enabled() : change.enabled();
        int threshold = change.threshold() == null ? rule.threshold() : change.threshold();
        Integer window = change.windowDays() == null ? rule.windowDays() : change.windowDays();
        SignalSeverity severity = change.severity() == null ? SignalSeverity.valueOf(rule.severity())
                : QualityRuleVersions.severity(change.severity(), problems);
        LocalDate from = change.validFrom() == null ? rule.validFrom() : change.validFrom();
        LocalDate to = change.validTo() == null ? rule.validTo() : change.validTo();
        String description = change.description() == null ? rule.description() : blankToNull(change.description());
        QualityRuleVersions.check(code, threshold, window, from, to, description, problems);
        if (problems.isEmpty()) {
            QualityRuleVersions.overlapping(store.rules(), rule.code(), rule.id(), from, to).ifPresent(other ->
                    problems.add(new FieldProblem(change.validFrom() != null ? "validFrom" : "validTo", "overlap",
                            "the period overlaps the version valid from " + other.validFrom() + " (" + other.id() + ")")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (version != rule.version()) {
            throw stale(version, rule.version());
        }
        Instant now = clock.instant();
        String what = rule.change(enabled, threshold, window, severity.name(), from, to, description, now, actor.name());
        if (!what.isEmpty()) {
            audit(rule, what, now, actor, context);
            store.flush();
        }
        return view(rule);
    }

    @Override
    public QualityRuleView addRuleVersion(QualityRuleChange change, AccessContext context) {
        Actor actor = require(Capability.MANAGE_QUALITY_RULES, context, ProtocolAction.CREATE, List.of(),
                "new quality rule version", List.of());
        if (change == null) {
            throw new ValidationException("body", "required", "the rule version is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        QualityRuleCode code = QualityRuleVersions.code(change.code(), problems);
        if (change.validFrom() == null) {
            problems.add(new FieldProblem("validFrom", "required", "the first day the new version applies is required"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<QualityRule> versions = store.rules();
        QualityRule current = QualityRuleVersions.validOn(versions, code, change.validFrom()).orElse(null);
        if (current != null && current.validFrom().equals(change.validFrom())) {
            throw new ValidationException("validFrom", "version-exists", "a version of " + code + " starts on "
                    + change.validFrom() + " already (" + current.id() + "); change that one");
        }
        if (current == null && change.threshold() == null) {
            problems.add(new FieldProblem("threshold", "required", "no version of " + code + " is valid on "
                    + change.validFrom() + " to take the values from: give the threshold"));
        }
        boolean enabled = change.enabled() != null ? change.enabled() : current == null || current.enabled();
        int threshold = change.threshold() != null ? change.threshold() : current == null ? 0 : current.threshold();
        Integer window = change.windowDays() != null ? change.windowDays() : current == null ? null : current.windowDays();
        SignalSeverity severity = change.severity() != null ? QualityRuleVersions.severity(change.severity(), problems)
                : current == null ? SignalSeverity.MEDIUM : SignalSeverity.valueOf(current.severity());
        LocalDate to = change.validTo() != null ? change.validTo() : current == null ? null : current.validTo();
        String description = change.description() != null ? blankToNull(change.description())
                : current == null ? null : current.description();
        QualityRuleVersions.check(code, threshold, window, change.validFrom(), to, description, problems);
        if (problems.isEmpty()) {
            UUID except = current == null ? new UUID(0, 0) : current.id();
            QualityRuleVersions.overlapping(versions, code.name(), except, change.validFrom(), to).ifPresent(other ->
                    problems.add(new FieldProblem("validTo", "overlap", "the period overlaps the version valid from "
                            + other.validFrom() + " (" + other.id() + ")")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Instant now = clock.instant();
        if (current != null && (current.validTo() == null || current.validTo().isAfter(change.validFrom()))) {
            String ended = current.endAt(change.validFrom(), now, actor.name());
            audit(current, ended + " (superseded)", now, actor, context);
            store.flush();
        }
        QualityRule added = new QualityRule(UUID.randomUUID(), code.name(), enabled, threshold, window, severity.name(),
                change.validFrom(), to, description, now, actor.name());
        store.add(added);
        store.flush();
        audit(added, "created: " + (enabled ? "enabled" : "disabled") + ", threshold " + threshold
                + (window == null ? "" : ", window " + window + " days") + ", severity " + severity + ", valid from "
                + change.validFrom() + (to == null ? "" : " to " + to), now, actor, context);
        store.flush();
        return view(added);
    }

    @Override
    public List<QualityRuleAudit> ruleChanges(UUID ruleId, AccessContext context) {
        requireRuleReader(context, "quality rule changes " + ruleId);
        store.rule(ruleId).orElseThrow(() -> notFound("quality rule " + ruleId, context));
        return store.ruleChanges(ruleId).stream()
                .map(c -> new QualityRuleAudit(c.ruleId(), c.changedAt(), c.changedBy(), c.changeText())).toList();
    }

    // --- run

    @Override
    public QualityRun run(LocalDate date, AccessContext context) {
        LocalDate today = LocalDate.now(clock.withZone(ResidentService.BELGIUM));
        LocalDate day = date == null ? today : date;
        String query = "quality rules run on " + day;
        Actor actor = require(Capability.MANAGE_QUALITY_RULES, context, ProtocolAction.SEARCH, List.of(), query,
                ADDRESS_TYPES);
        if (day.isAfter(today)) {
            throw new ValidationException("date", "future", "the rules look at the registers as they are: " + day
                    + " is after today, " + today);
        }
        List<QualityRule> versions = store.rules();
        Map<QualityRuleCode, QualityRule> applicable = new EnumMap<>(QualityRuleCode.class);
        List<QualityRun.RuleOutcome> outcomes = new ArrayList<>();
        for (QualityRuleCode code : QualityRuleCode.values()) {
            Optional<QualityRule> rule = QualityRuleVersions.validOn(versions, code, day);
            if (rule.isEmpty()) {
                outcomes.add(new QualityRun.RuleOutcome(code, null, false, 0, 0, 0, 0, "no version valid on " + day));
            } else if (!rule.get().enabled()) {
                outcomes.add(new QualityRun.RuleOutcome(code, rule.get().id(), false, 0, 0, 0, 0, "disabled"));
            } else {
                applicable.put(code, rule.get());
            }
        }
        Map<QualityRuleCode, List<SignalFinding>> findings = findings(applicable, day, outcomes);
        Instant now = clock.instant();
        int created = 0;
        try {
            for (Map.Entry<QualityRuleCode, List<SignalFinding>> e : findings.entrySet()) {
                QualityRule rule = applicable.get(e.getKey());
                Set<String> open = store.openSubjects(rule.code());
                Set<String> reviewed = store.reviewedFingerprints(rule.code());
                int alreadyOpen = 0;
                int alreadyReviewed = 0;
                Map<UUID, List<UUID>> fresh = new LinkedHashMap<>();
                for (SignalFinding f : e.getValue()) {
                    String subject = f.subjectId().toString();
                    if (open.contains(subject)) {
                        alreadyOpen++;
                    } else if (reviewed.contains(subject + "|" + f.fingerprint())) {
                        alreadyReviewed++;
                    } else {
                        QualitySignalRow row = new QualitySignalRow(UUID.randomUUID(), rule.id(), rule.code(),
                                rule.severity(), f.subjectKind().name(), f.subjectId(), day, f.persons().size(),
                                facts(f.facts()), f.fingerprint(), now, actor.name());
                        store.add(row);
                        fresh.put(row.id(), f.persons());
                        open.add(subject);
                    }
                }
                // the signals reach the database before the rows that refer to them
                store.flush();
                fresh.forEach(store::addPersons);
                store.flush();
                created += fresh.size();
                outcomes.add(new QualityRun.RuleOutcome(e.getKey(), rule.id(), true, e.getValue().size(), fresh.size(),
                        alreadyOpen, alreadyReviewed, null));
            }
        } catch (PersistenceException e) {
            LOG.info(() -> "quality run refused on a constraint: " + e);
            throw new ConflictException("concurrent-run", "the rules were run at the same time by someone else; "
                    + "nothing was stored, run them again", 409);
        }
        outcomes.sort((a, b) -> a.code().compareTo(b.code()));
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, ADDRESS_TYPES, List.of(), context, query + ": " + created
                + " new signals " + outcomes.stream().filter(QualityRun.RuleOutcome::applied)
                .map(o -> o.code() + "=" + o.findings()).collect(Collectors.joining(", ", "(findings ", ")")),
                ProtocolOutcome.OK));
        return new QualityRun(day, created, outcomes);
    }

    /** Runs the applicable rules' queries and decisions; a rule that cannot run is noted in {@code outcomes}. */
    private Map<QualityRuleCode, List<SignalFinding>> findings(Map<QualityRuleCode, QualityRule> rules, LocalDate day,
                                                              List<QualityRun.RuleOutcome> outcomes) {
        Map<QualityRuleCode, List<SignalFinding>> findings = new EnumMap<>(QualityRuleCode.class);
        QualityRule crowded = rules.get(QualityRuleCode.OVERCROWDED_ADDRESS);
        QualityRule surnames = rules.get(QualityRuleCode.MANY_SURNAMES);
        if (crowded != null || surnames != null) {
            int moreThan = Math.min(crowded == null ? Integer.MAX_VALUE : crowded.threshold(),
                    surnames == null ? Integer.MAX_VALUE : surnames.threshold());
            List<QualityChecks.Occupancy> candidates = store.crowdedAddresses(day, moreThan);
            if (crowded != null) {
                findings.put(QualityRuleCode.OVERCROWDED_ADDRESS,
                        QualityChecks.overcrowded(candidates, crowded.threshold(), day));
            }
            if (surnames != null) {
                findings.put(QualityRuleCode.MANY_SURNAMES,
                        QualityChecks.manySurnames(candidates, surnames.threshold(), day));
            }
        }
        QualityRule noUnit = rules.get(QualityRuleCode.NO_HOUSING_UNIT);
        if (noUnit != null) {
            if (store.housingUnitCount() == 0) {
                rules.remove(QualityRuleCode.NO_HOUSING_UNIT);
                outcomes.add(new QualityRun.RuleOutcome(QualityRuleCode.NO_HOUSING_UNIT, noUnit.id(), false, 0, 0, 0, 0,
                        "no housing units known yet: load them first (every address would be flagged)"));
            } else {
                findings.put(QualityRuleCode.NO_HOUSING_UNIT,
                        QualityChecks.noHousingUnit(store.addressesWithoutUnit(day), noUnit.threshold(), day));
            }
        }
        QualityRule moves = rules.get(QualityRuleCode.FREQUENT_MOVES);
        if (moves != null) {
            int window = moves.windowDays() == null ? 365 : moves.windowDays();
            findings.put(QualityRuleCode.FREQUENT_MOVES, QualityChecks.frequentMoves(
                    store.residenceStarts(day.minusDays(window), day, moves.threshold()), day, moves.threshold(), window));
        }
        return findings;
    }

    // --- signals

    @Override
    public Page<QualitySignalSummary> signals(QualityRuleCode rule, SignalStatus status, int page, int size,
                                              AccessContext context) {
        String query = "quality signals " + (status == null ? "ALL" : status) + (rule == null ? "" : " " + rule)
                + " page " + page;
        require(Capability.REVIEW_QUALITY_SIGNALS, context, ProtocolAction.SEARCH, List.of(), query, TYPES);
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "invalid", "pages count from 0"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "invalid", "the page size is 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String ruleCode = rule == null ? null : rule.name();
        String statusName = status == null ? null : status.name();
        List<QualitySignalRow> rows = store.signals(ruleCode, statusName, page, size);
        long total = store.countSignals(ruleCode, statusName);
        Map<UUID, Address> addresses = files.addresses(rows.stream()
                .filter(r -> r.subjectKind().equals(SignalSubjectKind.ADDRESS.name())).map(QualitySignalRow::subjectId)
                .distinct().toList());
        List<QualitySignalSummary> items = rows.stream().map(r -> {
            boolean address = r.subjectKind().equals(SignalSubjectKind.ADDRESS.name());
            return new QualitySignalSummary(r.id(), QualityRuleCode.valueOf(r.ruleCode()),
                    SignalSeverity.valueOf(r.severity()), SignalSubjectKind.valueOf(r.subjectKind()),
                    address ? addresses.get(r.subjectId()) : null, address ? null : r.subjectId(), r.personCount(),
                    r.referenceDate(), r.detectedAt(), SignalStatus.valueOf(r.status()), r.version());
        }).toList();
        // the list names the persons of person signals; those at an address only in the detail
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, TYPES, items.stream().map(QualitySignalSummary::personId)
                .filter(java.util.Objects::nonNull).distinct().toList(), context, query, ProtocolOutcome.OK));
        return new Page<>(items, page, size, total);
    }

    @Override
    public QualitySignal signal(UUID id, AccessContext context) {
        String query = "quality signal " + id;
        require(Capability.REVIEW_QUALITY_SIGNALS, context, ProtocolAction.READ, List.of(), query, TYPES);
        QualitySignalRow row = signalRow(id, context, query);
        QualitySignal view = view(row);
        log.record(ProtocolRecord.of(ProtocolAction.READ, types(row), view.personIds(), context, query,
                ProtocolOutcome.OK));
        return view;
    }

    @Override
    public QualitySignal review(UUID id, SignalReview review, long version, AccessContext context) {
        String query = "quality signal review " + id;
        Actor actor = require(Capability.REVIEW_QUALITY_SIGNALS, context, ProtocolAction.CHANGE, List.of(), query, TYPES);
        QualitySignalRow row = signalRow(id, context, query);
        if (review == null) {
            throw new ValidationException("body", "required", "the review (outcome, note) is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        SignalStatus outcome = outcome(review.outcome(), problems);
        String note = blankToNull(review.note());
        if (note != null && note.length() > 2000) {
            problems.add(new FieldProblem("note", "length", "at most 2000 characters"));
        }
        if (outcome == SignalStatus.DISMISSED && note == null) {
            problems.add(new FieldProblem("note", "required", "say why the signal is dismissed"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (version != row.version()) {
            throw stale(version, row.version());
        }
        if (!row.open()) {
            throw new ConflictException("already-reviewed", "the signal was reviewed already (" + row.status() + " by "
                    + row.reviewedBy() + " at " + row.reviewedAt() + ")", 409);
        }
        Instant now = clock.instant();
        row.review(outcome.name(), note, now, actor.name());
        List<UUID> persons = store.signalPersons(id);
        if (outcome == SignalStatus.REFERRED_TO_POLICE) {
            store.add(new OutboxMessage(UUID.randomUUID(), POLICE_CHECK_EVENT, "{\"signalId\":\"" + id
                    + "\",\"rule\":\"" + row.ruleCode() + "\",\"subjectKind\":\"" + row.subjectKind()
                    + "\",\"subjectId\":\"" + row.subjectId() + "\",\"personIds\":" + persons.stream()
                    .map(p -> "\"" + p + "\"").collect(Collectors.joining(",", "[", "]")) + "}", now));
            outboxWritten.fire(new OutboxWritten(POLICE_CHECK_EVENT));
        }
        store.flush();
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, types(row), persons, context, query + " " + outcome,
                ProtocolOutcome.OK));
        return view(row);
    }

    // --- helpers

    private QualitySignalRow signalRow(UUID id, AccessContext context, String query) {
        return store.signal(id).orElseThrow(() -> {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, TYPES, List.of(), context, query,
                    ProtocolOutcome.NOT_FOUND));
            return new NotFoundException("no quality signal " + id);
        });
    }

    private QualitySignal view(QualitySignalRow r) {
        boolean address = r.subjectKind().equals(SignalSubjectKind.ADDRESS.name());
        Address a = address ? files.addresses(List.of(r.subjectId())).get(r.subjectId()) : null;
        Map<String, String> facts = JSON.fromJson(r.facts(), FACTS);
        return new QualitySignal(r.id(), QualityRuleCode.valueOf(r.ruleCode()), r.ruleId(),
                SignalSeverity.valueOf(r.severity()), SignalSubjectKind.valueOf(r.subjectKind()), a,
                address ? null : r.subjectId(), r.referenceDate(), facts, store.signalPersons(r.id()), r.detectedAt(),
                r.detectedBy(), SignalStatus.valueOf(r.status()), r.reviewedAt(), r.reviewedBy(), r.reviewNote(),
                r.version());
    }

    private static List<InformationType> types(QualitySignalRow r) {
        return r.subjectKind().equals(SignalSubjectKind.ADDRESS.name()) ? ADDRESS_TYPES : TYPES;
    }

    static String facts(Map<String, String> facts) {
        String json = JSON.toJson(new LinkedHashMap<>(facts));
        return json.length() > 4000 ? json.substring(0, 3999) : json;
    }

    private static SignalStatus outcome(String text, List<FieldProblem> problems) {
        List<SignalStatus> allowed = List.of(SignalStatus.JUSTIFIED, SignalStatus.REFERRED_TO_POLICE,
                SignalStatus.DISMISSED);
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("outcome", "required", "the outcome is one of " + allowed));
            return null;
        }
        try {
            SignalStatus s = SignalStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
            if (allowed.contains(s)) {
                return s;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        problems.add(new FieldProblem("outcome", "invalid", "'" + text.strip() + "' is not an outcome; one of " + allowed));
        return null;
    }

    private void audit(QualityRule rule, String what, Instant now, Actor actor, AccessContext context) {
        store.add(new QualityRuleChangeRow(UUID.randomUUID(), rule.id(), now, actor.name(), what));
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, List.of(), List.of(), context, "quality rule "
                + rule.code() + " " + rule.id() + ": " + what, ProtocolOutcome.OK));
    }

    static QualityRuleView view(QualityRule r) {
        return new QualityRuleView(r.id(), QualityRuleCode.valueOf(r.code()), r.enabled(), r.threshold(), r.windowDays(),
                SignalSeverity.valueOf(r.severity()), r.validFrom(), r.validTo(), r.description(), r.updatedAt(),
                r.updatedBy(), r.version());
    }

    /** Clerks who review signals may read the rules too; the refusal names the managers' capability. */
    private void requireRuleReader(AccessContext context, String query) {
        if (!access.allows(Capability.REVIEW_QUALITY_SIGNALS)) {
            require(Capability.MANAGE_QUALITY_RULES, context, ProtocolAction.READ, List.of(), query, List.of());
        }
    }

    private Actor require(Capability capability, AccessContext context, ProtocolAction action, List<UUID> persons,
                          String query, List<InformationType> types) {
        try {
            return access.require(capability, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, types, persons, context, query, ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private NotFoundException notFound(String what, AccessContext context) {
        log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, List.of(), List.of(), context, what,
                ProtocolOutcome.NOT_FOUND));
        return new NotFoundException("no " + what);
    }

    /** A change based on an older version (If-Match not the current ETag): 412, like every other resource. */
    static ConflictException stale(long expected, long actual) {
        return ConflictException.staleVersion(expected, actual);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
