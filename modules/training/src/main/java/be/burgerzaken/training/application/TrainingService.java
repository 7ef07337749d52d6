package be.burgerzaken.training.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.ActorKind;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.access.StaffDirectory;
import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.platform.Platform;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.training.api.AttendanceInput;
import be.burgerzaken.training.api.BriefingView;
import be.burgerzaken.training.api.ComplianceStatus;
import be.burgerzaken.training.api.CourseInput;
import be.burgerzaken.training.api.CourseView;
import be.burgerzaken.training.api.Dashboard;
import be.burgerzaken.training.api.DashboardRow;
import be.burgerzaken.training.api.DeclarationInput;
import be.burgerzaken.training.api.DeclarationTypeInput;
import be.burgerzaken.training.api.DeclarationTypeView;
import be.burgerzaken.training.api.EnrolmentView;
import be.burgerzaken.training.api.ExemptionEndInput;
import be.burgerzaken.training.api.ExemptionInput;
import be.burgerzaken.training.api.ExemptionView;
import be.burgerzaken.training.api.HoldingView;
import be.burgerzaken.training.api.ItemKind;
import be.burgerzaken.training.api.ItemState;
import be.burgerzaken.training.api.ItemStatus;
import be.burgerzaken.training.api.LegalChangeInput;
import be.burgerzaken.training.api.LegalChangeView;
import be.burgerzaken.training.api.MyTraining;
import be.burgerzaken.training.api.NotificationView;
import be.burgerzaken.training.api.RequirementInput;
import be.burgerzaken.training.api.RequirementView;
import be.burgerzaken.training.api.RevocationInput;
import be.burgerzaken.training.api.RoleCompliance;
import be.burgerzaken.training.api.SessionInput;
import be.burgerzaken.training.api.SessionView;
import be.burgerzaken.training.api.StaffInput;
import be.burgerzaken.training.api.StaffLine;
import be.burgerzaken.training.api.StaffView;
import be.burgerzaken.training.api.Training;
import be.burgerzaken.training.api.WarningRun;
import be.burgerzaken.training.domain.Holding;
import be.burgerzaken.training.domain.RequirementEvaluator;
import be.burgerzaken.training.persistence.BriefingCompletionRow;
import be.burgerzaken.training.persistence.CourseRow;
import be.burgerzaken.training.persistence.DeclarationRow;
import be.burgerzaken.training.persistence.DeclarationTypeRow;
import be.burgerzaken.training.persistence.EnrolmentRow;
import be.burgerzaken.training.persistence.ExemptionRow;
import be.burgerzaken.training.persistence.LegalChangeRow;
import be.burgerzaken.training.persistence.NotificationRow;
import be.burgerzaken.training.persistence.RequirementRow;
import be.burgerzaken.training.persistence.SessionRow;
import be.burgerzaken.training.persistence.StaffMemberRow;
import be.burgerzaken.training.persistence.TrainingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The training facade: one transaction per command, the kernel's access check first, every change in the protocol
 * log (staff data: no information types, no citizens), every refusal logged on its own. Each change fires
 * {@link TrainingChanged} so the gate re-evaluates.
 */
@ApplicationScoped
@Transactional
public class TrainingService implements Training {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final List<String> TOPICS = List.of("SERVICE", "PRIVACY_NATIONAL_REGISTER", "CIVIL_STATUS_LAW",
            "POPULATION_LAW", "CRIMINAL_RECORDS", "ELECTIONS", "EID_DOCUMENTS", "OTHER");
    static final List<String> FORMATS = List.of("CLASSROOM", "E_LEARNING", "BRIEFING");
    /** Roles that can carry requirements: every staff role (integrators are not staff). */
    static final List<String> STAFF_ROLES = Roles.STAFF;

    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    TrainingStore store;
    @Inject
    ComplianceCalculator calculator;
    @Inject
    DocumentService documents;
    @Inject
    StaffDirectory directory;
    @Inject
    Platform platform;
    @Inject
    Clock clock;
    @Inject
    Event<TrainingChanged> changed;
    @Inject
    ExpiryWarnings warnings;
    @Inject
    @ConfigProperty(name = "bz.training.certificate-language", defaultValue = "nl")
    String certificateLanguage;
    @Inject
    @ConfigProperty(name = "bz.training.exemption.max-days", defaultValue = "180")
    int exemptionMaxDays;

    // ---------------------------------------------------------------- catalogue

    @Override
    public List<CourseView> courses(AccessContext context) {
        requireAny(context, "courses", Capability.MANAGE_TRAINING, Capability.READ_OWN_TRAINING);
        return store.courses().stream().map(TrainingService::view).toList();
    }

    @Override
    public CourseView createCourse(CourseInput input, AccessContext context) {
        require(Capability.MANAGE_TRAINING, context, "create course");
        validateCourse(input);
        if (store.courseByCode(input.code().strip()).isPresent()) {
            throw new ConflictException("duplicate-code", "a course with code " + input.code().strip()
                    + " exists already", 409);
        }
        CourseRow row = new CourseRow().id(UUID.randomUUID());
        apply(row, input);
        store.persist(row);
        store.flush();
        changed("course " + row.code() + " created", context);
        return view(row);
    }

    @Override
    public CourseView updateCourse(UUID id, CourseInput input, long version, AccessContext context) {
        require(Capability.MANAGE_TRAINING, context, "change course " + id);
        CourseRow row = store.find(CourseRow.class, id).orElseThrow(() -> new NotFoundException("no course " + id.toString()));
        checkVersion(version, row.version());
        validateCourse(input);
        if (!row.code().equals(input.code().strip())) {
            throw new ValidationException("code", "immutable", "a course's code cannot change (it is "
                    + row.code() + ")");
        }
        apply(row, input);
        store.flush();
        changed("course " + row.code() + " changed", context);
        return view(row);
    }

    private static void validateCourse(CourseInput in) {
        List<FieldProblem> p = new ArrayList<>();
        if (in == null) {
            throw new ValidationException("body", "required", "send the course");
        }
        code(in.code(), "code", p);
        text(in.titleNl(), "titleNl", 200, p);
        text(in.titleFr(), "titleFr", 200, p);
        text(in.titleEn(), "titleEn", 200, p);
        oneOf(in.topic(), "topic", TOPICS, p);
        oneOf(in.format(), "format", FORMATS, p);
        if (in.durationMinutes() == null) {
            p.add(new FieldProblem("durationMinutes", "required", "give the duration in minutes"));
        } else if (in.durationMinutes() <= 0 || in.durationMinutes() > 100_000) {
            p.add(new FieldProblem("durationMinutes", "out-of-range", "the duration must be 1 to 100000 minutes"));
        }
        if (in.validityMonths() != null && in.validityMonths() < 0) {
            p.add(new FieldProblem("validityMonths", "negative", "the validity cannot be negative ("
                    + in.validityMonths() + " months); leave it empty for a course that never expires"));
        } else if (in.validityMonths() != null && (in.validityMonths() == 0 || in.validityMonths() > 600)) {
            p.add(new FieldProblem("validityMonths", "out-of-range", "the validity must be 1 to 600 months, or empty "
                    + "for no expiry"));
        }
        if (in.legalRules() != null && in.legalRules().length() > 1000) {
            p.add(new FieldProblem("legalRules", "too-long", "at most 1000 characters"));
        }
        fail(p);
    }

    private static void apply(CourseRow row, CourseInput in) {
        row.code(in.code().strip()).titleNl(in.titleNl().strip()).titleFr(in.titleFr().strip())
                .titleEn(in.titleEn().strip()).topic(in.topic().strip()).format(in.format().strip())
                .durationMinutes(in.durationMinutes()).validityMonths(in.validityMonths())
                .legalRules(in.legalRules() == null || in.legalRules().isBlank() ? null : in.legalRules().strip());
    }

    @Override
    public List<DeclarationTypeView> declarationTypes(AccessContext context) {
        requireAny(context, "declaration types", Capability.MANAGE_TRAINING, Capability.READ_OWN_TRAINING);
        return store.declarationTypes().stream().map(TrainingService::view).toList();
    }

    @Override
    public DeclarationTypeView createDeclarationType(DeclarationTypeInput in, AccessContext context) {
        require(Capability.MANAGE_TRAINING, context, "create declaration type");
        if (in == null) {
            throw new ValidationException("body", "required", "send the declaration type");
        }
        List<FieldProblem> p = new ArrayList<>();
        code(in.code(), "code", p);
        text(in.titleNl(), "titleNl", 200, p);
        text(in.titleFr(), "titleFr", 200, p);
        text(in.titleEn(), "titleEn", 200, p);
        if (in.validityMonths() != null && in.validityMonths() <= 0) {
            p.add(new FieldProblem("validityMonths", in.validityMonths() < 0 ? "negative" : "out-of-range",
                    "the validity must be at least 1 month, or empty for no expiry"));
        }
        fail(p);
        if (store.declarationType(in.code().strip()).isPresent()) {
            throw new ConflictException("duplicate-code", "a declaration type " + in.code().strip() + " exists", 409);
        }
        DeclarationTypeRow row = new DeclarationTypeRow().id(UUID.randomUUID()).code(in.code().strip())
                .titleNl(in.titleNl().strip()).titleFr(in.titleFr().strip()).titleEn(in.titleEn().strip())
                .validityMonths(in.validityMonths());
        store.persist(row);
        store.flush();
        changed("declaration type " + row.code() + " created", context);
        return view(row);
    }

    // ---------------------------------------------------------------- sessions

    @Override
    public List<SessionView> sessions(LocalDate from, LocalDate to, AccessContext context) {
        requireAny(context, "sessions", Capability.MANAGE_TRAINING, Capability.READ_OWN_TRAINING);
        LocalDate f = from == null ? today().minusYears(1) : from;
        LocalDate t = to == null ? today().plusYears(1) : to;
        if (t.isBefore(f)) {
            throw new ValidationException("to", "before-from", "'to' (" + t + ") is before 'from' (" + f + ")");
        }
        return sessionViews(store.sessions(f.atStartOfDay(), t.plusDays(1).atStartOfDay()), false);
    }

    @Override
    public SessionView session(UUID id, AccessContext context) {
        requireAny(context, "session " + id, Capability.MANAGE_TRAINING, Capability.READ_OWN_TRAINING);
        SessionRow s = store.find(SessionRow.class, id).orElseThrow(() -> new NotFoundException("no session " + id.toString()));
        return sessionViews(List.of(s), access.allows(Capability.MANAGE_TRAINING)).get(0);
    }

    @Override
    public SessionView createSession(SessionInput in, AccessContext context) {
        require(Capability.MANAGE_TRAINING, context, "create session");
        if (in == null) {
            throw new ValidationException("body", "required", "send the session");
        }
        List<FieldProblem> p = new ArrayList<>();
        CourseRow course = null;
        if (in.courseCode() == null || in.courseCode().isBlank()) {
            p.add(new FieldProblem("courseCode", "required", "name the course by its code"));
        } else {
            course = store.courseByCode(in.courseCode().strip()).orElse(null);
            if (course == null) {
                p.add(new FieldProblem("courseCode", "unknown", "there is no course " + in.courseCode().strip()));
            }
        }
        if (in.startsAt() == null) {
            p.add(new FieldProblem("startsAt", "required", "give the start (date and time)"));
        }
        if (in.endsAt() == null) {
            p.add(new FieldProblem("endsAt", "required", "give the end (date and time)"));
        } else if (in.startsAt() != null && !in.endsAt().isAfter(in.startsAt())) {
            p.add(new FieldProblem("endsAt", "not-after-start", "the end (" + in.endsAt() + ") must be after the start ("
                    + in.startsAt() + ")"));
        }
        text(in.place(), "place", 300, p);
        text(in.trainer(), "trainer", 200, p);
        if (in.capacity() == null) {
            p.add(new FieldProblem("capacity", "required", "give the number of places"));
        } else if (in.capacity() < 1 || in.capacity() > 1000) {
            p.add(new FieldProblem("capacity", "out-of-range", "the capacity must be 1 to 1000"));
        }
        fail(p);
        List<SessionRow> clash = store.overlapping(in.trainer().strip(), in.startsAt(), in.endsAt());
        if (!clash.isEmpty()) {
            SessionRow other = clash.get(0);
            throw new ConflictException("trainer-overlap", "trainer " + in.trainer().strip() + " already gives a session "
                    + "from " + other.startsAt() + " to " + other.endsAt() + " (session " + other.id()
                    + "), which overlaps " + in.startsAt() + " to " + in.endsAt(), 409);
        }
        SessionRow row = new SessionRow().id(UUID.randomUUID()).courseId(course.id()).startsAt(in.startsAt())
                .endsAt(in.endsAt()).place(in.place().strip()).trainer(in.trainer().strip()).capacity(in.capacity());
        store.persist(row);
        store.flush();
        changed("session " + row.id() + " of " + course.code() + " planned", context);
        return sessionViews(List.of(row), true).get(0);
    }

    @Override
    public EnrolmentView enrol(UUID sessionId, UUID staffId, AccessContext context) {
        StaffMemberRow staff = staffFor(staffId, context, "enrol in session " + sessionId);
        SessionRow session = store.findLocked(SessionRow.class, sessionId)
                .orElseThrow(() -> new NotFoundException("no session " + sessionId.toString()));
        if (!session.startsAt().isAfter(now())) {
            throw new ConflictException("session-started", "the session started on " + session.startsAt()
                    + ": enrolment is closed", 409);
        }
        EnrolmentRow existing = store.enrolment(sessionId, staff.id()).orElse(null);
        if (existing != null && !"CANCELLED".equals(existing.status())) {
            throw new ConflictException("already-enrolled", staff.displayName() + " is already "
                    + existing.status().toLowerCase() + " for this session", 409);
        }
        long taken = store.enrolments(sessionId).stream().filter(e -> "ENROLLED".equals(e.status())).count();
        String status = taken >= session.capacity() ? "WAITING" : "ENROLLED";
        EnrolmentRow row = existing != null ? existing : new EnrolmentRow().id(UUID.randomUUID()).sessionId(sessionId)
                .staffId(staff.id());
        row.status(status).enrolledAt(clock.instant());
        if (existing == null) {
            store.persist(row);
        }
        store.flush();
        changed(staff.userName() + " " + status.toLowerCase() + " for session " + sessionId, context);
        return enrolmentView(row, session, staff);
    }

    @Override
    public EnrolmentView cancel(UUID sessionId, UUID staffId, AccessContext context) {
        StaffMemberRow staff = staffFor(staffId, context, "cancel enrolment in session " + sessionId);
        SessionRow session = store.findLocked(SessionRow.class, sessionId)
                .orElseThrow(() -> new NotFoundException("no session " + sessionId.toString()));
        EnrolmentRow row = store.enrolment(sessionId, staff.id())
                .filter(e -> "ENROLLED".equals(e.status()) || "WAITING".equals(e.status()))
                .orElseThrow(() -> new NotFoundException("no enrolment " + staff.userName() + " in session " + sessionId));
        boolean hadPlace = "ENROLLED".equals(row.status());
        row.status("CANCELLED");
        if (hadPlace) {
            store.enrolments(sessionId).stream().filter(e -> "WAITING".equals(e.status())).findFirst()
                    .ifPresent(first -> first.status("ENROLLED"));
        }
        store.flush();
        changed(staff.userName() + " cancelled session " + sessionId, context);
        return enrolmentView(row, session, staff);
    }

    @Override
    public EnrolmentView registerAttendance(UUID sessionId, AttendanceInput in, AccessContext context) {
        require(Capability.MANAGE_TRAINING, context, "register attendance in session " + sessionId);
        if (in == null) {
            throw new ValidationException("body", "required", "send the attendance");
        }
        SessionRow session = store.findLocked(SessionRow.class, sessionId)
                .orElseThrow(() -> new NotFoundException("no session " + sessionId.toString()));
        List<FieldProblem> p = new ArrayList<>();
        if (session.startsAt().isAfter(now())) {
            p.add(new FieldProblem("sessionId", "session-in-future", "the session starts on " + session.startsAt()
                    + ": attendance can only be registered once it has started"));
        }
        if (in.staffId() == null) {
            p.add(new FieldProblem("staffId", "required", "name the staff member who attended"));
        }
        if (in.result() == null || !List.of("PASSED", "FAILED").contains(in.result().strip())) {
            p.add(new FieldProblem("result", in.result() == null ? "required" : "invalid",
                    "the result is PASSED or FAILED"));
        }
        if (in.score() != null && (in.score() < 0 || in.score() > 100)) {
            p.add(new FieldProblem("score", "out-of-range", "the score must be 0 to 100"));
        }
        fail(p);
        StaffMemberRow staff = store.find(StaffMemberRow.class, in.staffId())
                .orElseThrow(() -> new ValidationException("staffId", "unknown", "there is no staff member "
                        + in.staffId()));
        EnrolmentRow row = store.enrolment(sessionId, staff.id()).orElse(null);
        if (row != null && "ATTENDED".equals(row.status()) && row.revokedAt() == null) {
            throw new ConflictException("already-attended", staff.displayName() + "'s attendance of this session is "
                    + "already registered (" + row.result() + ")", 409);
        }
        if (row == null) {
            row = new EnrolmentRow().id(UUID.randomUUID()).sessionId(sessionId).staffId(staff.id())
                    .enrolledAt(clock.instant());
            store.persist(row);
        }
        row.status("ATTENDED").attendedOn(session.startsAt().toLocalDate()).result(in.result().strip())
                .score(in.score()).revokedAt(null).revokedReason(null);
        CourseRow course = store.find(CourseRow.class, session.courseId()).orElseThrow();
        if ("PASSED".equals(row.result())) {
            IssuedDocument certificate = documents.issue(certificateRequest(staff, course, session, row), context);
            row.certificateId(certificate.id().toString()).certificateCode(certificate.verificationCode());
        }
        store.flush();
        changed("attendance of " + staff.userName() + " at " + course.code() + " session " + sessionId + ": "
                + row.result(), context);
        return enrolmentView(row, session, staff);
    }

    private DocumentRequest certificateRequest(StaffMemberRow staff, CourseRow course, SessionRow session,
                                               EnrolmentRow e) {
        String lang = List.of("nl", "fr", "en").contains(certificateLanguage) ? certificateLanguage : "nl";
        Properties t = certificateTexts(lang);
        String title = switch (lang) {
            case "fr" -> course.titleFr();
            case "en" -> course.titleEn();
            default -> course.titleNl();
        };
        LocalDate until = RequirementEvaluator.validUntil(e.attendedOn(), course.validityMonths());
        Map<String, String> core = new LinkedHashMap<>();
        core.put(t.getProperty("title"), title);
        core.put(t.getProperty("name"), staff.displayName());
        core.put(t.getProperty("date"), e.attendedOn().toString());
        List<String> facts = new ArrayList<>(List.of(t.getProperty("name"), staff.displayName(),
                t.getProperty("course"), title + " (" + course.code() + ")",
                t.getProperty("date"), e.attendedOn().toString(),
                t.getProperty("duration"), course.durationMinutes() + " " + t.getProperty("minutes"),
                t.getProperty("trainer"), session.trainer(),
                t.getProperty("result"), t.getProperty(e.result())));
        if (e.score() != null) {
            facts.add(t.getProperty("score"));
            facts.add(e.score() + "/100");
        }
        facts.add(t.getProperty("validUntil"));
        facts.add(until == null ? t.getProperty("noExpiry") : until.toString());
        return new DocumentRequest("training.certificate", lang, null, staff.displayName(), core,
                new DocumentContent(t.getProperty("title"), t.getProperty("subtitle"), List.of(
                        new Block.Paragraph(t.getProperty("intro")),
                        Block.Facts.of(facts.toArray(String[]::new)))));
    }

    private static final Map<String, Properties> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    static Properties certificateTexts(String lang) {
        return TEXTS.computeIfAbsent(lang, l -> {
            Properties p = new Properties();
            load(p, "certificate.properties");
            if (!"nl".equals(l)) {
                load(p, "certificate_" + l + ".properties");
            }
            return p;
        });
    }

    private static void load(Properties p, String name) {
        try (InputStream in = TrainingService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    // ---------------------------------------------------------------- staff

    @Override
    public List<StaffView> staff(AccessContext context) {
        // the coordinator, and the administrator who creates staff members and grants exemptions
        requireAny(context, "staff list", Capability.MANAGE_TRAINING, Capability.MANAGE_USERS, Capability.GRANT_EXEMPTION);
        List<StaffMemberRow> rows = store.staff();
        List<StaffView> views = staffViews(rows, null);
        read("staff list (" + views.size() + ")", context);
        return views;
    }

    @Override
    public StaffView staffMember(UUID id, AccessContext context) {
        requireAny(context, "staff member " + id, Capability.MANAGE_TRAINING, Capability.MANAGE_USERS,
                Capability.GRANT_EXEMPTION);
        StaffMemberRow row = store.find(StaffMemberRow.class, id)
                .orElseThrow(() -> new NotFoundException("no staff member " + id.toString()));
        read("staff member " + row.userName(), context);
        return staffViews(List.of(row), null).get(0);
    }

    @Override
    public StaffView createStaff(StaffInput in, AccessContext context) {
        require(Capability.MANAGE_USERS, context, "create staff member");
        if (in == null) {
            throw new ValidationException("body", "required", "send the staff member");
        }
        List<FieldProblem> p = new ArrayList<>();
        if (in.userName() == null || !in.userName().strip().matches("[a-z][a-z0-9._-]{1,59}")) {
            p.add(new FieldProblem("userName", in.userName() == null ? "required" : "invalid",
                    "a user name is 2-60 lower-case letters, digits, '.', '_' or '-', starting with a letter"));
        }
        text(in.displayName(), "displayName", 200, p);
        text(in.department(), "department", 100, p);
        text(in.team(), "team", 100, p);
        if (in.roles() == null || in.roles().isEmpty()) {
            p.add(new FieldProblem("roles", "required", "give at least one role"));
        } else {
            for (String r : in.roles()) {
                if (!STAFF_ROLES.contains(r)) {
                    p.add(new FieldProblem("roles", "unknown", "'" + r + "' is not a staff role (one of "
                            + String.join(", ", STAFF_ROLES) + ")"));
                }
            }
        }
        if (in.initialPassword() == null || in.initialPassword().length() < 10) {
            p.add(new FieldProblem("initialPassword", "too-short", "the initial password needs at least 10 characters"));
        }
        fail(p);
        String user = in.userName().strip();
        if (store.staffByUser(user).isPresent()) {
            throw new ConflictException("duplicate-user", "staff member " + user + " exists already", 409);
        }
        if (!platform.ensureUser(user, in.displayName().strip(), in.initialPassword(), new LinkedHashSet<>(in.roles()))) {
            throw new ConflictException("duplicate-user", "an account " + user + " exists already", 409);
        }
        StaffMemberRow row = newStaff(user, in.displayName().strip(), in.department().strip(), in.team().strip());
        store.persist(row);
        store.flush();
        changed("staff member " + user + " created with roles " + in.roles(), context);
        return staffViews(List.of(row), Map.of(user, new LinkedHashSet<>(in.roles()))).get(0);
    }

    /** A staff record for an existing account (demo data, start-up). */
    StaffMemberRow newStaff(String user, String displayName, String department, String team) {
        return new StaffMemberRow().id(UUID.randomUUID()).userName(user).displayName(displayName).department(department)
                .team(team).createdAt(clock.instant());
    }

    @Override
    public StaffView registerDeclaration(UUID staffId, DeclarationInput in, AccessContext context) {
        require(Capability.MANAGE_TRAINING, context, "register declaration of " + staffId);
        StaffMemberRow staff = store.find(StaffMemberRow.class, staffId)
                .orElseThrow(() -> new NotFoundException("no staff member " + staffId.toString()));
        if (in == null) {
            throw new ValidationException("body", "required", "send the declaration");
        }
        List<FieldProblem> p = new ArrayList<>();
        DeclarationTypeRow type = null;
        if (in.typeCode() == null || in.typeCode().isBlank()) {
            p.add(new FieldProblem("typeCode", "required", "name the declaration type"));
        } else if ((type = store.declarationType(in.typeCode().strip()).orElse(null)) == null) {
            p.add(new FieldProblem("typeCode", "unknown", "there is no declaration type " + in.typeCode().strip()));
        }
        if (in.signedOn() == null) {
            p.add(new FieldProblem("signedOn", "required", "give the date of signature"));
        } else if (in.signedOn().isAfter(today())) {
            p.add(new FieldProblem("signedOn", "in-future", "the signature date " + in.signedOn() + " is in the future"));
        }
        fail(p);
        store.persist(new DeclarationRow().id(UUID.randomUUID()).staffId(staffId).typeCode(type.code())
                .signedOn(in.signedOn()).expiresOn(RequirementEvaluator.validUntil(in.signedOn(), type.validityMonths()))
                .registeredBy(access.currentActor().name()));
        store.flush();
        changed("declaration " + type.code() + " of " + staff.userName() + " signed on " + in.signedOn(), context);
        return staffViews(List.of(staff), null).get(0);
    }

    @Override
    public StaffView revokeCourse(UUID staffId, RevocationInput in, AccessContext context) {
        require(Capability.MANAGE_TRAINING, context, "revoke course of " + staffId);
        StaffMemberRow staff = store.find(StaffMemberRow.class, staffId)
                .orElseThrow(() -> new NotFoundException("no staff member " + staffId.toString()));
        List<FieldProblem> p = new ArrayList<>();
        CourseRow course = null;
        if (in == null || in.courseCode() == null || in.courseCode().isBlank()) {
            p.add(new FieldProblem("courseCode", "required", "name the course to revoke"));
        } else if ((course = store.courseByCode(in.courseCode().strip()).orElse(null)) == null) {
            p.add(new FieldProblem("courseCode", "unknown", "there is no course " + in.courseCode().strip()));
        }
        if (in == null || in.reason() == null || in.reason().strip().length() < 3 || in.reason().length() > 500) {
            p.add(new FieldProblem("reason", "required", "give the reason (3 to 500 characters)"));
        }
        fail(p);
        List<EnrolmentRow> passed = store.passed(staffId, course.id());
        if (passed.isEmpty()) {
            throw new ConflictException("nothing-to-revoke", staff.displayName() + " holds no attendance of "
                    + course.code(), 409);
        }
        for (EnrolmentRow e : passed) {
            e.revokedAt(clock.instant()).revokedReason(in.reason().strip());
        }
        store.flush();
        changed("course " + course.code() + " revoked from " + staff.userName() + ": " + in.reason().strip(), context);
        return staffViews(List.of(staff), null).get(0);
    }

    @Override
    public ExemptionView grantExemption(UUID staffId, ExemptionInput in, AccessContext context) {
        Actor actor = require(Capability.GRANT_EXEMPTION, context, "grant exemption to " + staffId);
        StaffMemberRow staff = store.find(StaffMemberRow.class, staffId)
                .orElseThrow(() -> new NotFoundException("no staff member " + staffId.toString()));
        List<FieldProblem> p = new ArrayList<>();
        if (in == null) {
            throw new ValidationException("body", "required", "send the exemption");
        }
        if (in.itemCode() == null || in.itemCode().isBlank()) {
            p.add(new FieldProblem("itemCode", "required", "name the course or declaration"));
        } else if (store.courseByCode(in.itemCode().strip()).isEmpty()
                && store.declarationType(in.itemCode().strip()).isEmpty()) {
            p.add(new FieldProblem("itemCode", "unknown", "there is no course or declaration " + in.itemCode().strip()));
        }
        LocalDate today = today();
        if (in.validUntil() == null) {
            p.add(new FieldProblem("validUntil", "required", "an exemption is time-limited: give its last day"));
        } else if (in.validUntil().isBefore(today)) {
            p.add(new FieldProblem("validUntil", "in-past", "the last day " + in.validUntil() + " has passed"));
        } else if (in.validUntil().isAfter(today.plusDays(exemptionMaxDays))) {
            p.add(new FieldProblem("validUntil", "too-long", "an exemption lasts at most " + exemptionMaxDays
                    + " days (until " + today.plusDays(exemptionMaxDays) + ")"));
        }
        if (in.reason() == null || in.reason().strip().length() < 10 || in.reason().length() > 500) {
            p.add(new FieldProblem("reason", "required", "document the reason (10 to 500 characters)"));
        }
        fail(p);
        ExemptionRow row = new ExemptionRow().id(UUID.randomUUID()).staffId(staffId).itemCode(in.itemCode().strip())
                .validFrom(today).validUntil(in.validUntil()).reason(in.reason().strip()).grantedBy(actor.name())
                .grantedAt(clock.instant());
        store.persist(row);
        store.flush();
        changed("exemption from " + row.itemCode() + " for " + staff.userName() + " until " + row.validUntil() + ": "
                + row.reason(), context);
        return view(row, today);
    }

    @Override
    public ExemptionView endExemption(UUID staffId, UUID exemptionId, ExemptionEndInput in, long version,
                                      AccessContext context) {
        Actor actor = require(Capability.GRANT_EXEMPTION, context, "end exemption " + exemptionId + " of " + staffId);
        StaffMemberRow staff = store.find(StaffMemberRow.class, staffId)
                .orElseThrow(() -> new NotFoundException("no staff member " + staffId.toString()));
        ExemptionRow row = store.find(ExemptionRow.class, exemptionId).filter(x -> x.staffId().equals(staffId))
                .orElseThrow(() -> new NotFoundException("no exemption " + exemptionId + " of " + staff.userName()));
        if (in == null || in.reason() == null || in.reason().strip().length() < 10 || in.reason().strip().length() > 500) {
            throw new ValidationException("reason", "required", "document why the exemption ends (10 to 500 characters)");
        }
        LocalDate today = today();
        if (row.endedOn() != null) {
            throw new ConflictException("ended", "the exemption was ended on " + row.endedOn() + " by " + row.endedBy(),
                    409);
        }
        if (row.validUntil().isBefore(today)) {
            throw new ConflictException("expired", "the exemption ran out on " + row.validUntil(), 409);
        }
        checkVersion(version, row.version());
        row.end(today, actor.name(), in.reason().strip());
        store.flush();
        changed("exemption from " + row.itemCode() + " for " + staff.userName() + " ended (was until "
                + row.validUntil() + "): " + row.endReason(), context);
        return view(row, today);
    }

    // ---------------------------------------------------------------- requirements

    @Override
    public List<RequirementView> requirements(AccessContext context) {
        requireAny(context, "requirements", Capability.MANAGE_TRAINING_REQUIREMENTS, Capability.READ_OWN_TRAINING);
        return store.requirements().stream().map(TrainingService::view).toList();
    }

    @Override
    public RequirementView createRequirement(RequirementInput in, AccessContext context) {
        require(Capability.MANAGE_TRAINING_REQUIREMENTS, context, "create requirement");
        validateRequirement(in);
        RequirementRow row = new RequirementRow().id(UUID.randomUUID());
        apply(row, in);
        store.persist(row);
        store.flush();
        changed("requirement " + describe(row) + " created", context);
        return view(row);
    }

    @Override
    public RequirementView updateRequirement(UUID id, RequirementInput in, long version, AccessContext context) {
        require(Capability.MANAGE_TRAINING_REQUIREMENTS, context, "change requirement " + id);
        RequirementRow row = store.find(RequirementRow.class, id)
                .orElseThrow(() -> new NotFoundException("no requirement " + id.toString()));
        checkVersion(version, row.version());
        validateRequirement(in);
        String before = describe(row);
        apply(row, in);
        store.flush();
        changed("requirement " + before + " changed to " + describe(row), context);
        return view(row);
    }

    private void validateRequirement(RequirementInput in) {
        if (in == null) {
            throw new ValidationException("body", "required", "send the requirement");
        }
        List<FieldProblem> p = new ArrayList<>();
        oneOf(in.role(), "role", STAFF_ROLES, p);
        if (in.itemKind() == null || in.itemKind() == ItemKind.BRIEFING) {
            p.add(new FieldProblem("itemKind", in.itemKind() == null ? "required" : "invalid",
                    "a requirement asks for a COURSE or a DECLARATION (briefings come from legal changes)"));
        } else if (in.itemCode() == null || in.itemCode().isBlank()) {
            p.add(new FieldProblem("itemCode", "required", "name the course or declaration"));
        } else if (in.itemKind() == ItemKind.COURSE ? store.courseByCode(in.itemCode().strip()).isEmpty()
                : store.declarationType(in.itemCode().strip()).isEmpty()) {
            p.add(new FieldProblem("itemCode", "unknown", "there is no " + in.itemKind().name().toLowerCase() + " "
                    + in.itemCode().strip()));
        }
        if (in.graceDays() == null) {
            p.add(new FieldProblem("graceDays", "required", "give the grace days (0 for none)"));
        } else if (in.graceDays() < 0 || in.graceDays() > 365) {
            p.add(new FieldProblem("graceDays", "out-of-range", "the grace period is 0 to 365 days"));
        }
        if (in.validFrom() == null) {
            p.add(new FieldProblem("validFrom", "required", "give the first day the requirement applies"));
        } else if (in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            p.add(new FieldProblem("validTo", "before-valid-from", "the last day " + in.validTo()
                    + " is before the first day " + in.validFrom()));
        }
        fail(p);
    }

    private static void apply(RequirementRow row, RequirementInput in) {
        row.roleName(in.role().strip()).itemKind(in.itemKind().name()).itemCode(in.itemCode().strip())
                .graceDays(in.graceDays()).validFrom(in.validFrom()).validTo(in.validTo());
    }

    private static String describe(RequirementRow r) {
        return r.roleName() + " needs " + r.itemKind().toLowerCase() + " " + r.itemCode() + " (grace " + r.graceDays()
                + " days, " + r.validFrom() + " to " + (r.validTo() == null ? "open" : r.validTo()) + ")";
    }

    // ---------------------------------------------------------------- legal change briefings

    @Override
    public List<LegalChangeView> legalChanges(AccessContext context) {
        requireAny(context, "legal changes", Capability.MANAGE_TRAINING, Capability.MANAGE_TRAINING_REQUIREMENTS);
        return legalChangeViews(store.legalChanges());
    }

    @Override
    public LegalChangeView markLegalChange(LegalChangeInput in, AccessContext context) {
        Actor actor = require(Capability.MANAGE_TRAINING, context, "mark legal change");
        if (in == null) {
            throw new ValidationException("body", "required", "send the legal change");
        }
        List<FieldProblem> p = new ArrayList<>();
        code(in.code(), "code", p);
        text(in.title(), "title", 300, p);
        text(in.ruleReference(), "ruleReference", 300, p);
        if (in.effectiveOn() == null) {
            p.add(new FieldProblem("effectiveOn", "required", "give the day the changed rule applies"));
        }
        if (in.dueOn() == null) {
            p.add(new FieldProblem("dueOn", "required", "give the briefing's due date"));
        } else if (in.dueOn().isBefore(today())) {
            p.add(new FieldProblem("dueOn", "in-past", "the due date " + in.dueOn() + " has passed"));
        }
        if (in.roles() == null || in.roles().isEmpty()) {
            p.add(new FieldProblem("roles", "required", "name the roles concerned"));
        } else {
            in.roles().stream().filter(r -> !STAFF_ROLES.contains(r)).forEach(r -> p.add(new FieldProblem("roles",
                    "unknown", "'" + r + "' is not a staff role")));
        }
        fail(p);
        if (store.legalChangeByCode(in.code().strip()).isPresent()) {
            throw new ConflictException("duplicate-code", "legal change " + in.code().strip() + " is marked already", 409);
        }
        LegalChangeRow row = new LegalChangeRow().id(UUID.randomUUID()).code(in.code().strip()).title(in.title().strip())
                .ruleReference(in.ruleReference().strip()).effectiveOn(in.effectiveOn()).dueOn(in.dueOn())
                .roles(String.join(",", new TreeSet<>(in.roles()))).markedBy(actor.name());
        store.persist(row);
        store.flush();
        changed("legal change " + row.code() + " (" + row.ruleReference() + ") marked for " + row.roles() + ", briefing "
                + "due " + row.dueOn(), context);
        return legalChangeViews(List.of(row)).get(0);
    }

    @Override
    public BriefingView completeBriefing(UUID legalChangeId, UUID staffId, AccessContext context) {
        StaffMemberRow staff = staffFor(staffId, context, "complete briefing " + legalChangeId);
        LegalChangeRow change = store.find(LegalChangeRow.class, legalChangeId)
                .orElseThrow(() -> new NotFoundException("no legal change " + legalChangeId.toString()));
        if (store.completions(List.of(staff.id())).stream().anyMatch(b -> b.legalChangeId().equals(legalChangeId))) {
            throw new ConflictException("already-completed", staff.displayName() + " completed this briefing already",
                    409);
        }
        LocalDate today = today();
        store.persist(new BriefingCompletionRow().id(UUID.randomUUID()).legalChangeId(legalChangeId).staffId(staff.id())
                .completedOn(today).registeredBy(access.currentActor().name()));
        store.flush();
        changed("briefing " + change.code() + " completed by " + staff.userName(), context);
        return new BriefingView(change.id(), change.code(), change.title(), change.ruleReference(), change.dueOn(), today);
    }

    // ---------------------------------------------------------------- own record

    @Override
    public MyTraining myTraining(AccessContext context) {
        Actor actor = require(Capability.READ_OWN_TRAINING, context, "my training");
        StaffMemberRow me = store.staffByUser(actor.name()).orElseThrow(() -> new NotFoundException("no staff member " +
                actor.name() + " (ask the training coordinator to add you)"));
        StaffView view = staffViews(List.of(me), Map.of(me.userName(), actor.roles())).get(0);
        List<EnrolmentRow> mine = store.enrolmentsOfStaff(me.id());
        Map<UUID, SessionRow> sessions = store.sessionsByIds(mine.stream().map(EnrolmentRow::sessionId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(SessionRow::id, Function.identity()));
        Map<UUID, CourseRow> courses = courseMap();
        List<EnrolmentView> enrolments = mine.stream().map(e -> enrolmentView(e, sessions.get(e.sessionId()), me,
                courses)).sorted(Comparator.comparing(EnrolmentView::startsAt).reversed()).toList();
        Set<UUID> taken = mine.stream().filter(e -> !"CANCELLED".equals(e.status())).map(EnrolmentRow::sessionId)
                .collect(Collectors.toSet());
        List<SessionView> open = sessionViews(store.sessions(now(), now().plusYears(1)), false).stream()
                .filter(s -> !taken.contains(s.id())).toList();
        Set<UUID> done = new java.util.HashSet<>();
        Map<UUID, LocalDate> completedOn = new HashMap<>();
        for (BriefingCompletionRow b : store.completions(List.of(me.id()))) {
            done.add(b.legalChangeId());
            completedOn.put(b.legalChangeId(), b.completedOn());
        }
        List<BriefingView> briefings = store.legalChanges().stream()
                .filter(c -> ComplianceCalculator.roles(c).stream().anyMatch(view.roles()::contains))
                .map(c -> new BriefingView(c.id(), c.code(), c.title(), c.ruleReference(), c.dueOn(),
                        completedOn.get(c.id()))).toList();
        List<NotificationView> notes = notificationViews(store.notifications(me.id(), 50));
        read("own training record", context);
        return new MyTraining(view, enrolments, open, briefings, notes);
    }

    @Override
    public IssuedDocument certificate(UUID enrolmentId, AccessContext context) {
        Actor actor = require(Capability.READ_OWN_TRAINING, context, "certificate of enrolment " + enrolmentId);
        EnrolmentRow e = store.find(EnrolmentRow.class, enrolmentId)
                .orElseThrow(() -> new NotFoundException("no attendance " + enrolmentId.toString()));
        StaffMemberRow owner = store.find(StaffMemberRow.class, e.staffId()).orElseThrow();
        boolean coordinator = access.allows(Capability.MANAGE_TRAINING);
        if (!owner.userName().equals(actor.name()) && !coordinator) {
            log.recordIndependently(record(ProtocolAction.READ, "certificate of " + owner.userName(), context,
                    ProtocolOutcome.DENIED));
            throw new AccessDeniedException("this certificate belongs to another staff member", List.of("owner"));
        }
        if (e.certificateId() == null) {
            throw new NotFoundException("no certificate " + "of attendance " + enrolmentId + " (only a passed attendance "
                    + "has one)");
        }
        read("certificate " + e.certificateCode() + " of " + owner.userName(), context);
        // the staff member's own certificate: read on his or her behalf, also when a role is blocked
        UUID documentId = UUID.fromString(e.certificateId());
        return access.asSystem(() -> documents.get(documentId, AccessContext.batch("training certificate of "
                + owner.userName() + " for " + actor.name())));
    }

    // ---------------------------------------------------------------- dashboard and warnings

    @Override
    public Dashboard dashboard(int year, AccessContext context) {
        require(Capability.MANAGE_TRAINING, context, "compliance dashboard");
        if (year < 2000 || year > 2100) {
            throw new ValidationException("year", "out-of-range", "the year must be 2000 to 2100");
        }
        LocalDate today = today();
        List<StaffMemberRow> staff = store.staff();
        Map<String, Set<String>> roles = directory.staffRoles();
        ComplianceCalculator.Data data = calculator.load(null);
        Map<UUID, long[]> totals = new HashMap<>();
        for (Object[] r : store.attendanceTotals(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
            totals.put((UUID) r[0], new long[] {((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()});
        }
        List<StaffLine> lines = new ArrayList<>();
        Map<String, int[]> perTeamRole = new TreeMap<>();
        int[] all = new int[3];
        for (StaffMemberRow s : staff) {
            Set<String> held = roles.getOrDefault(s.userName(), Set.of());
            Map<String, RoleCompliance> c = calculator.evaluate(data, s.id(), held, today);
            ComplianceStatus status = RequirementEvaluator.overall(c.values());
            all[status.ordinal()]++;
            for (String role : new TreeSet<>(held)) {
                RoleCompliance rc = c.get(role);
                ComplianceStatus rs = RequirementEvaluator.overall(List.of(rc));
                perTeamRole.computeIfAbsent(s.team() + "\u0000" + role, k -> new int[3])[rs.ordinal()]++;
            }
            List<String> missing = c.values().stream().flatMap(r -> r.missing().stream()).distinct().toList();
            List<String> attention = c.values().stream().flatMap(r -> r.items().stream())
                    .filter(i -> i.status().holds() && i.status() != ItemStatus.VALID)
                    .map(i -> i.missingName() + " " + i.status().name().toLowerCase() + until(i)).distinct().toList();
            long[] t = totals.getOrDefault(s.id(), new long[2]);
            lines.add(new StaffLine(s.id(), s.userName(), s.displayName(), s.department(), s.team(), new TreeSet<>(held),
                    status, missing, attention, (int) t[0], Math.round(t[1] / 6.0) / 10.0));
        }
        List<DashboardRow> rows = perTeamRole.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("\u0000");
            return new DashboardRow(k[0], k[1], e.getValue()[0], e.getValue()[1], e.getValue()[2]);
        }).toList();
        read("compliance dashboard " + year + " (" + lines.size() + " staff members)", context);
        return new Dashboard(today, year, all[0], all[1], all[2], rows, lines);
    }

    private static String until(ItemState i) {
        LocalDate d = i.status() == ItemStatus.EXPIRING ? i.validUntil() : i.status() == ItemStatus.IN_GRACE
                || i.status() == ItemStatus.DUE ? i.graceUntil() : i.exemptUntil();
        return d == null ? "" : " (" + d + ")";
    }

    @Override
    public String dashboardCsv(int year, AccessContext context) {
        Dashboard d = dashboard(year, context);
        StringBuilder b = new StringBuilder("USER;NAME;DEPARTMENT;TEAM;ROLES;STATUS;MISSING;ATTENTION;SESSIONS_")
                .append(year).append(";HOURS_").append(year).append("\n");
        for (StaffLine l : d.staff()) {
            b.append(csv(l.userName())).append(';').append(csv(l.displayName())).append(';').append(csv(l.department()))
                    .append(';').append(csv(l.team())).append(';').append(csv(String.join(",", l.roles()))).append(';')
                    .append(l.status()).append(';').append(csv(String.join(",", l.missing()))).append(';')
                    .append(csv(String.join(",", l.attention()))).append(';').append(l.sessions()).append(';')
                    .append(l.hours()).append('\n');
        }
        return b.toString();
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    @Override
    public List<NotificationView> notifications(AccessContext context) {
        Actor actor = requireAny(context, "notifications", Capability.MANAGE_TRAINING, Capability.READ_OWN_TRAINING);
        if (access.allows(Capability.MANAGE_TRAINING)) {
            return notificationViews(store.notifications(null, 500));
        }
        UUID me = store.staffByUser(actor.name()).map(StaffMemberRow::id).orElse(null);
        return me == null ? List.of() : notificationViews(store.notifications(me, 500));
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public WarningRun runExpiryWarnings(AccessContext context) {
        Actor actor = require(Capability.RUN_SCHEDULED_JOB, context, "expiry warnings run");
        WarningRun run = access.asSystem(() -> warnings.run(today(), AccessContext.batch(actor.kind() == ActorKind.SYSTEM
                ? context.purpose() : "training expiry warnings requested by " + actor.name())));
        if (actor.kind() != ActorKind.SYSTEM) {
            log.recordIndependently(record(ProtocolAction.CHANGE, "training expiry warnings on " + run.day() + ": "
                    + run.created() + " created", context, ProtocolOutcome.OK));
        }
        return run;
    }

    // ---------------------------------------------------------------- views

    List<StaffView> staffViews(List<StaffMemberRow> rows, Map<String, Set<String>> knownRoles) {
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        Map<String, Set<String>> roles = knownRoles != null ? knownRoles : directory.staffRoles();
        List<UUID> ids = rows.stream().map(StaffMemberRow::id).toList();
        ComplianceCalculator.Data data = calculator.load(ids);
        Map<String, String> courseTitles = store.courses().stream().collect(Collectors.toMap(CourseRow::code,
                CourseRow::titleNl));
        Map<String, String> declarationTitles = store.declarationTypes().stream().collect(Collectors.toMap(
                DeclarationTypeRow::code, DeclarationTypeRow::titleNl));
        Map<UUID, List<HoldingView>> holdings = new HashMap<>();
        for (Object[] r : store.passedAttendances(ids)) {
            LocalDate on = (LocalDate) r[2];
            holdings.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new HoldingView(ItemKind.COURSE,
                    (String) r[1], (String) r[6], on, RequirementEvaluator.validUntil(on, (Integer) r[3]), (UUID) r[4],
                    (String) r[5]));
        }
        for (DeclarationRow d : store.declarations(ids)) {
            holdings.computeIfAbsent(d.staffId(), k -> new ArrayList<>()).add(new HoldingView(ItemKind.DECLARATION,
                    d.typeCode(), declarationTitles.getOrDefault(d.typeCode(), d.typeCode()), d.signedOn(),
                    d.expiresOn(), null, null));
        }
        Map<UUID, List<ExemptionView>> exemptions = store.exemptions(ids).stream().map(x -> view(x, today))
                .collect(Collectors.groupingBy(ExemptionView::staffId));
        List<StaffView> views = new ArrayList<>();
        for (StaffMemberRow s : rows) {
            Set<String> held = new TreeSet<>(roles.getOrDefault(s.userName(), Set.of()));
            Map<String, RoleCompliance> c = calculator.evaluate(data, s.id(), held, today);
            List<HoldingView> h = new ArrayList<>(holdings.getOrDefault(s.id(), List.of()));
            h.sort(Comparator.comparing(HoldingView::obtainedOn).reversed());
            views.add(new StaffView(s.id(), s.userName(), s.displayName(), s.department(), s.team(), held, today,
                    RequirementEvaluator.overall(c.values()), List.copyOf(c.values()), h,
                    exemptions.getOrDefault(s.id(), List.of()), s.version()));
        }
        return views;
    }

    private List<SessionView> sessionViews(List<SessionRow> sessions, boolean withEnrolments) {
        Map<UUID, CourseRow> courses = courseMap();
        List<EnrolmentRow> enrolments = store.enrolmentsOfSessions(sessions.stream().map(SessionRow::id).toList());
        Map<UUID, List<EnrolmentRow>> bySession = enrolments.stream().collect(Collectors.groupingBy(EnrolmentRow::sessionId));
        Map<UUID, StaffMemberRow> staff = withEnrolments ? store.staff(enrolments.stream().map(EnrolmentRow::staffId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(StaffMemberRow::id, Function.identity()))
                : Map.of();
        List<SessionView> views = new ArrayList<>();
        for (SessionRow s : sessions) {
            CourseRow c = courses.get(s.courseId());
            List<EnrolmentRow> es = bySession.getOrDefault(s.id(), List.of());
            int enrolled = (int) es.stream().filter(e -> "ENROLLED".equals(e.status()) || "ATTENDED".equals(e.status()))
                    .count();
            int waiting = (int) es.stream().filter(e -> "WAITING".equals(e.status())).count();
            List<EnrolmentView> list = withEnrolments ? es.stream().map(e -> enrolmentView(e, s, staff.get(e.staffId()),
                    courses)).toList() : List.of();
            views.add(new SessionView(s.id(), c.id(), c.code(), c.titleNl(), s.startsAt(), s.endsAt(), s.place(),
                    s.trainer(), s.capacity(), enrolled, waiting, s.version(), list));
        }
        return views;
    }

    private Map<UUID, CourseRow> courseMap() {
        return store.courses().stream().collect(Collectors.toMap(CourseRow::id, Function.identity()));
    }

    private EnrolmentView enrolmentView(EnrolmentRow e, SessionRow s, StaffMemberRow staff) {
        return enrolmentView(e, s, staff, courseMap());
    }

    private static EnrolmentView enrolmentView(EnrolmentRow e, SessionRow s, StaffMemberRow staff,
                                               Map<UUID, CourseRow> courses) {
        CourseRow c = s == null ? null : courses.get(s.courseId());
        return new EnrolmentView(e.id(), e.sessionId(), c == null ? null : c.code(), c == null ? null : c.titleNl(),
                s == null ? null : s.startsAt(), e.staffId(), staff == null ? null : staff.userName(),
                staff == null ? null : staff.displayName(), e.status(), e.attendedOn(), e.result(), e.score(),
                e.certificateCode(), e.revokedAt() != null, e.version());
    }

    private List<LegalChangeView> legalChangeViews(List<LegalChangeRow> changes) {
        Map<String, Set<String>> roles = directory.staffRoles();
        List<StaffMemberRow> staff = store.staff();
        Map<UUID, Set<UUID>> completedBy = new HashMap<>();
        for (BriefingCompletionRow b : store.allCompletions()) {
            completedBy.computeIfAbsent(b.legalChangeId(), k -> new java.util.HashSet<>()).add(b.staffId());
        }
        List<LegalChangeView> views = new ArrayList<>();
        for (LegalChangeRow c : changes) {
            Set<String> concerned = ComplianceCalculator.roles(c);
            List<StaffMemberRow> affected = staff.stream().filter(s -> roles.getOrDefault(s.userName(), Set.of())
                    .stream().anyMatch(concerned::contains)).toList();
            Set<UUID> done = completedBy.getOrDefault(c.id(), Set.of());
            views.add(new LegalChangeView(c.id(), c.code(), c.title(), c.ruleReference(), c.effectiveOn(), c.dueOn(),
                    concerned, affected.size(), (int) affected.stream().filter(s -> done.contains(s.id())).count(),
                    c.version()));
        }
        return views;
    }

    private List<NotificationView> notificationViews(List<NotificationRow> rows) {
        Map<UUID, StaffMemberRow> staff = store.staff(rows.stream().map(NotificationRow::staffId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(StaffMemberRow::id, Function.identity()));
        return rows.stream().map(n -> {
            StaffMemberRow s = staff.get(n.staffId());
            return new NotificationView(n.id(), s == null ? null : s.userName(), s == null ? null : s.displayName(),
                    n.itemCode(), n.expiresOn(), n.message(), n.createdAt());
        }).toList();
    }

    static CourseView view(CourseRow c) {
        return new CourseView(c.id(), c.code(), c.titleNl(), c.titleFr(), c.titleEn(), c.topic(), c.format(),
                c.durationMinutes(), c.validityMonths(), c.legalRules(), c.version());
    }

    static DeclarationTypeView view(DeclarationTypeRow d) {
        return new DeclarationTypeView(d.id(), d.code(), d.titleNl(), d.titleFr(), d.titleEn(), d.validityMonths(),
                d.version());
    }

    static RequirementView view(RequirementRow r) {
        return new RequirementView(r.id(), r.roleName(), ItemKind.valueOf(r.itemKind()), r.itemCode(), r.graceDays(),
                r.validFrom(), r.validTo(), r.version());
    }

    static ExemptionView view(ExemptionRow x, LocalDate today) {
        return new ExemptionView(x.id(), x.staffId(), x.itemCode(), x.validFrom(), x.validUntil(), x.reason(),
                x.grantedBy(), x.endedOn(), x.endedBy(), x.endReason(),
                !today.isBefore(x.validFrom()) && !today.isAfter(x.effectiveUntil()), x.version());
    }

    // ---------------------------------------------------------------- helpers

    /** The staff member a self-service call is about: the caller (READ_OWN_TRAINING) or, for the coordinator, anyone. */
    private StaffMemberRow staffFor(UUID staffId, AccessContext context, String what) {
        Actor actor;
        if (staffId == null) {
            actor = require(Capability.READ_OWN_TRAINING, context, what);
            return store.staffByUser(actor.name()).orElseThrow(() -> new NotFoundException("no staff member " +
                    actor.name() + " (ask the training coordinator to add you)"));
        }
        actor = access.currentActor();
        Optional<StaffMemberRow> target = store.find(StaffMemberRow.class, staffId);
        if (target.isPresent() && target.get().userName().equals(actor.name())) {
            require(Capability.READ_OWN_TRAINING, context, what);
        } else {
            require(Capability.MANAGE_TRAINING, context, what);
        }
        return target.orElseThrow(() -> new ValidationException("staffId", "unknown", "there is no staff member "
                + staffId));
    }

    private Actor require(Capability c, AccessContext context, String what) {
        try {
            return access.require(c, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(record(ProtocolAction.CHANGE, what, context, ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    /** The first capability the caller has, else the refusal of the first. */
    private Actor requireAny(AccessContext context, String what, Capability... capabilities) {
        for (Capability c : capabilities) {
            if (access.allows(c)) {
                return access.require(c, context);
            }
        }
        return require(capabilities[0], context, what);
    }

    private void changed(String what, AccessContext context) {
        log.record(record(ProtocolAction.CHANGE, what, context, ProtocolOutcome.OK));
        changed.fire(new TrainingChanged(what));
    }

    private void read(String what, AccessContext context) {
        log.record(record(ProtocolAction.READ, what, context, ProtocolOutcome.OK));
    }

    private static ProtocolRecord record(ProtocolAction action, String what, AccessContext context,
                                         ProtocolOutcome outcome) {
        return ProtocolRecord.of(action, Set.of(), List.of(), context, "training: " + what, outcome);
    }

    private static void checkVersion(long expected, long actual) {
        if (expected != actual) {
            throw ConflictException.staleVersion(expected, actual);
        }
    }

    private static void code(String v, String field, List<FieldProblem> p) {
        if (v == null || v.isBlank()) {
            p.add(new FieldProblem(field, "required", "give the code"));
        } else if (!CODE.matcher(v.strip()).matches()) {
            p.add(new FieldProblem(field, "invalid", "a code is 2-40 capitals, digits or '-' (e.g. PRIVACY-NR)"));
        }
    }

    private static void text(String v, String field, int max, List<FieldProblem> p) {
        if (v == null || v.isBlank()) {
            p.add(new FieldProblem(field, "required", field + " is required"));
        } else if (v.strip().length() > max) {
            p.add(new FieldProblem(field, "too-long", "at most " + max + " characters"));
        }
    }

    private static void oneOf(String v, String field, Collection<String> allowed, List<FieldProblem> p) {
        if (v == null || v.isBlank()) {
            p.add(new FieldProblem(field, "required", field + " is required (one of " + String.join(", ", allowed) + ")"));
        } else if (!allowed.contains(v.strip())) {
            p.add(new FieldProblem(field, "invalid", "'" + v.strip() + "' is not one of " + String.join(", ", allowed)));
        }
    }

    private static void fail(List<FieldProblem> p) {
        if (!p.isEmpty()) {
            throw new ValidationException(p);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TrainingGate.BELGIUM));
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(TrainingGate.BELGIUM));
    }
}
