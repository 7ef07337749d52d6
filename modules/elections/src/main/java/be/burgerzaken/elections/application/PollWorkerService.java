package be.burgerzaken.elections.application;

import be.burgerzaken.elections.api.DesignationInput;
import be.burgerzaken.elections.api.DesignationView;
import be.burgerzaken.elections.api.ImpedimentInput;
import be.burgerzaken.elections.api.PollWorkerInput;
import be.burgerzaken.elections.api.PollWorkerView;
import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.api.rest.RestParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Poll workers (stembureauleden / membres des bureaux de vote): the pool of volunteers and designated citizens, their
 * designation per station in a role (chair, secretary, assessors; extra assessors and assistant secretaries only in
 * electronic stations above the rule's voter count), the designation letter (a kernel document), impediments received
 * within the rule's days after the designation, the exemption after the rule's number of services (from 2024), and
 * the replacement of an impeded worker. The numbers are dated rows of {@code poll_worker_rule}.
 */
@ApplicationScoped
@Transactional
public class PollWorkerService {
    static final String LETTER_TYPE = "elections.poll-worker-designation";
    static final List<String> ROLES = List.of("CHAIR", "SECRETARY", "ASSESSOR", "EXTRA_ASSESSOR", "ASSISTANT_SECRETARY");
    static final List<InformationType> TYPES = List.of(InformationType.ELECTORAL, InformationType.NAME);

    @Inject
    Db db;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    ElectionService elections;
    @Inject
    DocumentService documents;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.municipality.language", defaultValue = "nl")
    String language;

    /** The poll-worker rule row valid on a day. */
    public record Rule(String id, int chairs, int secretaries, int assessors, int electronicExtraAbove,
                       int extraAssessors, int extraAssistants, int impedimentDays, Integer exemptionAfterServices,
                       String legalBasis) {
        /** How many of a role a station takes; the extras only in electronic stations above the voter count. */
        public int limit(String role, boolean electronic, int voters) {
            boolean extras = electronic && voters > electronicExtraAbove;
            return switch (role) {
                case "CHAIR" -> chairs;
                case "SECRETARY" -> secretaries;
                case "ASSESSOR" -> assessors;
                case "EXTRA_ASSESSOR" -> extras ? extraAssessors : 0;
                case "ASSISTANT_SECRETARY" -> extras ? extraAssistants : 0;
                default -> 0;
            };
        }
    }

    public Rule rule(LocalDate day) {
        Rule r = db.one("SELECT * FROM elections.poll_worker_rule WHERE valid_from <= ? AND (valid_until IS NULL OR"
                + " valid_until >= ?) ORDER BY valid_from DESC", rs -> new Rule(rs.getString("id"), rs.getInt("chairs"),
                rs.getInt("secretaries"), rs.getInt("assessors"), rs.getInt("electronic_extra_above"),
                rs.getInt("electronic_extra_assessors"), rs.getInt("electronic_extra_assistants"),
                rs.getInt("impediment_days"), Db.integer(rs, "exemption_after_services"), rs.getString("legal_basis")),
                day, day);
        if (r == null) {
            throw new IllegalStateException("no poll-worker rule for " + day);
        }
        return r;
    }

    public PollWorkerView addToPool(PollWorkerInput in, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        if (in == null) {
            throw new ValidationException("body", "required", "send the poll worker");
        }
        List<FieldProblem> problems = new ArrayList<>();
        UUID personId = in.personId() == null ? null : RestParams.uuid(in.personId(), "personId");
        if (personId == null) {
            problems.add(new FieldProblem("personId", "required", "give the person"));
        } else if (db.count("SELECT COUNT(*) FROM kernel.person WHERE id = ?", personId) == 0) {
            problems.add(new FieldProblem("personId", "unknown", "no person " + personId));
        } else if (db.count("SELECT COUNT(*) FROM elections.poll_worker WHERE person_id = ?", personId) > 0) {
            problems.add(new FieldProblem("personId", "in-pool", "this person is in the pool already"));
        }
        String kind = in.kind() == null ? "" : in.kind().strip().toUpperCase();
        if (!List.of("VOLUNTEER", "DESIGNATED").contains(kind)) {
            problems.add(new FieldProblem("kind", "invalid", "kind is VOLUNTEER or DESIGNATED"));
        }
        int services = in.services() == null ? 0 : in.services();
        if (services < 0 || services > 50) {
            problems.add(new FieldProblem("services", "range", "earlier services are 0 to 50"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        UUID id = UUID.randomUUID();
        try {
            db.update("INSERT INTO elections.poll_worker (id, person_id, kind, services, added_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, 0)", id, personId, kind, services, clock.instant());
        } catch (IllegalStateException e) {
            if (Db.uniqueViolation(e)) {
                // a concurrent entry of the same person won the unique constraint on person_id
                throw new ConflictException("in-pool", "personId: added to the pool at the same time by someone"
                        + " else; this person is in the pool already", 409);
            }
            throw e;
        }
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, TYPES, List.of(personId), poolPurpose(context), "poll-worker pool",
                ProtocolOutcome.OK));
        return pool(id, LocalDate.now(clock));
    }

    /** The pool, by name, with services and exemption as of today. */
    public List<PollWorkerView> pool(AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        List<PollWorkerView> list = db.list(POOL + " ORDER BY p.family_name, p.given_names, w.id",
                rs -> worker(rs, rule(LocalDate.now(clock))), LocalDate.now(clock));
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, list.stream().map(w -> UUID.fromString(w.personId()))
                .toList(), poolPurpose(context), "poll-worker pool", ProtocolOutcome.OK));
        return list;
    }

    private static final String POOL = "SELECT w.*, p.family_name, p.given_names, w.services + (SELECT COUNT(*) FROM"
            + " elections.designation d JOIN elections.election e ON e.id = d.election_id WHERE d.worker_id = w.id"
            + " AND d.status = 'DESIGNATED' AND e.election_day < ?) AS served FROM elections.poll_worker w"
            + " JOIN kernel.person p ON p.id = w.person_id";

    PollWorkerView pool(UUID workerId, LocalDate today) {
        Rule rule = rule(today);
        PollWorkerView w = db.one(POOL + " WHERE w.id = ?", rs -> worker(rs, rule), today, workerId);
        if (w == null) {
            throw new NotFoundException("no poll worker " + workerId);
        }
        return w;
    }

    static PollWorkerView worker(ResultSet rs, Rule rule) throws SQLException {
        int served = rs.getInt("served");
        return new PollWorkerView(rs.getString("id"), rs.getString("person_id"), rs.getString("given_names") + " "
                + rs.getString("family_name"), rs.getString("kind"), served, Db.date(rs, "last_served"),
                rule.exemptionAfterServices() != null && served >= rule.exemptionAfterServices(), rs.getLong("version"));
    }

    /** Designates a pool worker to a station in a role and issues the designation letter. */
    public DesignationView designate(UUID electionId, DesignationInput in, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        if (in == null) {
            throw new ValidationException("body", "required", "send the designation");
        }
        UUID id = designate(election, in, null, context);
        return designation(id);
    }

    private UUID designate(ElectionService.Election election, DesignationInput in, UUID replaces, AccessContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID workerId = in.workerId() == null ? null : RestParams.uuid(in.workerId(), "workerId");
        record Worker(UUID personId, String name) {
        }
        Worker worker = workerId == null ? null : db.one("SELECT w.person_id, p.given_names || ' ' || p.family_name AS n"
                + " FROM elections.poll_worker w JOIN kernel.person p ON p.id = w.person_id WHERE w.id = ?",
                rs -> new Worker(Db.uuid(rs, "person_id"), rs.getString("n")), workerId);
        if (workerId == null) {
            problems.add(new FieldProblem("workerId", "required", "give the poll worker"));
        } else if (worker == null) {
            problems.add(new FieldProblem("workerId", "unknown", "no poll worker " + workerId + " in the pool"));
        } else if (db.count("SELECT COUNT(*) FROM elections.designation WHERE election_id = ? AND worker_id = ?",
                election.id(), workerId) > 0) {
            problems.add(new FieldProblem("workerId", "already-designated", "this worker is designated for this election"
                    + " already"));
        } else if (db.count("SELECT COUNT(*) FROM elections.voter WHERE election_id = ? AND person_id = ?"
                + " AND status = 'ON_LIST'", election.id(), worker.personId()) == 0) {
            problems.add(new FieldProblem("workerId", "not-a-voter", "a poll worker must be on the voter list of the"
                    + " election"));
        }
        record Station(UUID id, String name, String address, boolean electronic, int voters) {
        }
        Station station = in.stationNumber() == null ? null : db.one("SELECT s.*, (SELECT COUNT(*) FROM elections.voter v"
                + " WHERE v.station_id = s.id AND v.status = 'ON_LIST') AS voters FROM elections.polling_station s"
                + " WHERE s.election_id = ? AND s.station_number = ?", rs -> new Station(Db.uuid(rs, "id"),
                rs.getString("name"), rs.getString("address"), rs.getBoolean("electronic"), rs.getInt("voters")),
                election.id(), in.stationNumber());
        if (station == null) {
            problems.add(new FieldProblem("stationNumber", in.stationNumber() == null ? "required" : "unknown",
                    "give an existing station number"));
        }
        String role = in.role() == null ? "" : in.role().strip().toUpperCase();
        Rule rule = rule(election.electionDay());
        if (!ROLES.contains(role)) {
            problems.add(new FieldProblem("role", "invalid", "role is one of " + ROLES));
        } else if (station != null) {
            // the station row is locked, so two designations at once cannot both take the last place of a role
            db.one("SELECT id FROM elections.polling_station WHERE id = ? FOR UPDATE", rs -> rs.getString(1), station.id());
            int limit = rule.limit(role, station.electronic(), station.voters());
            long taken = db.count("SELECT COUNT(*) FROM elections.designation WHERE station_id = ? AND role = ?"
                    + " AND status = 'DESIGNATED'", station.id(), role);
            if (limit == 0) {
                problems.add(new FieldProblem("role", "no-extra", role + " only in electronic stations with more than "
                        + rule.electronicExtraAbove() + " voters (rule " + rule.id() + ")"));
            } else if (taken >= limit) {
                problems.add(new FieldProblem("role", "role-filled", "station " + in.stationNumber() + " has its " + limit
                        + " " + role + " (rule " + rule.id() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate today = LocalDate.now(clock);
        IssuedDocument letter = documents.issue(letter(election, worker.personId(), worker.name(), in.stationNumber(),
                station.name(), station.address(), role, rule, today), purpose(context, election));
        UUID id = UUID.randomUUID();
        try {
            db.update("INSERT INTO elections.designation (id, election_id, station_id, worker_id, role, status,"
                    + " designated_on, letter_code, replaces, version) VALUES (?, ?, ?, ?, ?, 'DESIGNATED', ?, ?, ?, 0)",
                    id, election.id(), station.id(), workerId, role, today, letter.verificationCode(), replaces);
        } catch (IllegalStateException e) {
            if (Db.uniqueViolation(e)) {
                // a concurrent designation of the same worker won designation_uk; the letter rolls back with it
                throw new ConflictException("already-designated", "workerId: designated for this election at the same"
                        + " time by someone else; a worker is designated once per election", 409);
            }
            throw e;
        }
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, TYPES, List.of(worker.personId()), purpose(context, election),
                "poll-worker designation " + role + " station " + in.stationNumber() + " election " + election.name(),
                ProtocolOutcome.OK));
        return id;
    }

    /** Records an impediment (or the exemption after two services); If-Match version of the designation. */
    public DesignationView impediment(UUID electionId, UUID designationId, ImpedimentInput in, long version,
                                      AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        DesignationView d = designation(designationId);
        if (in == null) {
            throw new ValidationException("body", "required", "send the impediment");
        }
        if (!"DESIGNATED".equals(d.status())) {
            throw new ConflictException("not-designated", "the designation is " + d.status(), 409);
        }
        Rule rule = rule(election.electionDay());
        List<FieldProblem> problems = new ArrayList<>();
        if (in.reason() == null || in.reason().isBlank() || in.reason().length() > 500) {
            problems.add(new FieldProblem("reason", "required", "give the reason (at most 500 characters)"));
        }
        LocalDate received = in.receivedOn() == null ? LocalDate.now(clock) : in.receivedOn();
        LocalDate deadline = d.designatedOn().plusDays(rule.impedimentDays());
        if (received.isAfter(deadline)) {
            problems.add(new FieldProblem("receivedOn", "too-late", "an impediment is reported within "
                    + rule.impedimentDays() + " days of the designation: by " + deadline));
        } else if (received.isBefore(d.designatedOn())) {
            problems.add(new FieldProblem("receivedOn", "before-designation", "received before the designation"));
        }
        if (Boolean.TRUE.equals(in.exemption())) {
            PollWorkerView w = pool(UUID.fromString(d.workerId()), election.electionDay());
            if (!w.exemptible()) {
                problems.add(new FieldProblem("exemption", "not-exemptible", rule.exemptionAfterServices() == null
                        ? "no exemption by services under rule " + rule.id() : "exemption after "
                        + rule.exemptionAfterServices() + " services; this worker served " + w.services()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (d.version() != version) {
            throw ConflictException.staleVersion(version, d.version());
        }
        String reason = (Boolean.TRUE.equals(in.exemption()) ? "EXEMPTION: " : "") + in.reason().strip();
        int n = db.update("UPDATE elections.designation SET status = 'IMPEDED', impediment = ?, impediment_received_on = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?", reason.length() > 500 ? reason.substring(0, 500)
                : reason, received, designationId, version);
        if (n == 0) {
            throw new ConflictException("concurrent-change", "the designation changed at the same time; reload", 409);
        }
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, List.of(UUID.fromString(d.personId())), purpose(context, election),
                "poll-worker impediment, election " + election.name(), ProtocolOutcome.OK));
        return designation(designationId);
    }

    /** Designates a replacement for an impeded worker in the same station and role (with a letter). */
    public DesignationView replace(UUID electionId, UUID designationId, String workerId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        DesignationView d = designation(designationId);
        if (!"IMPEDED".equals(d.status())) {
            throw new ConflictException("not-impeded", "only an impeded worker is replaced", 409);
        }
        if (d.replacedBy() != null) {
            throw new ConflictException("replaced", "this designation was replaced already", 409);
        }
        UUID id = designate(election, new DesignationInput(workerId, d.stationNumber(), d.role()), designationId, context);
        db.update("UPDATE elections.designation SET replaced_by = ?, version = version + 1 WHERE id = ?", id, designationId);
        return designation(id);
    }

    public List<DesignationView> designations(UUID electionId, Integer station, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        List<Object> params = new ArrayList<>(List.of(electionId));
        String where = station == null ? "" : " AND s.station_number = ?";
        if (station != null) {
            params.add(station);
        }
        List<DesignationView> list = db.list(DESIGNATION + " WHERE d.election_id = ?" + where
                + " ORDER BY s.station_number, d.role, d.designated_on, d.id", PollWorkerService::designation,
                params.toArray());
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, list.stream().map(x -> UUID.fromString(x.personId()))
                .distinct().toList(), purpose(context, election), "poll workers of election " + election.name(), ProtocolOutcome.OK));
        return list;
    }

    /** The designation letter's PDF (a kernel document read, logged by the kernel). */
    public IssuedDocument letter(UUID electionId, UUID designationId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        DesignationView d = designation(designationId);
        UUID documentId = db.one("SELECT id FROM kernel.issued_document WHERE verification_code = ?",
                rs -> Db.uuid(rs, "id"), d.letterCode());
        if (documentId == null) {
            throw new NotFoundException("no letter for designation " + designationId);
        }
        return documents.get(documentId, purpose(context, election));
    }

    private static AccessContext poolPurpose(AccessContext context) {
        return new AccessContext(context.purpose() != null ? context.purpose()
                : "poll-worker pool (Kieswetboek art. 95)", context.channel());
    }

    /** Poll-worker work has its purpose in the law (Kieswetboek art. 95): named after the election. */
    private static AccessContext purpose(AccessContext context, ElectionService.Election election) {
        return new AccessContext(context.purpose() != null ? context.purpose() : "election " + election.name()
                + ": poll workers (Kieswetboek art. 95)", context.channel());
    }

    private static final String DESIGNATION = "SELECT d.*, w.person_id, p.given_names || ' ' || p.family_name AS n,"
            + " s.station_number FROM elections.designation d JOIN elections.poll_worker w ON w.id = d.worker_id"
            + " JOIN kernel.person p ON p.id = w.person_id JOIN elections.polling_station s ON s.id = d.station_id";

    DesignationView designation(UUID id) {
        DesignationView d = db.one(DESIGNATION + " WHERE d.id = ?", PollWorkerService::designation, id);
        if (d == null) {
            throw new NotFoundException("no designation " + id);
        }
        return d;
    }

    static DesignationView designation(ResultSet rs) throws SQLException {
        return new DesignationView(rs.getString("id"), rs.getString("worker_id"), rs.getString("person_id"),
                rs.getString("n"), rs.getInt("station_number"), rs.getString("role"), rs.getString("status"),
                Db.date(rs, "designated_on"), rs.getString("impediment"), Db.date(rs, "impediment_received_on"),
                rs.getString("replaced_by"), rs.getString("replaces"), rs.getString("letter_code"), rs.getLong("version"));
    }

    private DocumentRequest letter(ElectionService.Election election, UUID personId, String name, int stationNumber,
                                   String stationName, String stationAddress, String role, Rule rule, LocalDate today) {
        LetterTexts.Texts b = LetterTexts.texts(language);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language));
        String title = b.getString("worker.title");
        List<Block> blocks = List.of(
                Block.Facts.of(b.getString("voter"), name, b.getString("worker.role"), b.getString("role." + role)),
                new Block.Paragraph(MessageFormat.format(b.getString("worker.designated"), election.name(),
                        day.format(election.electionDay()))),
                Block.Facts.of(b.getString("station"), stationNumber + " - " + stationName,
                        b.getString("stationAddress"), stationAddress),
                new Block.Paragraph(MessageFormat.format(b.getString("worker.impediment"), rule.impedimentDays(),
                        day.format(today.plusDays(rule.impedimentDays())))));
        return new DocumentRequest(LETTER_TYPE, language, personId, name, Map.of(title, election.name(),
                b.getString("voter"), name), new DocumentContent(title, election.name(), blocks));
    }
}
