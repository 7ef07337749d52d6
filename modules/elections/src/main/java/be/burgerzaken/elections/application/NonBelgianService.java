package be.burgerzaken.elections.application;

import be.burgerzaken.elections.api.NonBelgianRequestInput;
import be.burgerzaken.elections.api.NonBelgianRequestView;
import be.burgerzaken.elections.persistence.Db;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
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

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Non-Belgian voters' requests (aanvraag tot erkenning als kiezer / demande d'inscription): EU and non-EU citizens for
 * the elections whose rule admits them, by the request deadline; non-EU citizens also with {@code nonEuResidenceYears}
 * of uninterrupted legal main residence on the request day and the signed declaration. The college approves or refuses
 * (objection window of 10 days from the decision); an approved request puts the person on the list when it is
 * generated.
 */
@ApplicationScoped
@Transactional
public class NonBelgianService {
    static final int OBJECTION_DAYS = 10;
    static final List<InformationType> TYPES = List.of(InformationType.ELECTORAL, InformationType.NATIONALITY);

    @Inject
    Db db;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    ElectionService elections;
    @Inject
    Clock clock;

    public NonBelgianRequestView request(UUID electionId, NonBelgianRequestInput in, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        if (in == null) {
            throw new ValidationException("body", "required", "send the request");
        }
        List<FieldProblem> problems = new ArrayList<>();
        UUID personId = in.personId() == null ? null : RestParams.uuid(in.personId(), "personId");
        if (personId == null) {
            problems.add(new FieldProblem("personId", "required", "give the person"));
        }
        String citizenship = in.citizenship() == null ? "" : in.citizenship().toUpperCase();
        LocalDate requestedOn = in.requestedOn() == null ? LocalDate.now(clock) : in.requestedOn();
        if (!List.of("EU", "NON_EU").contains(citizenship)) {
            problems.add(new FieldProblem("citizenship", "invalid", "citizenship is EU or NON_EU"));
        } else if ("EU".equals(citizenship) && !election.rule().euCitizens()
                || "NON_EU".equals(citizenship) && !election.rule().nonEuCitizens()) {
            problems.add(new FieldProblem("citizenship", "not-admitted", citizenship + " citizens do not vote in a "
                    + election.type() + " election"));
        }
        LocalDate deadline = election.deadlines().nonBelgianRequests();
        if (deadline != null && requestedOn.isAfter(deadline)) {
            problems.add(new FieldProblem("requestedOn", "too-late", "requests are taken until " + deadline));
        }
        if ("NON_EU".equals(citizenship)) {
            int years = election.rule().nonEuResidenceYears();
            if (in.residenceSince() == null) {
                problems.add(new FieldProblem("residenceSince", "required", "give the start of the uninterrupted legal"
                        + " main residence"));
            } else if (in.residenceSince().plusYears(years).isAfter(requestedOn)) {
                problems.add(new FieldProblem("residenceSince", "less-than-" + years + "-years", "a non-EU citizen needs "
                        + years + " years of uninterrupted legal main residence; since " + in.residenceSince()
                        + " is less on " + requestedOn));
            }
            if (!Boolean.TRUE.equals(in.declarationSigned())) {
                problems.add(new FieldProblem("declarationSigned", "required", "the declaration (Constitution, laws,"
                        + " ECHR) must be signed"));
            }
        }
        if (personId != null && db.count("SELECT COUNT(*) FROM kernel.person WHERE id = ?", personId) == 0) {
            problems.add(new FieldProblem("personId", "unknown", "no person " + personId));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (db.count("SELECT COUNT(*) FROM elections.non_belgian_request WHERE election_id = ? AND person_id = ?",
                electionId, personId) > 0) {
            throw new ConflictException("already-requested", "this person has a request for this election", 409);
        }
        UUID id = UUID.randomUUID();
        db.update("INSERT INTO elections.non_belgian_request (id, election_id, person_id, citizenship, requested_on,"
                + " residence_since, declaration_signed, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', 0)",
                id, electionId, personId, citizenship, requestedOn, in.residenceSince(),
                Boolean.TRUE.equals(in.declarationSigned()));
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, TYPES, List.of(personId), purpose(context, election),
                "non-Belgian voter request", ProtocolOutcome.OK));
        return get(id);
    }

    /** The college's decision: APPROVED or REFUSED (with reason); If-Match version. */
    public NonBelgianRequestView decide(UUID electionId, UUID requestId, String decision, String reason, long version,
                                        AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        NonBelgianRequestView r = get(requestId);
        if (!List.of("APPROVED", "REFUSED", "RENOUNCED").contains(decision == null ? "" : decision)) {
            throw new ValidationException("decision", "invalid", "decision is APPROVED, REFUSED or RENOUNCED");
        }
        if ("REFUSED".equals(decision) && (reason == null || reason.isBlank())) {
            throw new ValidationException("reason", "required", "a refusal states its reason");
        }
        if (r.version() != version) {
            throw ConflictException.staleVersion(version, r.version());
        }
        LocalDate today = LocalDate.now(clock);
        db.update("UPDATE elections.non_belgian_request SET status = ?, decided_on = ?, decision_reason = ?,"
                + " objection_until = ?, version = version + 1 WHERE id = ? AND version = ?", decision, today, reason,
                "RENOUNCED".equals(decision) ? null : today.plusDays(OBJECTION_DAYS), requestId, version);
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, List.of(UUID.fromString(r.personId())),
                purpose(context, election), "non-Belgian voter request " + decision, ProtocolOutcome.OK));
        return get(requestId);
    }

    public List<NonBelgianRequestView> list(UUID electionId, AccessContext context) {
        access.require(Capability.READ_VOTER_LIST, context);
        List<NonBelgianRequestView> list = db.list("SELECT * FROM elections.non_belgian_request WHERE election_id = ?"
                + " ORDER BY requested_on, id", NonBelgianService::view, electionId);
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, list.stream().map(v -> UUID.fromString(v.personId()))
                .toList(), context, "non-Belgian voter requests of election " + electionId, ProtocolOutcome.OK));
        return list;
    }

    NonBelgianRequestView get(UUID id) {
        NonBelgianRequestView v = db.one("SELECT * FROM elections.non_belgian_request WHERE id = ?",
                NonBelgianService::view, id);
        if (v == null) {
            throw new NotFoundException("no request " + id);
        }
        return v;
    }

    static NonBelgianRequestView view(ResultSet rs) throws SQLException {
        return new NonBelgianRequestView(rs.getString("id"), rs.getString("person_id"), rs.getString("citizenship"),
                Db.date(rs, "requested_on"), Db.date(rs, "residence_since"), rs.getBoolean("declaration_signed"),
                rs.getString("status"), Db.date(rs, "decided_on"), rs.getString("decision_reason"),
                Db.date(rs, "objection_until"), rs.getString("notification_code"), rs.getLong("version"));
    }

    private static AccessContext purpose(AccessContext context, ElectionService.Election election) {
        return new AccessContext("election " + election.name() + ": non-Belgian voters", context.channel());
    }
}
