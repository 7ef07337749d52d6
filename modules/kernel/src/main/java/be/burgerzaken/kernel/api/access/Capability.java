package be.burgerzaken.kernel.api.access;

/** Things a caller may be allowed to do; {@link AccessControl} maps roles to capabilities. */
public enum Capability {
    READ_PERSON,
    SEARCH_PERSON,
    WRITE_PERSON,
    /** Take applications for identity documents and record their production, delivery, loss (counter work). */
    MANAGE_IDENTITY_DOCUMENTS,
    VALIDATE_NATIONAL_NUMBER,
    READ_PROTOCOL_LOG,
    VERIFY_PROTOCOL_LOG,
    MANAGE_USERS,
    /** Issue a document (attest, getuigschrift / certificat) through the kernel's document service. */
    ISSUE_DOCUMENT,
    /** Read an issued document and the register of issued documents. */
    READ_DOCUMENT,
    /** Revoke (intrekken / révoquer) an issued document. */
    REVOKE_DOCUMENT,
    /** Take a change-of-address declaration (aangifte van adreswijziging / déclaration de changement d'adresse). */
    DECLARE_ADDRESS_CHANGE,
    /** Decide a change of address: approve or refuse with a motivation (population officer). */
    DECIDE_ADDRESS_CHANGE,
    /** Read pending police residence checks and record their outcome (woonstvaststelling / enquête de résidence). */
    RECORD_RESIDENCE_CHECK,
    /**
     * Run one of the application's scheduled jobs on demand (administrator), e.g. the daily expiry of identity
     * documents; the job itself then works as the system actor.
     */
    RUN_SCHEDULED_JOB,

    // --- population quality signals and statistics ---
    /**
     * Edit the population's quality rules (kwaliteitsregels / règles de qualité), load housing units and run the
     * rules on demand (population officer, administrator). No personal data.
     */
    MANAGE_QUALITY_RULES,
    /** Read and review quality signals, which name persons at their main residence (clerk, population officer). */
    REVIEW_QUALITY_SIGNALS,
    /** Read aggregate population statistics (bevolkingsstatistiek / statistiques de population); no personal data. */
    READ_POPULATION_STATISTICS,

    // --- civil status (issue 4) ---
    /**
     * Draw up civil-status acts: create and change drafts, submit them for signature, take them back, abandon
     * them, attach documents, draft amended acts (ontwerpakte opmaken / préparer un acte).
     */
    DRAFT_CIVIL_STATUS_ACT,
    /** Sign and register a civil-status act, which allocates its number (civil registrar only). */
    REGISTER_CIVIL_STATUS_ACT,
    /** Read civil-status acts, their attachments and the act index (klapper / table des actes). */
    READ_CIVIL_STATUS_ACT,

    // --- criminalrecords (issue 6) ---
    /** Import convictions from the Central Criminal Register (the register's API client only). */
    IMPORT_CONVICTIONS,
    /**
     * Take a request for an extract from the criminal record (uittreksel uit het strafregister / extrait de casier
     * judiciaire), follow its status, preview what appears on it and issue it (clerk, criminal-records clerk).
     */
    REQUEST_CRIMINAL_RECORD_EXTRACT,
    /** Read a person's full criminal record, convictions that do not appear on any extract included. */
    READ_CRIMINAL_RECORD,
    // --- elections (issue 7) ---
    /**
     * Set up elections (verkiezingen / élections), polling stations, poll workers, proxies and non-Belgian voter
     * requests, generate voter lists and produce convocation letters (election officer).
     */
    MANAGE_ELECTIONS,
    /**
     * Read a voter list (kiezerslijst / liste des électeurs) or one voter on it: personal data, with a purpose; a
     * whole generated list is logged as one entry naming the election. Also the bulk read of the residents on a
     * reference date that the list is generated from.
     */
    READ_VOTER_LIST,
    /**
     * Read one person's voter status (kiezersstatus / statut d'électeur: on the list or not and why, station, letter,
     * proxies) in the 360° citizen file or over REST: the counter answers "where do I vote?" without the voter list.
     */
    READ_VOTER_STATUS,
    // --- training (issue 5) ---
    /**
     * Run staff training (opleiding / formation): the course catalogue, sessions, enrolments and attendance,
     * declarations, legal change briefings and the compliance dashboard (training coordinator).
     */
    MANAGE_TRAINING,
    /** Edit the training requirements per role (opleidingsvereisten / exigences de formation). */
    MANAGE_TRAINING_REQUIREMENTS,
    /** Read one's own training record, enrol, download one's certificates (every staff role, also when blocked). */
    READ_OWN_TRAINING,
    /** Grant a time-limited, documented exemption (vrijstelling / dispense) from a requirement (administrator). */
    GRANT_EXEMPTION,
    // --- integrators and transparency (issue 9) ---
    /** Manage the integrator registry: bodies, API clients, credentials, authorisations, dead letters (administrator). */
    MANAGE_INTEGRATORS,
    /** Subscribe to mutations of persons and read the notification feed (integrator). */
    SUBSCRIBE_MUTATIONS,
    /** Read who consulted or changed a person's data (clerk helping the citizen, the e-counter integrator). */
    READ_ACCESS_HISTORY,
    /** Read misuse signals computed from the protocol log (auditor). */
    READ_MISUSE_SIGNALS,

    // --- frontoffice (issue 8) ---
    /** Edit the service catalogue (dienstencatalogus / catalogue des services) and the counters' opening hours. */
    MANAGE_SERVICE_CATALOGUE,
    /**
     * Take, follow and close a citizen's service request (dienstaanvraag / demande de service) and open the 360° citizen
     * file (counter staff).
     */
    HANDLE_SERVICE_REQUEST,
    /**
     * Submit requests and book appointments for a citizen the e-counter (e-loket / guichet électronique) or the city's
     * site authenticated (integrator); the citizen's national number is asserted by the caller.
     */
    E_COUNTER,
    /** Book, cancel and mark appointments (afspraak / rendez-vous) at the counters. */
    BOOK_APPOINTMENT,
    /** Read the front office's quality figures (volumes, lead times, waits); aggregates, no personal data. */
    READ_SERVICE_QUALITY,
    // --- end frontoffice ---

    // --- population street list (issue 3, task L) ---
    /**
     * Import the municipality's street list (stratenlijst / liste des rues): add, rename and retire streets
     * (administrator, population officer). Reference data, no personal data.
     */
    MANAGE_STREET_LIST,
    // --- end population street list ---

    // --- population certificates (issue 3, task C) ---
    /**
     * Issue and list population certificates (attesten / certificats: register extract, main residence, household
     * composition, proof of life, nationality) and read their PDFs: the counter clerk and the population officer,
     * not every document issuer.
     */
    ISSUE_POPULATION_CERTIFICATE
    // --- end population certificates ---
}
