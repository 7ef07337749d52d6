package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.IdempotencyKeys;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.document.IssuedDocumentSummary;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonStatus;
import be.burgerzaken.kernel.api.person.CivilStatusView;
import be.burgerzaken.kernel.api.person.ParentLink;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.CertificateOptions;
import be.burgerzaken.population.api.CertificateRequest;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.Certificates;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.IssuedCertificate;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.ResidencePeriod;
import be.burgerzaken.population.api.ResidentStatus;
import be.burgerzaken.population.api.RequesterKind;
import be.burgerzaken.population.domain.RequesterRules;
import be.burgerzaken.population.domain.Resident;
import be.burgerzaken.population.domain.ValidPeriod;
import be.burgerzaken.population.persistence.PopulationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Issues population certificates (IssueCertificate): access check (READ_PERSON, ISSUE_POPULATION_CERTIFICATE; the
 * kernel checks ISSUE_DOCUMENT), request and requester check ({@link RequesterRules}, dated rows), the facts gathered from the registers and
 * the kernel, the content written in the language, the kernel document issued, and the protocol-log entry naming
 * the requester, all in one transaction. Refusals are logged in a transaction of their own.
 */
@ApplicationScoped
@Transactional
public class CertificateService implements Certificates {
    static final String OPERATION = "population.certificate";

    @Inject
    PopulationStore store;
    @Inject
    FileAssembler files;
    @Inject
    PersonDirectory directory;
    @Inject
    DocumentService documents;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    IdempotencyKeys keys;
    @Inject
    Clock clock;

    /**
     * A refusal found after the holder was read is logged in this transaction, which then commits (the kernel's
     * log entry of the read included): a second transaction appending to the same stripe would wait for this one.
     */
    @Override
    @Transactional(dontRollbackOn = ValidationException.class)
    public IssuedCertificate issue(CertificateRequest request, AccessContext context, String idempotencyKey) {
        UUID personId = request == null ? null : request.personId();
        requireIssuer(context, personId, "issue certificate");
        if (idempotencyKey != null) {
            String fingerprint = IdempotencyKeys.fingerprint(String.valueOf(request));
            var previous = keys.previous(idempotencyKey, OPERATION, fingerprint);
            if (previous.isPresent()) {
                return certificate(documents.summary(previous.get(), context));
            }
            IssuedCertificate created = issue(request, context);
            keys.remember(idempotencyKey, OPERATION, fingerprint, created.documentId());
            return created;
        }
        return issue(request, context);
    }

    /**
     * The checks every issue and draft passes first, each refusal logged in a transaction of its own before anything
     * is logged in this one: READ_PERSON (with the purpose), ISSUE_POPULATION_CERTIFICATE (the counter clerk and the
     * population officer, not every document issuer), ISSUE_DOCUMENT (the kernel checks it again).
     */
    private void requireIssuer(AccessContext context, UUID personId, String query) {
        require(Capability.READ_PERSON, context, personId, query);
        require(Capability.ISSUE_POPULATION_CERTIFICATE, context, personId, query);
        require(Capability.ISSUE_DOCUMENT, context, personId, query);
    }

    private IssuedCertificate issue(CertificateRequest request, AccessContext context) {
        Prepared p = prepare(request, context, "issue certificate ");
        IssuedDocument doc = documents.issue(p.document(), context);
        log.record(ProtocolRecord.of(ProtocolAction.CREATE, p.logged(), p.persons(), context,
                p.query() + " " + doc.id() + " (" + p.language() + ") for " + p.requesterText(), ProtocolOutcome.OK));
        return new IssuedCertificate(doc.id(), p.type(), p.language(), p.holder().id(), doc.verificationCode(),
                doc.verifyUrl(), doc.issuedAt(), doc.sha256());
    }

    // --- drafts and revocation (issue 3, task C) ---

    @Override
    @Transactional(dontRollbackOn = ValidationException.class)
    public byte[] draft(CertificateRequest request, AccessContext context) {
        requireIssuer(context, request == null ? null : request.personId(), "draft certificate");
        Prepared p = prepare(request, context, "draft certificate ");
        byte[] pdf = documents.draft(p.document(), context);
        log.record(ProtocolRecord.of(ProtocolAction.READ, p.logged(), p.persons(), context,
                p.query() + " (" + p.language() + ", not issued) for " + p.requesterText(), ProtocolOutcome.OK));
        return pdf;
    }

    @Override
    public IssuedDocumentSummary revoke(UUID documentId, String reason, AccessContext context) {
        require(Capability.ISSUE_POPULATION_CERTIFICATE, context, null, "revoke certificate " + documentId);
        // the kernel checks it again; here first, so that a refusal is logged before anything in this transaction
        require(Capability.REVOKE_DOCUMENT, context, null, "revoke certificate " + documentId);
        if (documentId == null) {
            throw new ValidationException("documentId", "required", "say which certificate to revoke");
        }
        IssuedDocumentSummary s = documents.summary(documentId, context);
        if (s.type() == null || !s.type().startsWith(CertificateDocumentScope.PREFIX)) {
            throw new NotFoundException("no population certificate with id " + documentId);
        }
        documents.revoke(s.verificationCode(), reason, context);
        return documents.summary(documentId, context);
    }

    /** A certificate request checked and its content written, ready to be issued or rendered as a draft. */
    private record Prepared(CertificateType type, String language, PersonView holder, String query,
                            String requesterText, DocumentRequest document, List<UUID> persons,
                            Set<InformationType> logged) {
    }

    private Prepared prepare(CertificateRequest request, AccessContext context, String what) {
        if (request == null) {
            throw new ValidationException("body", "required", "the certificate request is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        CertificateType type = type(request.type(), problems);
        String language = language(request.language(), problems);
        RequesterKind kind = RequesterRules.kind(request.requester(), problems);
        if (request.personId() == null) {
            problems.add(new FieldProblem("personId", "required", "say whose certificate to issue"));
            throw new ValidationException(problems);
        }
        String query = what + (type == null ? request.type() : type.name());
        Resident resident = store.resident(request.personId()).orElse(null);
        if (resident == null) {
            refuse(request.personId(), context, query, ProtocolOutcome.NOT_FOUND);
            throw new NotFoundException("person " + request.personId() + " is not registered in the population registers");
        }
        if (!ResidentStatus.REGISTERED.name().equals(resident.status())) {
            problems.add(new FieldProblem("personId", "not-resident", "person " + request.personId() + " is "
                    + resident.status() + ", not a resident: no population certificate can be issued"));
        }
        PersonView holder = directory.get(request.personId(), context);
        if (type == CertificateType.PROOF_OF_LIFE && holder.status() == PersonStatus.DECEASED) {
            problems.add(new FieldProblem("type", "deceased", "the person's death is recorded: no proof of life"));
        }
        LocalDate today = LocalDate.now(clock.withZone(ResidentService.BELGIUM));
        CertificateOptions options = request.options() == null ? CertificateOptions.NONE : request.options();
        if (type != null && type != CertificateType.MAIN_RESIDENCE && (options.addressHistory() || options.civilStatus())) {
            problems.add(new FieldProblem("options", "main-residence-only", "the address history and the civil "
                    + "status are options of the proof of main residence only, not of " + type));
        }
        rules().check(request.requester(), kind, type, holder(holder, kind, today, context), today, problems);
        if (!problems.isEmpty()) {
            log.record(ProtocolRecord.of(ProtocolAction.CREATE, List.of(InformationType.MAIN_RESIDENCE),
                    List.of(request.personId()), context, query + " refused: " + problems.stream()
                            .map(p -> p.field() + " " + p.code()).distinct().toList(), ProtocolOutcome.DENIED));
            throw new ValidationException(problems);
        }

        CertificateFacts facts = facts(type, holder, resident, today, options, context);
        String requesterText = RequesterRules.describe(request.requester(), kind, CertificateContent.name(holder));
        Map<String, String> core = new LinkedHashMap<>();
        core.put("document", CertificateContent.title(type, language));
        core.put("holder", CertificateContent.name(holder));
        core.put("issued", today.toString());
        DocumentRequest document = new DocumentRequest(type.documentType(), language, holder.id(), requesterText, core,
                CertificateContent.build(facts, language));
        List<UUID> persons = new ArrayList<>();
        persons.add(holder.id());
        facts.members().forEach(m -> {
            if (!persons.contains(m.person().id())) {
                persons.add(m.person().id());
            }
        });
        Set<InformationType> logged = EnumSet.copyOf(informationTypes(type));
        if (facts.civilStatus() != null) {
            logged.add(InformationType.CIVIL_STATUS);
        }
        return new Prepared(type, language, holder, query, requesterText, document, persons, logged);
    }

    /** The requester rules (dated rows of V39), read per request: a few dozen rows. */
    RequesterRules rules() {
        return new RequesterRules(store.requesterRules());
    }

    /**
     * The holder as the requester rules see them; for a legal representative of a minor also the national numbers
     * of the minor's legal parents (the kernel's PARENTS fact on the day; each read protocol-logged there).
     */
    private RequesterRules.Holder holder(PersonView holder, RequesterKind kind, LocalDate today, AccessContext context) {
        boolean minor = RequesterRules.minor(holder.birthDate(), today);
        if (kind != RequesterKind.LEGAL_REPRESENTATIVE || !minor) {
            return new RequesterRules.Holder(holder.nationalNumber(), minor, Set.of());
        }
        Set<String> parents = new java.util.HashSet<>();
        for (ParentLink link : directory.parents(holder.id(), today, context).parents()) {
            if (link.personId() != null) {
                String nn = directory.get(link.personId(), context).nationalNumber();
                if (nn != null) {
                    parents.add(nn);
                }
            }
        }
        return new RequesterRules.Holder(holder.nationalNumber(), true, parents);
    }
    // --- end drafts and revocation ---

    @Override
    public Page<IssuedDocumentSummary> issued(UUID personId, AccessContext context) {
        require(Capability.READ_PERSON, context, personId, "certificates issued");
        require(Capability.ISSUE_POPULATION_CERTIFICATE, context, personId, "certificates issued");
        if (personId == null) {
            throw new ValidationException("personId", "required", "say whose certificates to list");
        }
        // only the population certificates: the kernel leaves out other types the actor may not read anyway
        return documents.forPerson(personId, CertificateDocumentScope.PREFIX, context);
    }

    private CertificateFacts facts(CertificateType type, PersonView holder, Resident resident, LocalDate today,
                                   CertificateOptions options, AccessContext context) {
        List<ResidencePeriod> history = files.residences(store.residences(holder.id()));
        ResidencePeriod current = history.stream().filter(p -> ValidPeriod.covers(p.validFrom(), p.validTo(), today))
                .reduce((a, b) -> b).orElse(null);
        List<CertificateFacts.Member> members = List.of();
        boolean collective = false;
        if (type == CertificateType.HOUSEHOLD_COMPOSITION) {
            HouseholdComposition household = files.household(holder.id(), today);
            if (household == null) {
                throw new ValidationException("personId", "no-household", "person " + holder.id()
                        + " belongs to no household today");
            }
            collective = household.collectiveDwelling();
            // each read is protocol-logged by the kernel
            members = household.members().stream().map(m -> new CertificateFacts.Member(
                    m.personId().equals(holder.id()) ? holder : directory.get(m.personId(), context), m.position()))
                    .toList();
        }
        // the civil status as of the certificate's date, from the kernel (read and protocol-logged there)
        CivilStatusView civilStatus = type == CertificateType.MAIN_RESIDENCE && options.civilStatus()
                ? directory.civilStatus(holder.id(), today, context) : null;
        return new CertificateFacts(type, holder, RegisterType.valueOf(resident.registerType()),
                current == null ? null : current.address(), current == null ? null : current.validFrom(),
                current == null ? null : current.referenceAddress(), history,
                members, collective, today, options, civilStatus);
    }

    static Set<InformationType> informationTypes(CertificateType type) {
        return switch (type) {
            case HOUSEHOLD_COMPOSITION -> EnumSet.of(InformationType.MAIN_RESIDENCE, InformationType.HOUSEHOLD);
            case REGISTER_EXTRACT -> EnumSet.of(InformationType.MAIN_RESIDENCE, InformationType.REGISTER_TYPE);
            case MAIN_RESIDENCE -> EnumSet.of(InformationType.MAIN_RESIDENCE);
            case NATIONALITY -> EnumSet.of(InformationType.NATIONALITY);
            case PROOF_OF_LIFE -> EnumSet.of(InformationType.IDENTIFICATION);
        };
    }

    static CertificateType type(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("type", "required", "the certificate type is one of "
                    + List.of(CertificateType.values())));
            return null;
        }
        return CertificateType.parse(text).orElseGet(() -> {
            problems.add(new FieldProblem("type", "unknown", "'" + text.strip() + "' is not a certificate type: one of "
                    + List.of(CertificateType.values())));
            return null;
        });
    }

    static String language(String text, List<FieldProblem> problems) {
        String l = text == null || text.isBlank() ? "nl" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!DocumentRequest.LANGUAGES.contains(l)) {
            problems.add(new FieldProblem("language", "unsupported", "'" + text.strip()
                    + "' is not a certificate language: one of " + DocumentRequest.LANGUAGES));
            return null;
        }
        return l;
    }

    private static IssuedCertificate certificate(IssuedDocumentSummary s) {
        CertificateType type = CertificateType.parse(s.type()).orElse(null);
        return new IssuedCertificate(s.id(), type, s.language(), s.subjectPersonId(), s.verificationCode(),
                s.verifyUrl(), s.issuedAt(), s.sha256());
    }

    private void require(Capability capability, AccessContext context, UUID personId, String query) {
        try {
            access.require(capability, context);
        } catch (AccessDeniedException denied) {
            refuse(personId, context, query, ProtocolOutcome.DENIED);
            throw denied;
        }
    }

    /** Logs a refusal in its own transaction: only before anything was logged in this one. */
    private void refuse(UUID personId, AccessContext context, String query, ProtocolOutcome outcome) {
        log.recordIndependently(ProtocolRecord.of(ProtocolAction.CREATE, List.of(InformationType.MAIN_RESIDENCE),
                personId == null ? List.of() : List.of(personId), context, query, outcome));
    }
}
