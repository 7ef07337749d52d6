package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.AccessPolicy;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.ActorKind;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Roles to capabilities, then every {@link AccessPolicy} a module contributes. One place decides, for the
 * screens and the REST API alike.
 */
@ApplicationScoped
public class AccessControlService implements AccessControl {

    private static final Map<Capability, List<String>> GRANTS = new EnumMap<>(Capability.class);
    /** Roles whose procedures end in a document (certificates, extracts, letters, training certificates). */
    private static final List<String> DOCUMENT_ISSUERS = List.of(Roles.CLERK, Roles.POPULATION_OFFICER,
            Roles.CIVIL_REGISTRAR, Roles.CRIMINAL_RECORDS_CLERK, Roles.ELECTION_OFFICER, Roles.TRAINING_COORDINATOR);

    static {
        GRANTS.put(Capability.READ_PERSON, Roles.PERSON_READERS);
        GRANTS.put(Capability.SEARCH_PERSON, Roles.PERSON_READERS);
        GRANTS.put(Capability.WRITE_PERSON, Roles.PERSON_WRITERS);
        GRANTS.put(Capability.MANAGE_IDENTITY_DOCUMENTS, List.of(Roles.CLERK, Roles.POPULATION_OFFICER));
        GRANTS.put(Capability.VALIDATE_NATIONAL_NUMBER, Roles.ALL);
        GRANTS.put(Capability.READ_PROTOCOL_LOG, List.of(Roles.AUDITOR));
        GRANTS.put(Capability.VERIFY_PROTOCOL_LOG, List.of(Roles.AUDITOR, Roles.ADMINISTRATOR));
        GRANTS.put(Capability.MANAGE_USERS, List.of(Roles.ADMINISTRATOR));
        GRANTS.put(Capability.ISSUE_DOCUMENT, DOCUMENT_ISSUERS);
        GRANTS.put(Capability.READ_DOCUMENT, DOCUMENT_ISSUERS);
        GRANTS.put(Capability.REVOKE_DOCUMENT, List.of(Roles.POPULATION_OFFICER, Roles.CIVIL_REGISTRAR,
                Roles.ADMINISTRATOR));
        GRANTS.put(Capability.DECLARE_ADDRESS_CHANGE, List.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.INTEGRATOR));
        GRANTS.put(Capability.DECIDE_ADDRESS_CHANGE, List.of(Roles.POPULATION_OFFICER));
        GRANTS.put(Capability.RECORD_RESIDENCE_CHECK, List.of(Roles.INTEGRATOR, Roles.POPULATION_OFFICER));
        // scheduled jobs on demand (population: identity-document expiry)
        GRANTS.put(Capability.RUN_SCHEDULED_JOB, List.of(Roles.ADMINISTRATOR));
        // --- population quality signals and statistics ---
        GRANTS.put(Capability.MANAGE_QUALITY_RULES, List.of(Roles.POPULATION_OFFICER, Roles.ADMINISTRATOR));
        GRANTS.put(Capability.REVIEW_QUALITY_SIGNALS, List.of(Roles.CLERK, Roles.POPULATION_OFFICER));
        GRANTS.put(Capability.READ_POPULATION_STATISTICS, List.of(Roles.POPULATION_OFFICER, Roles.ADMINISTRATOR,
                Roles.AUDITOR));
    }

    private static final Set<Capability> PERSONAL_DATA = Set.of(Capability.READ_PERSON, Capability.SEARCH_PERSON,
            Capability.WRITE_PERSON, Capability.MANAGE_IDENTITY_DOCUMENTS, Capability.DECLARE_ADDRESS_CHANGE,
            Capability.DECIDE_ADDRESS_CHANGE, Capability.RECORD_RESIDENCE_CHECK,
            Capability.RUN_SCHEDULED_JOB,
            // --- population quality signals and statistics ---
            Capability.REVIEW_QUALITY_SIGNALS);

    // --- civil status (issue 4) ---
    // Civil-status clerks are civil registrars; a front-office clerk may prepare acts and read them. Only the
    // civil registrar (ambtenaar van de burgerlijke stand) signs and registers.
    private static final Set<Capability> CIVIL_STATUS_PERSONAL_DATA = Set.of(Capability.DRAFT_CIVIL_STATUS_ACT,
            Capability.REGISTER_CIVIL_STATUS_ACT, Capability.READ_CIVIL_STATUS_ACT);

    static {
        GRANTS.put(Capability.DRAFT_CIVIL_STATUS_ACT, List.of(Roles.CLERK, Roles.CIVIL_REGISTRAR));
        GRANTS.put(Capability.REGISTER_CIVIL_STATUS_ACT, List.of(Roles.CIVIL_REGISTRAR));
        GRANTS.put(Capability.READ_CIVIL_STATUS_ACT, List.of(Roles.CLERK, Roles.CIVIL_REGISTRAR));
    }
    // --- end civil status ---

    // --- criminalrecords (issue 6) ---
    // Conviction data are personal data: a purpose is required and every view is protocol-logged by the module.
    // The training module's AccessPolicy decides whether the role is effective (confidentiality declaration).
    private static final Set<Capability> CRIMINAL_RECORDS_PERSONAL_DATA = Set.of(
            Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, Capability.READ_CRIMINAL_RECORD);

    static {
        GRANTS.put(Capability.IMPORT_CONVICTIONS, List.of(Roles.CRIMINAL_REGISTER));
        GRANTS.put(Capability.REQUEST_CRIMINAL_RECORD_EXTRACT, List.of(Roles.CLERK, Roles.CRIMINAL_RECORDS_CLERK));
        GRANTS.put(Capability.READ_CRIMINAL_RECORD, List.of(Roles.CRIMINAL_RECORDS_CLERK));
    }
    // --- end criminalrecords ---
    // --- elections (issue 7) ---
    // The election officer (verkiezingsambtenaar) sets elections up and reads the voter lists; every voter-list read
    // states a purpose (the commands name their election as purpose in the protocol log themselves).
    private static final Set<Capability> ELECTIONS_PERSONAL_DATA = Set.of(Capability.READ_VOTER_LIST,
            Capability.READ_VOTER_STATUS);

    static {
        GRANTS.put(Capability.MANAGE_ELECTIONS, List.of(Roles.ELECTION_OFFICER));
        GRANTS.put(Capability.READ_VOTER_LIST, List.of(Roles.ELECTION_OFFICER));
        GRANTS.put(Capability.READ_VOTER_STATUS, List.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.ELECTION_OFFICER));
    }
    // --- end elections ---
    // --- training (issue 5) ---
    // Every staff role reads its own training record (also while blocked, to see what is missing); the training
    // coordinator runs the catalogue, sessions, attendance, requirements, briefings and the dashboard; exemptions
    // are the administrator's. Staff data, no citizens' personal data: no purpose needed.
    static {
        GRANTS.put(Capability.MANAGE_TRAINING, List.of(Roles.TRAINING_COORDINATOR));
        GRANTS.put(Capability.READ_OWN_TRAINING, List.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.CIVIL_REGISTRAR,
                Roles.CRIMINAL_RECORDS_CLERK, Roles.ELECTION_OFFICER, Roles.TRAINING_COORDINATOR, Roles.AUDITOR,
                Roles.ADMINISTRATOR));
        GRANTS.put(Capability.GRANT_EXEMPTION, List.of(Roles.ADMINISTRATOR));
        GRANTS.put(Capability.MANAGE_TRAINING_REQUIREMENTS, List.of(Roles.TRAINING_COORDINATOR, Roles.ADMINISTRATOR));
    }
    // --- end training ---
    // --- integrators and transparency (issue 9) ---
    static {
        GRANTS.put(Capability.MANAGE_INTEGRATORS, List.of(Roles.ADMINISTRATOR));
        GRANTS.put(Capability.SUBSCRIBE_MUTATIONS, List.of(Roles.INTEGRATOR));
        GRANTS.put(Capability.READ_ACCESS_HISTORY, List.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.INTEGRATOR));
        GRANTS.put(Capability.READ_MISUSE_SIGNALS, List.of(Roles.AUDITOR));
    }
    private static final Set<Capability> INTEGRATION_PERSONAL_DATA = Set.of(Capability.SUBSCRIBE_MUTATIONS,
            Capability.READ_ACCESS_HISTORY);
    // --- end integrators ---
    // --- integrators, second part (issue 9): authorised bodies read registered civil-status acts through the
    // act and act-index reads that declare their fields (IntegratorActFields); the information types of their
    // authorisations decide what they get. Other civil-status reads stay closed by IntegratorReadGate.
    static {
        GRANTS.put(Capability.READ_CIVIL_STATUS_ACT, List.of(Roles.CLERK, Roles.CIVIL_REGISTRAR, Roles.INTEGRATOR));
    }
    // --- end integrators, second part ---

    // --- frontoffice (issue 8) ---
    // Requests, appointments and the citizen file name persons: a purpose is required. The e-counter and the city's
    // site are integrators acting for a citizen they authenticated; the catalogue is data edited by officers.
    private static final Set<Capability> FRONT_OFFICE_PERSONAL_DATA = Set.of(Capability.HANDLE_SERVICE_REQUEST,
            Capability.E_COUNTER, Capability.BOOK_APPOINTMENT);

    static {
        GRANTS.put(Capability.MANAGE_SERVICE_CATALOGUE, List.of(Roles.ADMINISTRATOR, Roles.POPULATION_OFFICER));
        GRANTS.put(Capability.HANDLE_SERVICE_REQUEST, List.of(Roles.CLERK, Roles.POPULATION_OFFICER,
                Roles.CIVIL_REGISTRAR, Roles.CRIMINAL_RECORDS_CLERK));
        // not every integrator: only a client the administrator authorised for the e-counter service (registry)
        GRANTS.put(Capability.E_COUNTER, List.of(Roles.E_COUNTER));
        GRANTS.put(Capability.BOOK_APPOINTMENT, List.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.CIVIL_REGISTRAR,
                Roles.CRIMINAL_RECORDS_CLERK, Roles.E_COUNTER));
        GRANTS.put(Capability.READ_SERVICE_QUALITY, List.of(Roles.POPULATION_OFFICER, Roles.ADMINISTRATOR,
                Roles.AUDITOR, Roles.CLERK));
    }
    // --- end frontoffice ---

    // --- population street list (issue 3, task L) ---
    static {
        GRANTS.put(Capability.MANAGE_STREET_LIST, List.of(Roles.ADMINISTRATOR, Roles.POPULATION_OFFICER));
    }
    // --- end population street list ---

    // --- population certificates (issue 3, task C): not every document issuer issues population certificates ---
    static {
        GRANTS.put(Capability.ISSUE_POPULATION_CERTIFICATE, List.of(Roles.CLERK, Roles.POPULATION_OFFICER));
    }
    // --- end population certificates ---

    // --- population (issue 3, task M) ---
    // The police residence check is the police's (an API client the administrator authorised for the police
    // service) or the population officer's (a paper report); not every integrator. A change of address is declared
    // at the counter or by the city's e-counter (authorised for the e-counter service), not by any integrator.
    static {
        GRANTS.put(Capability.RECORD_RESIDENCE_CHECK, List.of(Roles.POLICE, Roles.POPULATION_OFFICER));
        GRANTS.put(Capability.DECLARE_ADDRESS_CHANGE, List.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.E_COUNTER));
    }
    // --- end population (issue 3, task M) ---

    @Inject
    SecurityContext securityContext;
    @Inject
    Instance<AccessPolicy> policies;

    @Override
    public Actor currentActor() {
        Actor system = SystemActor.current();
        if (system != null) {
            return system;
        }
        Principal principal = null;
        try {
            principal = securityContext.getCallerPrincipal();
        } catch (RuntimeException outsideRequest) {
            // no security context on this thread: nobody is authenticated
        }
        if (principal == null) {
            return new Actor("anonymous", ActorKind.STAFF, Set.of());
        }
        Set<String> roles = new HashSet<>();
        for (String role : Roles.ALL) {
            if (securityContext.isCallerInRole(role)) {
                roles.add(role);
            }
        }
        ActorKind kind = roles.contains(Roles.INTEGRATOR) ? ActorKind.INTEGRATOR : ActorKind.STAFF;
        return new Actor(principal.getName(), kind, roles);
    }

    @Override
    public Actor require(Capability capability, AccessContext context) {
        if (PERSONAL_DATA.contains(capability) || CIVIL_STATUS_PERSONAL_DATA.contains(capability)
                || CRIMINAL_RECORDS_PERSONAL_DATA.contains(capability)
                || ELECTIONS_PERSONAL_DATA.contains(capability)
                || INTEGRATION_PERSONAL_DATA.contains(capability)
                || FRONT_OFFICE_PERSONAL_DATA.contains(capability) /* frontoffice (issue 8) */) {
            validatePurpose(context);
        }
        Actor actor = currentActor();
        Optional<AccessPolicy.Denial> denial = evaluate(actor, capability);
        if (denial.isPresent()) {
            throw new AccessDeniedException(denial.get().message(), denial.get().missing());
        }
        return actor;
    }

    @Override
    public boolean allows(Capability capability) {
        return evaluate(currentActor(), capability).isEmpty();
    }

    @Override
    public <T> T asSystem(java.util.function.Supplier<T> work) {
        return SystemActor.call(work);
    }

    private Optional<AccessPolicy.Denial> evaluate(Actor actor, Capability capability) {
        if (actor.kind() == ActorKind.SYSTEM) {
            return Optional.empty();
        }
        List<String> allowed = GRANTS.getOrDefault(capability, List.of());
        if (!actor.hasAnyRole(allowed)) {
            return Optional.of(new AccessPolicy.Denial(
                    "your roles do not allow " + capability.name().toLowerCase().replace('_', ' ')
                            + "; one of these roles is needed: " + String.join(", ", allowed),
                    allowed.stream().map(r -> "role:" + r).toList()));
        }
        // --- training (issue 5): the policies see which of the actor's roles grant the capability ---
        Set<String> granting = Set.copyOf(allowed.stream().filter(actor::hasRole).toList());
        // --- end training ---
        for (AccessPolicy policy : policies) {
            Optional<AccessPolicy.Denial> d = policy.evaluate(actor, capability, granting);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    static void validatePurpose(AccessContext context) {
        String purpose = context == null ? null : context.purpose();
        if (purpose == null || purpose.isBlank()) {
            throw new ValidationException("purpose", "required",
                    "state the purpose (legal basis or file) for reading or changing personal data");
        }
        int length = purpose.strip().length();
        if (length < AccessContext.MIN_PURPOSE || length > AccessContext.MAX_PURPOSE) {
            throw new ValidationException("purpose", "length", "the purpose must be "
                    + AccessContext.MIN_PURPOSE + " to " + AccessContext.MAX_PURPOSE + " characters",
                    AccessContext.MIN_PURPOSE, AccessContext.MAX_PURPOSE);
        }
    }
}
