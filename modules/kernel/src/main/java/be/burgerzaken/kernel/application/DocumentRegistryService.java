package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.document.IssuedDocumentSummary;
import be.burgerzaken.kernel.api.document.Verification;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.domain.CoreFactsJson;
import be.burgerzaken.kernel.domain.IssuedDocumentRow;
import be.burgerzaken.kernel.domain.VerificationCode;
import be.burgerzaken.kernel.persistence.DocumentStore;
import be.burgerzaken.kernel.persistence.PersonStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Issues documents (attesten, getuigschriften / certificats) and keeps their register: renders the PDF with a
 * fresh verification code (verificatiecode / code de vérification), stores it with its SHA-256 and, when the
 * document is about a person, writes the protocol-log entry in the same transaction. Public verification
 * reads only the register line and logs nothing.
 */
@ApplicationScoped
@Transactional
public class DocumentRegistryService implements DocumentService {
    /** What a document about a person always shows of them; the issuing module logs its own reads. */
    static final List<InformationType> LOGGED_TYPES = List.of(InformationType.IDENTIFICATION, InformationType.NAME);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DocumentStore store;
    @Inject
    PersonStore persons;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.inject.Instance<be.burgerzaken.kernel.api.spi.DocumentTypeScope> scopes;
    @Inject
    @ConfigProperty(name = "bz.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;
    @Inject
    @ConfigProperty(name = "bz.municipality.name", defaultValue = "Stad Leuven")
    String municipality;
    @Inject
    @ConfigProperty(name = "bz.municipality.place", defaultValue = "Leuven")
    String place;

    @Override
    public IssuedDocument issue(DocumentRequest request, AccessContext context) {
        UUID subject = request == null ? null : request.subjectPersonId();
        Actor actor = require(Capability.ISSUE_DOCUMENT, context, ProtocolAction.CREATE, subject, "issue document");
        if (subject != null) {
            AccessControlService.validatePurpose(context);
        }
        String coreFacts = DocumentRequestCheck.check(request);
        if (subject != null && persons.find(subject).isEmpty()) {
            throw new ValidationException("subjectPersonId", "unknown", "no person with id " + subject);
        }
        VerificationCode code = freshCode();
        Instant now = clock.instant();
        String url = VerifyLinks.verifyUrl(publicUrl, code.formatted());
        byte[] pdf = DocumentPdfRenderer.render(new DocumentPdfRenderer.Frame(municipality, place, request.language(),
                code.formatted(), url, now), request.content());
        IssuedDocumentRow row = new IssuedDocumentRow(UUID.randomUUID(), code.formatted(), request.type(),
                request.language(), subject, request.requester().strip(), actor.name(), now, sha256(pdf), coreFacts,
                pdf);
        store.add(row);
        if (subject != null) {
            log.record(ProtocolRecord.of(ProtocolAction.CREATE, LOGGED_TYPES, List.of(subject), context,
                    "issue document " + row.docType() + " " + row.id(), ProtocolOutcome.OK));
        }
        return document(row);
    }

    // --- print runs (issue 10) ---
    /** Threads rendering the parts of a print run in parallel; 0 = one per core. */
    @Inject
    @ConfigProperty(name = "bz.documents.print-run.threads", defaultValue = "0")
    int runThreads;
    /** A part (one PDF) has at least this many documents, so small runs stay one PDF. */
    static final int MIN_PART = 50;
    /** The most persons one protocol entry of a print run names (the log's person list holds 216 ids). */
    static final int PERSONS_PER_ENTRY = 200;

    @Override
    public List<IssuedDocumentSummary> issueAll(List<DocumentRequest> requests, AccessContext context) {
        List<UUID> subjects = requests == null ? List.of() : requests.stream().filter(java.util.Objects::nonNull)
                .map(DocumentRequest::subjectPersonId).filter(java.util.Objects::nonNull).distinct().toList();
        Actor actor;
        try {
            actor = access.require(Capability.ISSUE_DOCUMENT, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.CREATE, LOGGED_TYPES, subjects, context,
                    "issue print run", ProtocolOutcome.DENIED));
            throw denied;
        }
        if (requests == null || requests.isEmpty()) {
            throw new ValidationException("requests", "required", "give at least one document to issue");
        }
        if (requests.size() > MAX_RUN) {
            throw new ValidationException("requests", "too-many", "at most " + MAX_RUN + " documents per print run, not "
                    + requests.size());
        }
        if (!subjects.isEmpty()) {
            AccessControlService.validatePurpose(context);
        }
        List<String> coreFacts = new java.util.ArrayList<>(requests.size());
        for (DocumentRequest r : requests) {
            coreFacts.add(DocumentRequestCheck.check(r));
        }
        String type = requests.get(0).type();
        if (requests.stream().anyMatch(r -> !type.equals(r.type()))) {
            throw new ValidationException("type", "mixed", "a print run holds documents of one type");
        }
        Set<UUID> known = store.existingPersons(subjects);
        for (UUID s : subjects) {
            if (!known.contains(s)) {
                throw new ValidationException("subjectPersonId", "unknown", "no person with id " + s);
            }
        }
        List<VerificationCode> codes = freshCodes(requests.size());
        Instant now = clock.instant();
        List<DocumentPdfRenderer.Frame> frames = new java.util.ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String code = codes.get(i).formatted();
            frames.add(new DocumentPdfRenderer.Frame(municipality, place, requests.get(i).language(), code,
                    VerifyLinks.verifyUrl(publicUrl, code), now));
        }
        List<DocumentRequest> all = requests;
        int threads = runThreads > 0 ? runThreads : Runtime.getRuntime().availableProcessors();
        int parts = Math.max(1, Math.min(threads, all.size() / MIN_PART));
        int per = (all.size() + parts - 1) / parts;
        List<int[]> bounds = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += per) {
            bounds.add(new int[] {from, Math.min(all.size(), from + per)});
        }
        List<DocumentPdfRenderer.Run> runs = PrintRuns.render(bounds, b -> DocumentPdfRenderer.renderRun(
                frames.subList(b[0], b[1]), all.subList(b[0], b[1]).stream().map(DocumentRequest::content).toList()));
        List<IssuedDocumentSummary> out = new java.util.ArrayList<>(all.size());
        List<UUID> runIds = new java.util.ArrayList<>();
        for (int p = 0; p < bounds.size(); p++) {
            DocumentPdfRenderer.Run run = runs.get(p);
            UUID runId = UUID.randomUUID();
            runIds.add(runId);
            String sha = sha256(run.pdf());
            List<DocumentStore.RunDocument> docs = new java.util.ArrayList<>();
            int pages = 0;
            for (int i = bounds.get(p)[0], k = 0; i < bounds.get(p)[1]; i++, k++) {
                DocumentRequest r = all.get(i);
                UUID id = UUID.randomUUID();
                String code = codes.get(i).formatted();
                docs.add(new DocumentStore.RunDocument(id, code, r.type(), r.language(), r.subjectPersonId(),
                        r.requester().strip(), coreFacts.get(i), run.firstPages()[k], run.pageCounts()[k]));
                pages += run.pageCounts()[k];
                out.add(new IssuedDocumentSummary(id, code, VerifyLinks.verifyUrl(publicUrl, code), r.type(),
                        r.language(), r.subjectPersonId(), r.requester().strip(), actor.name(), now, sha,
                        IssuedDocumentRow.VALID, null));
            }
            store.addRun(runId, type, pages, actor.name(), now, sha, run.pdf(), docs);
        }
        // one entry names up to PERSONS_PER_ENTRY subjects: the entry's person list (hashed into the chain) is a
        // VARCHAR(8000), room for 216 ids; a chunk of 500 letters writes 3 entries instead of 500
        int groups = (subjects.size() + PERSONS_PER_ENTRY - 1) / PERSONS_PER_ENTRY;
        for (int g = 0; g < groups; g++) {
            List<UUID> group = subjects.subList(g * PERSONS_PER_ENTRY,
                    Math.min(subjects.size(), (g + 1) * PERSONS_PER_ENTRY));
            log.record(ProtocolRecord.of(ProtocolAction.CREATE, LOGGED_TYPES, group, context,
                    "issue print run of " + all.size() + " documents " + type + " (runs " + runIds + ")"
                            + (groups > 1 ? " persons part " + (g + 1) + "/" + groups : ""), ProtocolOutcome.OK));
        }
        return out;
    }

    /** Fresh codes, checked against the register with one query per round. */
    private List<VerificationCode> freshCodes(int n) {
        List<VerificationCode> codes = new java.util.ArrayList<>(n);
        Set<String> taken = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            VerificationCode c;
            do {
                c = VerificationCode.random(RANDOM);
            } while (!taken.add(c.formatted()));
            codes.add(c);
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            Set<String> inUse = store.codesInUse(codes.stream().map(VerificationCode::formatted).toList());
            if (inUse.isEmpty()) {
                return codes;
            }
            for (int i = 0; i < n; i++) {
                if (inUse.contains(codes.get(i).formatted())) {
                    VerificationCode c;
                    do {
                        c = VerificationCode.random(RANDOM);
                    } while (!taken.add(c.formatted()));
                    codes.set(i, c);
                }
            }
        }
        throw new IllegalStateException("no free verification codes found");
    }

    /** The PDF of a register line: its own, or its pages cut out of its print run. */
    private byte[] pdfOf(IssuedDocumentRow r) {
        if (r.pdf() != null || r.printRunId() == null) {
            return r.pdf();
        }
        return DocumentPdfRenderer.pages(store.runPdf(r.printRunId()), r.firstPage(), r.pageCount(), null);
    }
    // --- end print runs ---

    @Override
    public Verification verify(String code) {
        String formatted = parse(code).formatted();
        return store.lineByCode(formatted)
                .map(l -> new Verification(formatted, l.status(), l.docType(), l.issuedAt(), l.revokedAt(),
                        CoreFactsJson.read(l.coreFacts())))
                .orElse(Verification.unknown(formatted));
    }

    @Override
    public IssuedDocument get(UUID id, AccessContext context) {
        Actor actor = require(Capability.READ_DOCUMENT, context, ProtocolAction.READ, null, "get document " + id);
        IssuedDocumentRow row = id == null ? null : store.find(id).orElse(null);
        if (row == null || notItsOwn(actor, row.issuedBy())) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES, List.of(), context,
                    "get document " + id, ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("no issued document with id " + id);
        }
        requireTypeScope(actor, row.docType(), row.issuedBy(), row.subjectPersonId(), context, "get document " + id);
        if (row.subjectPersonId() != null) {
            AccessControlService.validatePurpose(context);
            log.record(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES, List.of(row.subjectPersonId()), context,
                    "get document " + row.docType() + " " + row.id(), ProtocolOutcome.OK));
        }
        return document(row);
    }

    /**
     * An API client reads only the documents it had issued itself (e.g. the certificate it asked for a citizen); any
     * other answers 404 like an unknown id, so a client cannot probe the register. Staff are decided by role.
     */
    static boolean notItsOwn(Actor actor, String issuedBy) {
        return actor.kind() == be.burgerzaken.kernel.api.access.ActorKind.INTEGRATOR && !actor.name().equals(issuedBy);
    }

    @Override
    public IssuedDocumentSummary summary(UUID id, AccessContext context) {
        Actor actor = require(Capability.READ_DOCUMENT, context, ProtocolAction.READ, null, "document summary " + id);
        DocumentStore.Line line = id == null ? null : store.line(id).orElse(null);
        if (line == null || notItsOwn(actor, line.issuedBy())) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES, List.of(), context,
                    "document summary " + id, ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("no issued document with id " + id);
        }
        requireTypeScope(actor, line.docType(), line.issuedBy(), line.subjectPersonId(), context,
                "document summary " + id);
        if (line.subjectPersonId() != null) {
            AccessControlService.validatePurpose(context);
            log.record(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES, List.of(line.subjectPersonId()), context,
                    "document summary " + line.docType() + " " + line.id(), ProtocolOutcome.OK));
        }
        return summary(line);
    }

    @Override
    public void revoke(String code, String reason, AccessContext context) {
        Actor actor = require(Capability.REVOKE_DOCUMENT, context, ProtocolAction.CHANGE, null, "revoke document");
        String formatted = parse(code).formatted();
        if (reason == null || reason.strip().length() < 3 || reason.strip().length() > 500) {
            throw new ValidationException("reason", reason == null || reason.isBlank() ? "required" : "length",
                    "say why the document is revoked, in 3 to 500 characters");
        }
        IssuedDocumentRow row = store.findByCode(formatted)
                .orElseThrow(() -> new NotFoundException("no issued document has verification code " + formatted));
        if (row.revoked()) {
            throw new ConflictException("already-revoked", "the document " + formatted + " was already revoked on "
                    + row.revokedAt(), 409);
        }
        if (row.subjectPersonId() != null) {
            AccessControlService.validatePurpose(context);
            log.record(ProtocolRecord.of(ProtocolAction.CHANGE, LOGGED_TYPES, List.of(row.subjectPersonId()), context,
                    "revoke document " + row.docType() + " " + row.id(), ProtocolOutcome.OK));
        }
        row.revoke(clock.instant(), actor.name(), reason.strip());
        store.flush();
    }

    @Override
    public Page<IssuedDocumentSummary> forPerson(UUID personId, AccessContext context) {
        return forPerson(personId, null, context);
    }

    // --- document reads scoped by type and draft renders (issue 3, task C) ---

    @Override
    public Page<IssuedDocumentSummary> forPerson(UUID personId, String typePrefix, AccessContext context) {
        Actor actor = require(Capability.READ_DOCUMENT, context, ProtocolAction.READ, personId, "documents of person");
        AccessControlService.validatePurpose(context);
        if (personId == null) {
            throw new ValidationException("personId", "required", "name the person whose documents to list");
        }
        // the types whose capability the actor lacks are left out in the query (an API client is scoped by issuer)
        List<String> excluded = actor.kind() == be.burgerzaken.kernel.api.access.ActorKind.INTEGRATOR ? List.of()
                : scopeList().stream().filter(s -> !access.allows(s.capability()))
                .map(be.burgerzaken.kernel.api.spi.DocumentTypeScope::typePrefix).distinct().toList();
        String only = typePrefix == null || typePrefix.isBlank() ? null : typePrefix.strip();
        List<IssuedDocumentSummary> items = store.linesForPerson(personId, MAX_LIST, excluded, only).stream()
                .map(this::summary).toList();
        long total = items.size() < MAX_LIST ? items.size() : store.countForPerson(personId, excluded, only);
        log.record(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES, List.of(personId), context,
                "documents of person" + (only == null ? "" : " " + only + "*")
                        + (excluded.isEmpty() ? "" : " without " + excluded), ProtocolOutcome.OK));
        return new Page<>(items, 0, MAX_LIST, total);
    }

    @Override
    public byte[] draft(DocumentRequest request, AccessContext context) {
        UUID subject = request == null ? null : request.subjectPersonId();
        require(Capability.ISSUE_DOCUMENT, context, ProtocolAction.READ, subject, "draft document");
        if (subject != null) {
            AccessControlService.validatePurpose(context);
        }
        DocumentRequestCheck.check(request);
        if (subject != null && persons.find(subject).isEmpty()) {
            throw new ValidationException("subjectPersonId", "unknown", "no person with id " + subject);
        }
        String mark = draftMark(request.language());
        byte[] pdf = DocumentPdfRenderer.render(new DocumentPdfRenderer.Frame(municipality, place, request.language(),
                mark, mark, clock.instant()), request.content());
        if (subject != null) {
            log.record(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES, List.of(subject), context,
                    "draft document " + request.type() + " (not issued)", ProtocolOutcome.OK));
        }
        return pdf;
    }

    /** What a draft shows instead of its verification code and in its QR code: that it is not a valid document. */
    static String draftMark(String language) {
        return switch (language == null ? "nl" : language) {
            case "fr" -> "PROJET - NON VALABLE";
            case "de" -> "ENTWURF - UNGÜLTIG";
            case "en" -> "DRAFT - NOT VALID";
            default -> "ONTWERP - NIET GELDIG";
        };
    }

    private List<be.burgerzaken.kernel.api.spi.DocumentTypeScope> scopeList() {
        List<be.burgerzaken.kernel.api.spi.DocumentTypeScope> all = new java.util.ArrayList<>();
        scopes.forEach(all::add);
        return all;
    }

    /** The capability scoping a document type: the longest matching prefix a module contributed, or none. */
    static java.util.Optional<Capability> scopeOf(String docType,
                                                  List<be.burgerzaken.kernel.api.spi.DocumentTypeScope> scopes) {
        return scopes.stream().filter(s -> docType != null && docType.startsWith(s.typePrefix()))
                .max(java.util.Comparator.comparingInt(s -> s.typePrefix().length()))
                .map(be.burgerzaken.kernel.api.spi.DocumentTypeScope::capability);
    }

    /**
     * Refuses (403, logged in its own transaction) a staff member who lacks the capability scoping the document's
     * type; an API client reads only what it issued itself (checked before), whatever the type.
     */
    private void requireTypeScope(Actor actor, String docType, String issuedBy, UUID subject, AccessContext context,
                                  String query) {
        if (actor.kind() == be.burgerzaken.kernel.api.access.ActorKind.INTEGRATOR && actor.name().equals(issuedBy)) {
            return;
        }
        Capability needed = scopeOf(docType, scopeList()).orElse(null);
        if (needed == null || access.allows(needed)) {
            return;
        }
        log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES,
                subject == null ? List.of() : List.of(subject), context, query + " (" + docType + ")",
                ProtocolOutcome.DENIED));
        throw new AccessDeniedException("your roles do not allow reading documents of type " + docType + "; "
                + needed.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " is needed",
                List.of("capability:" + needed.name()));
    }
    // --- end document reads scoped by type and draft renders ---

    private Actor require(Capability c, AccessContext context, ProtocolAction action, UUID person, String query) {
        try {
            return access.require(c, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, LOGGED_TYPES, person == null ? List.of() : List.of(person),
                    context, query, ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    private VerificationCode freshCode() {
        // 75 random bits: a collision is practically impossible, but the register must stay unambiguous
        for (int attempt = 0; attempt < 5; attempt++) {
            VerificationCode code = VerificationCode.random(RANDOM);
            if (!store.codeInUse(code.formatted())) {
                return code;
            }
        }
        throw new IllegalStateException("no free verification code found");
    }

    static VerificationCode parse(String code) {
        try {
            return VerificationCode.parse(code);
        } catch (VerificationCode.Invalid e) {
            throw new ValidationException("code", e.reason(), e.getMessage());
        }
    }

    private IssuedDocument document(IssuedDocumentRow r) {
        return new IssuedDocument(r.id(), r.verificationCode(), VerifyLinks.verifyUrl(publicUrl, r.verificationCode()),
                r.docType(), r.language(), r.subjectPersonId(), r.issuedBy(), r.issuedAt(), r.sha256(), pdfOf(r));
    }

    private IssuedDocumentSummary summary(DocumentStore.Line l) {
        return new IssuedDocumentSummary(l.id(), l.verificationCode(), VerifyLinks.verifyUrl(publicUrl,
                l.verificationCode()), l.docType(), l.language(), l.subjectPersonId(), l.requester(), l.issuedBy(),
                l.issuedAt(), l.sha256(), l.status(), l.revokedAt());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
