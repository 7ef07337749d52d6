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
        require(Capability.READ_DOCUMENT, context, ProtocolAction.READ, null, "get document " + id);
        IssuedDocumentRow row = id == null ? null : store.find(id).orElse(null);
        if (row == null) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES, List.of(), context,
                    "get document " + id, ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("no issued document with id " + id);
        }
        if (row.subjectPersonId() != null) {
            AccessControlService.validatePurpose(context);
            log.record(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES, List.of(row.subjectPersonId()), context,
                    "get document " + row.docType() + " " + row.id(), ProtocolOutcome.OK));
        }
        return document(row);
    }

    @Override
    public IssuedDocumentSummary summary(UUID id, AccessContext context) {
        require(Capability.READ_DOCUMENT, context, ProtocolAction.READ, null, "document summary " + id);
        DocumentStore.Line line = id == null ? null : store.line(id).orElse(null);
        if (line == null) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES, List.of(), context,
                    "document summary " + id, ProtocolOutcome.NOT_FOUND));
            throw new NotFoundException("no issued document with id " + id);
        }
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
        require(Capability.READ_DOCUMENT, context, ProtocolAction.READ, personId, "documents of person");
        AccessControlService.validatePurpose(context);
        if (personId == null) {
            throw new ValidationException("personId", "required", "name the person whose documents to list");
        }
        List<IssuedDocumentSummary> items = store.linesForPerson(personId, MAX_LIST).stream()
                .map(this::summary).toList();
        long total = items.size() < MAX_LIST ? items.size() : store.countForPerson(personId);
        log.record(ProtocolRecord.of(ProtocolAction.READ, LOGGED_TYPES, List.of(personId), context,
                "documents of person", ProtocolOutcome.OK));
        return new Page<>(items, 0, MAX_LIST, total);
    }

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
                r.docType(), r.language(), r.subjectPersonId(), r.issuedBy(), r.issuedAt(), r.sha256(), r.pdf());
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
