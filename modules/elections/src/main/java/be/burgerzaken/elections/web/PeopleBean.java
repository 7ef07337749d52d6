package be.burgerzaken.elections.web;

import be.burgerzaken.elections.api.DesignationInput;
import be.burgerzaken.elections.api.DesignationView;
import be.burgerzaken.elections.api.ElectionView;
import be.burgerzaken.elections.api.ImpedimentInput;
import be.burgerzaken.elections.api.NonBelgianRequestInput;
import be.burgerzaken.elections.api.NonBelgianRequestView;
import be.burgerzaken.elections.api.PollWorkerView;
import be.burgerzaken.elections.api.ProxyInput;
import be.burgerzaken.elections.api.ProxyView;
import be.burgerzaken.elections.api.ProxyWithdrawalInput;
import be.burgerzaken.elections.api.VoterView;
import be.burgerzaken.elections.application.ElectionService;
import be.burgerzaken.elections.application.NonBelgianService;
import be.burgerzaken.elections.application.PollWorkerService;
import be.burgerzaken.elections.application.ProxyService;
import be.burgerzaken.elections.application.VoterListService;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people around an election's list (/elections/people.xhtml?id=): non-Belgian requests (intake by national
 * number, the college's decision with its letter), proxies (grantor and holder as "station/number" on the list, the
 * reason and its certificate, by station) and poll workers (designation per station and role with letter, impediment
 * or exemption, replacement). Reading the list needs the purpose stated in this session.
 */
@Named
@ViewScoped
public class PeopleBean implements Serializable {
    private String id;
    // --- frontoffice (issue 8): opened from the 360° citizen file with the person preselected (?person=) ---
    private String person;
    private ElectionView election;
    private String purpose;
    private List<NonBelgianRequestView> requests = List.of();
    private List<ProxyView> proxies = List.of();
    private List<DesignationView> designations = List.of();
    private List<PollWorkerView> pool = List.of();
    private List<String[]> reasons = List.of();
    // request intake
    private String nationalNumber;
    private String citizenship = "EU";
    private LocalDate requestedOn;
    private LocalDate residenceSince;
    private boolean declarationSigned;
    // decision
    private String decisionFor;
    private String decision = "APPROVED";
    private String decisionReason;
    // proxy
    private String grantor;
    private String holder;
    private String reason;
    private String certificate;
    // proxy withdrawal
    private String withdrawalFor;
    private String withdrawalReason;
    // designation
    private String worker;
    private Integer station;
    private String role = "ASSESSOR";
    // impediment and replacement
    private String impededFor;
    private String impediment;
    private LocalDate receivedOn;
    private boolean exemption;
    private String replacement;

    @Inject
    ElectionService elections;
    @Inject
    NonBelgianService nonBelgians;
    @Inject
    ProxyService proxyService;
    @Inject
    PollWorkerService workers;
    @Inject
    VoterListService lists;
    @Inject
    ElectionPurposes purposes;

    public void load() {
        if (election != null) {
            return;
        }
        try {
            election = elections.get(UUID.fromString(id), AccessContext.ui(null));
            purpose = purposes.get();
            reasons = proxyService.reasonRows(uuid());
            pool = workers.pool(AccessContext.ui(null));
            designations = workers.designations(uuid(), null, AccessContext.ui(null));
            if (person != null && !person.isBlank() && nationalNumber == null) {
                nationalNumber = nonBelgians.nationalNumberOf(uuid(), UUID.fromString(person.strip()),
                        AccessContext.ui(null));
            }
            if (purpose != null) {
                show();
            }
        } catch (IllegalArgumentException e) {
            ElectionsFaces.show(new ValidationException("id", "invalid", "no election " + id), Map.of());
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of());
        }
    }

    /** Reads the requests and proxies with the purpose. */
    public void show() {
        try {
            requests = nonBelgians.list(uuid(), AccessContext.ui(purpose));
            proxies = election.listGenerated() ? proxyService.list(uuid(), null, AccessContext.ui(purpose)) : List.of();
            purposes.set(purpose);
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("purpose", "reading:purpose"));
        }
    }

    public void request() {
        try {
            UUID person = nonBelgians.personByNationalNumber(nationalNumber, AccessContext.ui(null));
            nonBelgians.request(uuid(), new NonBelgianRequestInput(person.toString(), citizenship, requestedOn,
                    residenceSince, declarationSigned), AccessContext.ui(null));
            ElectionsFaces.info("requests.recorded");
            nationalNumber = null;
            residenceSince = null;
            declarationSigned = false;
            requests = nonBelgians.list(uuid(), AccessContext.ui(purposeOrDefault()));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("nationalNumber", "request:nationalNumber", "personId", "request:nationalNumber",
                    "citizenship", "request:citizenship", "requestedOn", "request:requestedOn", "residenceSince",
                    "request:residenceSince", "declarationSigned", "request:declaration"));
        }
    }

    public void chooseDecision(NonBelgianRequestView r) {
        decisionFor = r.id();
        decision = "APPROVED";
        decisionReason = null;
    }

    public void decide() {
        try {
            NonBelgianRequestView r = requests.stream().filter(x -> x.id().equals(decisionFor)).findFirst().orElseThrow();
            nonBelgians.decide(uuid(), UUID.fromString(decisionFor), decision, decisionReason, r.version(),
                    AccessContext.ui(null));
            decisionFor = null;
            ElectionsFaces.info("requests.decided");
            requests = nonBelgians.list(uuid(), AccessContext.ui(purposeOrDefault()));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("decision", "decision:decision", "reason", "decision:reason"));
        }
    }

    public void registerProxy() {
        try {
            String g = person(grantor, "grantorId");
            String h = person(holder, "holderId");
            proxyService.register(uuid(), new ProxyInput(g, h, reason, certificate), AccessContext.ui(purpose));
            ElectionsFaces.info("proxies.registered");
            grantor = null;
            holder = null;
            proxies = proxyService.list(uuid(), null, AccessContext.ui(purpose));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("grantorId", "proxy:grantor", "holderId", "proxy:holder", "reason",
                    "proxy:reason", "certificate", "proxy:certificate", "purpose", "reading:purpose"));
        }
    }

    public void chooseWithdrawal(ProxyView p) {
        withdrawalFor = p.id();
        withdrawalReason = null;
    }

    /** Withdraws the chosen proxy with its reason (the version read with the list; a stale one is refused). */
    public void withdraw() {
        try {
            ProxyView p = getWithdrawn();
            if (p == null) {
                throw new ValidationException("reason", "unknown", ElectionsFaces.text("proxies.gone"));
            }
            proxyService.withdraw(uuid(), UUID.fromString(p.id()), new ProxyWithdrawalInput(withdrawalReason),
                    p.version(), AccessContext.ui(purpose));
            ElectionsFaces.info("proxies.withdrawn");
            withdrawalFor = null;
            withdrawalReason = null;
            proxies = proxyService.list(uuid(), null, AccessContext.ui(purpose));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("reason", "withdrawal:reason", "purpose", "reading:purpose"));
        }
    }

    public ProxyView getWithdrawn() {
        return withdrawalFor == null ? null : proxies.stream().filter(p -> p.id().equals(withdrawalFor)).findFirst()
                .orElse(null);
    }

    /** "station/number" on the list -> the voter's person id (400 naming the field otherwise). */
    private String person(String ref, String field) {
        String[] parts = ref == null ? new String[0] : ref.strip().split("\\s*/\\s*");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            VoterView v = lists.voterByNumber(uuid(), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    AccessContext.ui(purpose));
            return v.personId();
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "invalid", ElectionsFaces.text("proxies.refHint"));
        } catch (DomainException e) {
            throw new ValidationException(field, "not-on-list", e.getMessage());
        }
    }

    public void designate() {
        try {
            workers.designate(uuid(), new DesignationInput(worker, station, role), AccessContext.ui(null));
            ElectionsFaces.info("workers.designated");
            designations = workers.designations(uuid(), null, AccessContext.ui(null));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("workerId", "designate:worker", "stationNumber", "designate:station", "role",
                    "designate:role"));
        }
    }

    public void chooseImpediment(DesignationView d) {
        impededFor = d.id();
        impediment = null;
        receivedOn = null;
        exemption = false;
        replacement = null;
    }

    public void impede() {
        try {
            DesignationView d = designation(impededFor);
            workers.impediment(uuid(), UUID.fromString(impededFor), new ImpedimentInput(impediment, receivedOn,
                    exemption), d.version(), AccessContext.ui(null));
            ElectionsFaces.info("workers.impeded");
            designations = workers.designations(uuid(), null, AccessContext.ui(null));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("reason", "impediment:reason", "receivedOn", "impediment:receivedOn",
                    "exemption", "impediment:exemption"));
        }
    }

    public void replace() {
        try {
            workers.replace(uuid(), UUID.fromString(impededFor), replacement, AccessContext.ui(null));
            impededFor = null;
            ElectionsFaces.info("workers.replaced");
            designations = workers.designations(uuid(), null, AccessContext.ui(null));
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("workerId", "impediment:replacement", "role", "impediment:replacement"));
        }
    }

    public DesignationView getImpeded() {
        return impededFor == null ? null : designation(impededFor);
    }

    private DesignationView designation(String designationId) {
        return designations.stream().filter(d -> d.id().equals(designationId)).findFirst().orElseThrow();
    }

    private String purposeOrDefault() {
        return purpose != null ? purpose : "non-Belgian voter requests " + election.name();
    }

    private UUID uuid() {
        return UUID.fromString(id);
    }

    public List<String> getRoles() { return List.of("CHAIR", "SECRETARY", "ASSESSOR", "EXTRA_ASSESSOR", "ASSISTANT_SECRETARY"); }
    public String getPerson() { return person; }
    public void setPerson(String v) { person = v; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ElectionView getElection() { return election; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public List<NonBelgianRequestView> getRequests() { return requests; }
    public List<ProxyView> getProxies() { return proxies; }
    public List<DesignationView> getDesignations() { return designations; }
    public List<PollWorkerView> getPool() { return pool; }
    public List<String[]> getReasons() { return reasons; }
    public String getNationalNumber() { return nationalNumber; }
    public void setNationalNumber(String v) { this.nationalNumber = v; }
    public String getCitizenship() { return citizenship; }
    public void setCitizenship(String v) { this.citizenship = v; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public void setRequestedOn(LocalDate v) { this.requestedOn = v; }
    public LocalDate getResidenceSince() { return residenceSince; }
    public void setResidenceSince(LocalDate v) { this.residenceSince = v; }
    public boolean isDeclarationSigned() { return declarationSigned; }
    public void setDeclarationSigned(boolean v) { this.declarationSigned = v; }
    public String getDecisionFor() { return decisionFor; }
    public String getDecision() { return decision; }
    public void setDecision(String v) { this.decision = v; }
    public String getDecisionReason() { return decisionReason; }
    public void setDecisionReason(String v) { this.decisionReason = v; }
    public String getGrantor() { return grantor; }
    public void setGrantor(String v) { this.grantor = v; }
    public String getHolder() { return holder; }
    public void setHolder(String v) { this.holder = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
    public String getCertificate() { return certificate; }
    public void setCertificate(String v) { this.certificate = v; }
    public String getWithdrawalFor() { return withdrawalFor; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String v) { this.withdrawalReason = v; }
    public String getWorker() { return worker; }
    public void setWorker(String v) { this.worker = v; }
    public Integer getStation() { return station; }
    public void setStation(Integer v) { this.station = v; }
    public String getRole() { return role; }
    public void setRole(String v) { this.role = v; }
    public String getImpededFor() { return impededFor; }
    public String getImpediment() { return impediment; }
    public void setImpediment(String v) { this.impediment = v; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate v) { this.receivedOn = v; }
    public boolean isExemption() { return exemption; }
    public void setExemption(boolean v) { this.exemption = v; }
    public String getReplacement() { return replacement; }
    public void setReplacement(String v) { this.replacement = v; }
}
