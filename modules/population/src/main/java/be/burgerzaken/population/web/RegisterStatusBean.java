package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.population.api.AbsenceExtension;
import be.burgerzaken.population.api.AbsenceReason;
import be.burgerzaken.population.api.AbsenceReturn;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.api.EmigrationDeclaration;
import be.burgerzaken.population.api.EmigrationView;
import be.burgerzaken.population.api.HostConsent;
import be.burgerzaken.population.api.HouseholdChoice;
import be.burgerzaken.population.api.HouseholdEmigration;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.api.PoliceReport;
import be.burgerzaken.population.api.ReferenceAddressCategory;
import be.burgerzaken.population.api.ReferenceAddressEnd;
import be.burgerzaken.population.api.ReferenceAddressKind;
import be.burgerzaken.population.api.ReferenceAddressRequest;
import be.burgerzaken.population.api.ReferenceAddressView;
import be.burgerzaken.population.api.RegisterProcedures;
import be.burgerzaken.population.api.RegisterTransfer;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.RemovalCancellation;
import be.burgerzaken.population.api.RemovalDecision;
import be.burgerzaken.population.api.RemovalProposalRequest;
import be.burgerzaken.population.api.RemovalProposalView;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.Residents;
import be.burgerzaken.population.api.ReturnFromAbroad;
import be.burgerzaken.population.api.TemporaryAbsenceDeclaration;
import be.burgerzaken.population.api.TemporaryAbsenceView;
import be.burgerzaken.population.application.ResidentService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A resident's register status (/population/status.xhtml?id=): status, the current temporary absence, reference
 * address, removal proposal or residence abroad and their histories, with a form for each register procedure the
 * status allows (departure abroad, return, temporary absence and its extension and end, reference address and its
 * end, ex-officio removal: proposal, police report, decision, withdrawal). The facade decides; a refusal appears
 * next to its field and the typed input stays. The purpose is asked once per citizen and session.
 */
@Named
@ViewScoped
public class RegisterStatusBean extends PurposeGatedPersonPage {
    private ResidentFile file;
    private List<TemporaryAbsenceView> absences = List.of();
    private List<ReferenceAddressView> referenceAddresses = List.of();
    private List<EmigrationView> emigrations = List.of();
    private List<RemovalProposalView> removals = List.of();
    private final PersonNames names = new PersonNames();
    /** The last command was recorded (shown on the page, not as a global message). */
    private boolean saved;

    /** The forms' input, by form and field (e.g. "absence" / "plannedEnd"), kept as typed. */
    private final Map<String, String> emigration = new HashMap<>();
    private final Map<String, String> back = new HashMap<>();
    private final Map<String, String> absence = new HashMap<>();
    private final Map<String, String> extension = new HashMap<>();
    private final Map<String, String> absenceEnd = new HashMap<>();
    private final Map<String, String> reference = new HashMap<>();
    private final Map<String, String> referenceEnd = new HashMap<>();
    private final Map<String, String> proposal = new HashMap<>();
    private final Map<String, String> report = new HashMap<>();
    private final Map<String, String> decision = new HashMap<>();
    private final Map<String, String> cancellation = new HashMap<>();
    // --- registers (issue 3) ---
    private final Map<String, String> transfer = new HashMap<>();
    private final Map<String, String> referencePerson = new HashMap<>();
    private final Map<String, String> position = new HashMap<>();
    @Inject
    be.burgerzaken.population.api.HouseholdMaintenance households;
    @Inject
    be.burgerzaken.population.api.Streets streetList;
    /** Per form ("back", "referenceEnd"): the new household is a collective dwelling. */
    private final Map<String, Boolean> collective = new HashMap<>();

    @Inject
    Residents residents;
    @Inject
    RegisterProcedures procedures;
    @Inject
    PersonDirectory directory;
    @Inject
    AccessControl access;

    @Override
    protected boolean read(UUID uuid) {
        try {
            AccessContext context = context();
            file = residents.file(uuid, context);
            absences = procedures.absences(uuid, context);
            referenceAddresses = procedures.referenceAddresses(uuid, context);
            emigrations = procedures.emigrations(uuid, context);
            removals = procedures.removalProposals(uuid, context);
            return true;
        } catch (DomainException e) {
            file = null;
            FacesProblems.show(e, PURPOSE_FIELD);
            return false;
        }
    }

    // ------------------------------------------------------------------ the procedures

    public void emigrate() {
        // --- population (issue 3, task E): members ticked on the form leave with the person in one declaration ---
        if (!emigrationMembers.isEmpty() && file.household() != null) {
            run(emigration, "emigration", () -> {
                List<UUID> leaving = new java.util.ArrayList<>();
                leaving.add(person());
                for (String m : emigrationMembers) {
                    leaving.add(UUID.fromString(m));
                }
                procedures.emigrateHousehold(file.household().householdId(), new HouseholdEmigration(person(), leaving,
                        emigration.get("country"), emigration.get("foreignAddress"), date(emigration, "date", "date"),
                        optionalId(emigration, "newReferencePersonId"), basis(emigration)),
                        file.household().version(), context(), null);
                return null; // the file is read again after the command
            });
            if (saved) {
                emigrationMembers = new java.util.ArrayList<>();
            }
            return;
        }
        // --- end task E ---
        run(emigration, "emigration", () -> procedures.emigrate(person(), new EmigrationDeclaration(
                emigration.get("country"), emigration.get("foreignAddress"), date(emigration, "date", "date"),
                optionalId(emigration, "newReferencePersonId"), basis(emigration)), version(), context(), null));
    }

    // --- population (issue 3, task E) ---
    /** The other household members ticked to leave with the person (ids as submitted, kept on a refusal). */
    private List<String> emigrationMembers = new java.util.ArrayList<>();

    public List<String> getEmigrationMembers() {
        return emigrationMembers;
    }

    public void setEmigrationMembers(List<String> emigrationMembers) {
        this.emigrationMembers = emigrationMembers == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(emigrationMembers);
    }
    // --- end task E ---

    public void returnFromAbroad() {
        run(back, "back", () -> procedures.returnFromAbroad(person(), new ReturnFromAbroad(address(back),
                registerType(back.get("registerType")), date(back, "date", "date"), household(back, "back"),
                back.get("country"), basis(back)), version(), context(), null));
    }

    // --- households (issue 3): maintenance without a move ---
    public void changeReferencePerson() {
        run(referencePerson, "referencePerson", () -> {
            households.changeReferencePerson(file.household().householdId(),
                    new be.burgerzaken.population.api.ReferencePersonChange(optionalId(referencePerson,
                            "newReferencePersonId"), position(referencePerson.get("previousReferencePosition")),
                            date(referencePerson, "date", "date"), basis(referencePerson)),
                    file.household().version(), context(), null);
            return file;
        });
    }

    public void changePosition() {
        run(position, "memberPosition", () -> {
            households.changePosition(file.household().householdId(), optionalId(position, "personId"),
                    new be.burgerzaken.population.api.PositionChange(position(position.get("position")),
                            date(position, "date", "date")), file.household().version(), context(), null);
            return file;
        });
    }

    private static HouseholdPosition position(String value) {
        return value == null || value.isBlank() ? null : HouseholdPosition.valueOf(value);
    }

    /** The other current members of the person's household (pick list for a new reference person). */
    public List<UUID> getOtherMembers() {
        if (file == null || file.household() == null) {
            return List.of();
        }
        return file.household().members().stream().map(m -> m.personId()).filter(p -> !p.equals(file.personId()))
                .distinct().toList();
    }

    /** Every current member of the person's household (pick list for a position change). */
    public List<UUID> getMembers() {
        return file == null || file.household() == null ? List.of()
                : file.household().members().stream().map(m -> m.personId()).distinct().toList();
    }

    /** The configured maximum of extensions allows another one of the current absence. */
    public boolean isExtensionAllowed() {
        return file != null && file.temporaryAbsence() != null && file.temporaryAbsence().extensions()
                < be.burgerzaken.population.application.RegisterProcedureSettings.maxAbsenceExtensions(
                file.temporaryAbsence().validFrom());
    }

    /** Per form ("back", "referenceEnd"): the households living at the typed address today (id -> label). */
    private final Map<String, Map<String, String>> householdsAt = new HashMap<>();

    /**
     * The households at the address typed in the form, to join one of them instead of typing its id (as on the
     * change-of-address screen).
     */
    public void findHouseholds(String formId) {
        Map<String, String> form = "back".equals(formId) ? back : referenceEnd;
        Map<String, String> found = new java.util.LinkedHashMap<>();
        saved = false;
        try {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
            java.util.Set<UUID> covered = new java.util.HashSet<>();
            for (be.burgerzaken.population.api.Occupant o : residents.residentsAt(address(form), today, context())) {
                if (!covered.add(o.personId())) {
                    continue;
                }
                be.burgerzaken.population.api.HouseholdComposition h = residents.household(o.personId(), today,
                        context());
                if (h == null) {
                    continue;
                }
                h.members().forEach(m -> covered.add(m.personId()));
                String referencePerson = h.members().stream()
                        .filter(m -> m.position() == HouseholdPosition.REFERENCE_PERSON).findFirst()
                        .map(m -> name(m.personId())).orElse("—");
                found.put(h.householdId().toString(), referencePerson + " (" + h.members().size() + ")");
            }
        } catch (DomainException e) {
            FacesProblems.show(e, fields(formId));
        }
        householdsAt.put(formId, found);
    }

    public Map<String, Map<String, String>> getHouseholdsAt() {
        return householdsAt;
    }

    /** The households found for a form, as a list for f:selectItems. */
    public List<Map.Entry<String, String>> households(String formId) {
        return List.copyOf(householdsAt.getOrDefault(formId, Map.of()).entrySet());
    }

    /** Street autocomplete on the address fields (as on the change-of-address screen). */
    public List<String> completeStreet(String text) {
        return streetList.search(text, 15).stream().map(AddressChangeBean::label).toList();
    }

    // --- registers (issue 3, register transfer) ---
    public void transferRegister() {
        run(transfer, "transfer", () -> procedures.transferRegister(person(), new RegisterTransfer(
                registerType(transfer.get("registerType")), date(transfer, "date", "date"), basis(transfer)),
                version(), context(), null));
    }

    public void declareAbsence() {
        run(absence, "absence", () -> procedures.declareAbsence(person(), new TemporaryAbsenceDeclaration(
                absence.get("reason"), date(absence, "from", "from"), date(absence, "plannedEnd", "plannedEnd"),
                absence.get("remarks"), basis(absence)), version(), context(), null));
    }

    public void extendAbsence() {
        run(extension, "extension", () -> procedures.extendAbsence(person(), currentAbsenceId(),
                new AbsenceExtension(date(extension, "plannedEnd", "plannedEnd"), basis(extension)), version(),
                context(), null));
    }

    public void endAbsence() {
        run(absenceEnd, "absenceEnd", () -> procedures.endAbsence(person(), currentAbsenceId(),
                new AbsenceReturn(date(absenceEnd, "date", "date"), absenceEnd.get("remarks")), version(), context(),
                null));
    }

    public void assignReferenceAddress() {
        boolean host = ReferenceAddressKind.PRIVATE_HOST.name().equals(reference.get("kind"));
        boolean change = file.referenceAddress() != null; // issue 3: change the current one in one command
        ReferenceCommand command = change ? procedures::changeReferenceAddress : procedures::assignReferenceAddress;
        run(reference, "reference", () -> command.run(person(), new ReferenceAddressRequest(
                reference.get("category"), reference.get("kind"), host ? address(reference) : null,
                host ? hostId(reference.get("hostPersonId")) : null,
                host ? new HostConsent(date(reference, "consentDate", "hostConsent.date"), reference.get("consentRef"))
                        : null,
                date(reference, "date", "date"), date(reference, "plannedEnd", "plannedEnd"),
                optionalId(reference, "newReferencePersonId"), basis(reference)), version(), context(), null));
    }

    public void endReferenceAddress() {
        run(referenceEnd, "referenceEnd", () -> procedures.endReferenceAddress(person(), new ReferenceAddressEnd(
                date(referenceEnd, "date", "date"), address(referenceEnd), household(referenceEnd, "referenceEnd"), null,
                basis(referenceEnd)), version(), context(), null));
    }

    public void proposeRemoval() {
        run(proposal, "proposal", () -> procedures.proposeRemoval(person(), new RemovalProposalRequest(
                date(proposal, "absentSince", "absentSince"), new PoliceReport(proposal.get("reference"),
                date(proposal, "findingDate", "policeReport.findingDate")), proposal.get("remarks")), version(),
                context(), null));
    }

    public void recordPoliceReport() {
        run(report, "report", () -> procedures.recordPoliceReport(person(), openProposalId(),
                new PoliceReport(report.get("reference"), date(report, "findingDate", "findingDate")), version(),
                context(), null));
    }

    public void decideRemoval() {
        run(decision, "decision", () -> procedures.decideRemoval(person(), openProposalId(), new RemovalDecision(
                date(decision, "decisionDate", "decisionDate"), decision.get("decisionReference"),
                optionalId(decision, "newReferencePersonId")), version(), context(), null));
    }

    public void cancelRemoval() {
        run(cancellation, "cancellation", () -> procedures.cancelRemoval(person(), openProposalId(),
                new RemovalCancellation(cancellation.get("reason")), version(), context(), null));
    }

    @FunctionalInterface
    private interface ReferenceCommand {
        ResidentFile run(UUID personId, ReferenceAddressRequest request, Long expectedVersion, AccessContext context,
                         String idempotencyKey);
    }

    @FunctionalInterface
    private interface Command {
        ResidentFile run();
    }

    /** Runs the command; on success the page shows the new state and the form is emptied, else the problems. */
    private void run(Map<String, String> form, String formId, Command command) {
        saved = false;
        try {
            command.run();
            form.clear();
            collective.clear();
            read(person());
            saved = true;
        } catch (DomainException e) {
            FacesProblems.show(e, fields(formId));
        }
    }

    /** The inputs of each form (component ids inside the h:form of the same id). */
    static final Map<String, List<String>> FORM_FIELDS = Map.ofEntries(
            Map.entry("emigration", List.of("country", "foreignAddress", "date", "newReferencePersonId",
                    "basisReference", "members")), // task E: members who leave with the person
            Map.entry("back", List.of("streetCode", "houseNumber", "box", "registerType", "date", "country",
                    "householdId", "position", "basisReference")),
            Map.entry("absence", List.of("reason", "from", "plannedEnd", "remarks", "basisReference")),
            Map.entry("extension", List.of("plannedEnd", "basisReference")),
            Map.entry("absenceEnd", List.of("date", "remarks")),
            Map.entry("reference", List.of("category", "kind", "streetCode", "houseNumber", "box", "hostPersonId",
                    "consentDate", "consentRef", "date", "plannedEnd", "newReferencePersonId", "basisReference")),
            Map.entry("referenceEnd", List.of("date", "streetCode", "houseNumber", "box", "householdId", "position",
                    "basisReference")),
            Map.entry("proposal", List.of("absentSince", "reference", "findingDate", "remarks")),
            Map.entry("report", List.of("reference", "findingDate")),
            Map.entry("decision", List.of("decisionDate", "decisionReference", "newReferencePersonId")),
            Map.entry("cancellation", List.of("reason")),
            Map.entry("transfer", List.of("registerType", "date", "basisReference")), // --- registers (issue 3) ---
            Map.entry("referencePerson", List.of("newReferencePersonId", "previousReferencePosition", "date",
                    "basisReference")),
            Map.entry("memberPosition", List.of("personId", "position", "date")));

    /** Problem fields named differently from the input that shows them. */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("address", "streetCode"), Map.entry("address.streetCode", "streetCode"),
            Map.entry("address.houseNumber", "houseNumber"), Map.entry("address.box", "box"),
            Map.entry("address.postcode", "streetCode"), Map.entry("household.householdId", "householdId"),
            Map.entry("household.position", "position"), Map.entry("hostConsent", "consentDate"),
            Map.entry("hostConsent.date", "consentDate"), Map.entry("hostConsent.reference", "consentRef"),
            Map.entry("basis.kind", "basisReference"), Map.entry("basis.reference", "basisReference"),
            Map.entry("policeReport.reference", "reference"), Map.entry("policeReport.findingDate", "findingDate"),
            Map.entry("policeReport", "decisionDate"));

    /** The listed members whose problems are mapped to the member list (a household is never larger). */
    static final int MAX_MEMBER_PROBLEMS = 100;

    /** Where each field problem of a form's command is shown (problem field -> client id); others at the top. */
    static Map<String, String> fields(String form) {
        List<String> inputs = FORM_FIELDS.get(form);
        Map<String, String> m = new HashMap<>();
        for (String input : inputs) {
            m.put(input, form + ":" + input);
        }
        ALIASES.forEach((field, input) -> {
            if (inputs.contains(input)) {
                m.put(field, form + ":" + input);
            }
        });
        if (inputs.contains("members")) { // task E: a problem of one listed member is shown next to the list
            for (int i = 0; i < MAX_MEMBER_PROBLEMS; i++) {
                m.put("members[" + i + "]", form + ":members");
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ input conversion

    private UUID person() {
        return file.personId();
    }

    private Long version() {
        return file.version();
    }

    private UUID currentAbsenceId() {
        return file.temporaryAbsence() == null ? null : file.temporaryAbsence().id();
    }

    private UUID openProposalId() {
        return file.removalProposal() == null ? null : file.removalProposal().id();
    }

    private static LocalDate date(Map<String, String> form, String key, String field) {
        return ResidentService.date(form.get(key), field);
    }

    private static UUID optionalId(Map<String, String> form, String field) {
        String v = form.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(v.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "invalid", "'" + v + "' is not a person id");
        }
    }

    private static AddressInput address(Map<String, String> form) {
        return new AddressInput(streetCode(form.get("streetCode")), form.get("houseNumber"), form.get("box"), null);
    }

    /** A street picked from the autocomplete reads "Naamsestraat, 3000 Leuven (1020)"; a typed code stays as is. */
    static String streetCode(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        java.util.regex.Matcher picked = AddressChangeBean.PICKED.matcher(typed.strip());
        return picked.find() ? picked.group(1).strip() : typed.strip();
    }

    /** The host: a person id, or a national number looked up in the kernel (the lookup is protocol-logged there). */
    private UUID hostId(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String v = typed.strip();
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException notAnId) {
            try {
                return directory.getByNationalNumber(v, context()).id();
            } catch (be.burgerzaken.kernel.api.problem.NotFoundException e) {
                throw new ValidationException("hostPersonId", "unknown", e.getMessage());
            } catch (ValidationException e) {
                throw new ValidationException("hostPersonId", "invalid", "'" + v + "' is neither a national number "
                        + "nor a person id");
            }
        }
    }

    private HouseholdChoice household(Map<String, String> form, String formId) {
        UUID household = null;
        String h = form.get("householdId");
        if (h != null && !h.isBlank()) {
            try {
                household = UUID.fromString(h.strip());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("household.householdId", "invalid", "'" + h + "' is not a household id");
            }
        }
        String p = form.get("position");
        return new HouseholdChoice(household, p == null || p.isBlank() ? null : HouseholdPosition.valueOf(p),
                Boolean.TRUE.equals(collective.get(formId)));
    }

    private static RegisterType registerType(String value) {
        return value == null || value.isBlank() ? null : RegisterType.valueOf(value);
    }

    private static Basis basis(Map<String, String> form) {
        String reference = form.get("basisReference");
        return reference == null || reference.isBlank() ? null : new Basis(null, reference.strip(), null);
    }

    // ------------------------------------------------------------------ what the page shows

    /** "Family name, given names" of a person shown on the page; the id when the name cannot be read. */
    public String name(UUID personId) {
        return names.name(personId, directory, getPurpose());
    }

    public boolean isSaved() {
        return saved;
    }

    @Override
    public boolean isPurposeNeeded() {
        return file == null;
    }

    public boolean isMayChange() {
        return access.allows(Capability.WRITE_PERSON);
    }

    /** The police report of a removal: RECORD_RESIDENCE_CHECK (issue 3; the police integrator over REST). */
    public boolean isMayRecordPoliceReport() {
        return access.allows(Capability.RECORD_RESIDENCE_CHECK);
    }

    public boolean isMayDecide() {
        return access.allows(Capability.DECIDE_ADDRESS_CHANGE);
    }

    public boolean isRegistered() {
        return file != null && file.status().name().equals("REGISTERED");
    }

    public boolean isAway() {
        return file != null && (file.status().name().equals("EMIGRATED") || file.status().name().equals("REMOVED"));
    }

    public List<AbsenceReason> getReasons() {
        return List.of(AbsenceReason.values());
    }

    public List<ReferenceAddressCategory> getCategories() {
        return List.of(ReferenceAddressCategory.values());
    }

    public List<ReferenceAddressKind> getKinds() {
        return List.of(ReferenceAddressKind.values());
    }

    public List<RegisterType> getRegisterTypes() {
        return List.of(RegisterType.values());
    }

    public List<HouseholdPosition> getPositions() {
        return List.of(HouseholdPosition.values());
    }

    public ResidentFile getFile() {
        return file;
    }

    public List<TemporaryAbsenceView> getAbsences() {
        return absences;
    }

    public List<ReferenceAddressView> getReferenceAddresses() {
        return referenceAddresses;
    }

    public List<EmigrationView> getEmigrations() {
        return emigrations;
    }

    public List<RemovalProposalView> getRemovals() {
        return removals;
    }

    public Map<String, String> getEmigration() {
        return emigration;
    }

    public Map<String, String> getBack() {
        return back;
    }

    public Map<String, String> getAbsence() {
        return absence;
    }

    public Map<String, String> getExtension() {
        return extension;
    }

    public Map<String, String> getAbsenceEnd() {
        return absenceEnd;
    }

    public Map<String, String> getReference() {
        return reference;
    }

    public Map<String, String> getReferenceEnd() {
        return referenceEnd;
    }

    public Map<String, String> getProposal() {
        return proposal;
    }

    public Map<String, String> getReport() {
        return report;
    }

    public Map<String, String> getDecision() {
        return decision;
    }

    public Map<String, String> getCancellation() {
        return cancellation;
    }

    // --- registers (issue 3) ---
    public Map<String, String> getTransfer() {
        return transfer;
    }

    public Map<String, String> getReferencePerson() {
        return referencePerson;
    }

    public Map<String, String> getPosition() {
        return position;
    }

    public Map<String, Boolean> getCollective() {
        return collective;
    }

    /** The registers the person can be transferred to: every one but the current. */
    public List<RegisterType> getTransferTargets() {
        return file == null ? List.of() : java.util.Arrays.stream(RegisterType.values())
                .filter(t -> !t.name().equals(file.registerType().toString())).toList();
    }
}
