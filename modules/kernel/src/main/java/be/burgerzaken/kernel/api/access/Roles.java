package be.burgerzaken.kernel.api.access;

import java.util.List;

/**
 * The staff and integrator roles. A role is granted to a user or API client; what it allows is decided by
 * {@link AccessControl} (and may depend on training requirements contributed by other modules).
 */
public final class Roles {
    /** Front-office clerk (baliemedewerker / agent d'accueil). */
    public static final String CLERK = "clerk";
    /** Population officer (ambtenaar bevolking / agent de la population). */
    public static final String POPULATION_OFFICER = "population-officer";
    /** Civil registrar (ambtenaar van de burgerlijke stand / officier de l'état civil). */
    public static final String CIVIL_REGISTRAR = "civil-registrar";
    /** Criminal-records clerk (medewerker strafregister / agent casier judiciaire). */
    public static final String CRIMINAL_RECORDS_CLERK = "criminal-records-clerk";
    /** Election officer (verkiezingsverantwoordelijke / responsable des élections). */
    public static final String ELECTION_OFFICER = "election-officer";
    /** Training coordinator (opleidingscoördinator / coordinateur de formation). */
    public static final String TRAINING_COORDINATOR = "training-coordinator";
    /** Auditor, e.g. the data protection officer (auditor, DPO / auditeur, DPD). */
    public static final String AUDITOR = "auditor";
    /** Application administrator (beheerder / administrateur). */
    public static final String ADMINISTRATOR = "administrator";
    /** An external system of another public body (integrator / intégrateur). */
    public static final String INTEGRATOR = "integrator";

    // --- criminalrecords (issue 6) ---
    /**
     * The Central Criminal Register (Centraal Strafregister / Casier judiciaire central) as an API client: imports
     * convictions of our residents. Always held together with {@link #INTEGRATOR} (every API client has it).
     */
    public static final String CRIMINAL_REGISTER = "criminal-register";
    // --- end criminalrecords ---

    // --- frontoffice (issue 8) ---
    /**
     * The city's e-counter and site (e-loket / guichet électronique) as an API client: takes service requests and
     * books appointments for the citizen it authenticated. An authorised service the administrator grants a client in
     * the integrator registry; always held together with {@link #INTEGRATOR}.
     */
    public static final String E_COUNTER = "e-counter";
    /** The roles (authorised services) the administrator may grant an API client in the integrator registry. */
    public static final List<String> CLIENT_SERVICES = List.of(CRIMINAL_REGISTER, E_COUNTER,
            // --- population (issue 3, task M) ---
            Roles.POLICE);
    // --- end frontoffice ---

    // --- population (issue 3, task M) ---
    /**
     * The local police (lokale politie / police locale) as an API client: receives the pending residence checks
     * (woonstvaststelling / enquête de résidence) with what it needs to go and look, and posts their outcome. An
     * authorised service the administrator grants a client in the integrator registry; always held together with
     * {@link #INTEGRATOR}.
     */
    public static final String POLICE = "police";
    // --- end population (issue 3, task M) ---

    public static final List<String> ALL = List.of(CLERK, POPULATION_OFFICER, CIVIL_REGISTRAR,
            CRIMINAL_RECORDS_CLERK, ELECTION_OFFICER, TRAINING_COORDINATOR, AUDITOR, ADMINISTRATOR, INTEGRATOR,
            // --- criminalrecords (issue 6) ---
            CRIMINAL_REGISTER,
            // --- frontoffice (issue 8) ---
            E_COUNTER,
            // --- population (issue 3, task M) ---
            POLICE);

    /** The roles of staff members (people who log in), not of API clients or their authorised services. */
    public static final List<String> STAFF = ALL.stream()
            .filter(r -> !r.equals(INTEGRATOR) && !CLIENT_SERVICES.contains(r)).toList();

    /** Roles whose holders work with persons' identity data. */
    public static final List<String> PERSON_READERS = List.of(CLERK, POPULATION_OFFICER, CIVIL_REGISTRAR,
            CRIMINAL_RECORDS_CLERK, ELECTION_OFFICER, INTEGRATOR);

    /** Roles that may record identity facts and corrections. */
    public static final List<String> PERSON_WRITERS = List.of(POPULATION_OFFICER, CIVIL_REGISTRAR);

    private Roles() {
    }
}
