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
import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
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
    static final String TYPE_DECISION = "elections.non-belgian-decision";
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
    @Inject
    DocumentService documents;
    @Inject
    @ConfigProperty(name = "bz.municipality.language", defaultValue = "nl")
    String language;

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
        LocalDate objectionUntil = "RENOUNCED".equals(decision) ? null : today.plusDays(OBJECTION_DAYS);
        // the college notifies the decision by (registered) letter: a kernel document with verification code
        IssuedDocument letter = documents.issue(notification(election, UUID.fromString(r.personId()), decision, reason,
                today, objectionUntil), purpose(context, election));
        int n = db.update("UPDATE elections.non_belgian_request SET status = ?, decided_on = ?, decision_reason = ?,"
                + " objection_until = ?, notification_code = ?, version = version + 1 WHERE id = ? AND version = ?",
                decision, today, reason, objectionUntil, letter.verificationCode(), requestId, version);
        if (n == 0) {
            throw new ConflictException("concurrent-change", "the request changed at the same time; reload", 409);
        }
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, TYPES, List.of(UUID.fromString(r.personId())),
                purpose(context, election), "non-Belgian voter request " + decision, ProtocolOutcome.OK));
        return get(requestId);
    }

    public List<NonBelgianRequestView> list(UUID electionId, AccessContext context) {
        access.require(Capability.READ_VOTER_LIST, context);
        List<NonBelgianRequestView> list = db.list("SELECT r.*, p.given_names || ' ' || p.family_name AS n FROM elections.non_belgian_request r"
                + " JOIN kernel.person p ON p.id = r.person_id WHERE r.election_id = ?"
                + " ORDER BY r.requested_on, r.id", NonBelgianService::view, electionId);
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, list.stream().map(v -> UUID.fromString(v.personId()))
                .toList(), context, "non-Belgian voter requests of election " + electionId, ProtocolOutcome.OK));
        return list;
    }

    /** The person with a national number (for the intake screen), or a 400 naming the field. */
    public UUID personByNationalNumber(String nationalNumber, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        String nn = nationalNumber == null ? "" : nationalNumber.replaceAll("[^0-9]", "");
        if (nn.length() != 11) {
            throw new ValidationException("nationalNumber", "invalid", "a national number has 11 digits");
        }
        UUID id = db.one("SELECT id FROM kernel.person WHERE national_number = ?", rs -> Db.uuid(rs, "id"), nn);
        if (id == null) {
            throw new ValidationException("nationalNumber", "unknown", "no person with national number " + nn);
        }
        return id;
    }

    // --- frontoffice (issue 8): the intake screen opened from the 360° citizen file with the person preselected ---
    /** The national number of a person for the intake form (election officer; protocol-logged). */
    public String nationalNumberOf(UUID electionId, UUID personId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        String nn = db.one("SELECT national_number FROM kernel.person WHERE id = ?", rs -> rs.getString(1), personId);
        if (nn == null) {
            throw new ValidationException("nationalNumber", "unknown", "no person " + personId);
        }
        log.record(ProtocolRecord.of(ProtocolAction.READ, TYPES, List.of(personId), purpose(context, election),
                "non-Belgian voter request intake opened for person " + personId, ProtocolOutcome.OK));
        return nn;
    }
    // --- end frontoffice ---

    /** The decision's notification letter (PDF; a kernel document read, logged by the kernel). */
    public IssuedDocument notificationLetter(UUID electionId, UUID requestId, AccessContext context) {
        access.require(Capability.MANAGE_ELECTIONS, context);
        ElectionService.Election election = elections.load(electionId);
        NonBelgianRequestView r = get(requestId);
        UUID documentId = r.notificationCode() == null ? null : db.one("SELECT id FROM kernel.issued_document"
                + " WHERE verification_code = ?", rs -> Db.uuid(rs, "id"), r.notificationCode());
        if (documentId == null) {
            throw new NotFoundException("the request " + requestId + " has no decision letter");
        }
        return documents.get(documentId, purpose(context, election));
    }

    private DocumentRequest notification(ElectionService.Election election, UUID personId, String decision,
                                         String reason, LocalDate today, LocalDate objectionUntil) {
        LetterTexts.Texts b = LetterTexts.texts(language);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language));
        String name = db.one("SELECT given_names || ' ' || family_name FROM kernel.person WHERE id = ?",
                rs -> rs.getString(1), personId);
        List<Block> blocks = new ArrayList<>(List.of(
                Block.Facts.of(b.getString("decision.person"), name),
                new Block.Paragraph(MessageFormat.format(b.getString("decision.text"), day.format(today), election.name())),
                new Block.Paragraph(MessageFormat.format(b.getString("decision." + decision), reason == null ? "" : reason))));
        if (objectionUntil != null) {
            blocks.add(new Block.Paragraph(MessageFormat.format(b.getString("decision.objection"),
                    day.format(objectionUntil))));
        }
        String title = b.getString("decision.title");
        return new DocumentRequest(TYPE_DECISION, language, personId, name, Map.of(title, election.name(),
                b.getString("decision.person"), name), new DocumentContent(title, election.name(), blocks));
    }

    NonBelgianRequestView get(UUID id) {
        NonBelgianRequestView v = db.one("SELECT r.*, p.given_names || ' ' || p.family_name AS n FROM elections.non_belgian_request r"
                + " JOIN kernel.person p ON p.id = r.person_id WHERE r.id = ?",
                NonBelgianService::view, id);
        if (v == null) {
            throw new NotFoundException("no request " + id);
        }
        return v;
    }

    static NonBelgianRequestView view(ResultSet rs) throws SQLException {
        return new NonBelgianRequestView(rs.getString("id"), rs.getString("person_id"), rs.getString("n"),
                rs.getString("citizenship"),
                Db.date(rs, "requested_on"), Db.date(rs, "residence_since"), rs.getBoolean("declaration_signed"),
                rs.getString("status"), Db.date(rs, "decided_on"), rs.getString("decision_reason"),
                Db.date(rs, "objection_until"), rs.getString("notification_code"), rs.getLong("version"));
    }

    private static AccessContext purpose(AccessContext context, ElectionService.Election election) {
        return new AccessContext("election " + election.name() + ": non-Belgian voters", context.channel());
    }
}
