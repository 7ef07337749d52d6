package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.population.api.AddressChangeDecision;
import be.burgerzaken.population.api.AddressChangeStep;
import be.burgerzaken.population.api.AddressChangeView;
import be.burgerzaken.population.api.AddressChanges;
import be.burgerzaken.population.api.ResidenceCheck;
import be.burgerzaken.population.api.ResidenceCheckCorrection;
import be.burgerzaken.population.api.ResidenceCheckEntryView;
import be.burgerzaken.population.application.ResidentService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One change-of-address procedure: the declaration's facts, the deadlines, its history; for the population
 * officer the entry of a police residence check that came on paper (outcome, visit date, officer or report
 * reference, remarks) and the decision (approve, or refuse with a motivation). Every step is based on the version
 * the page was loaded with: when someone else changed the procedure meanwhile, nothing is stored and the page
 * says so (the typed input stays).
 */
@Named
@ViewScoped
public class AddressChangeDetailBean implements Serializable {
    private static final Map<String, String> CHECK_FIELDS = Map.of("purpose", "purposeForm:purpose",
            "outcome", "check:outcome", "visitDate", "check:visitDate", "remarks", "check:remarks",
            "reference", "check:reference");
    private static final Map<String, String> DECISION_FIELDS = Map.of("purpose", "purposeForm:purpose",
            "motivation", "decision:motivation", "decision", "decision:motivation",
            "provisionalReason", "decision:provisionalReason", "provisional", "decision:provisionalReason");

    private String change;
    private String purpose;
    private AddressChangeView view;
    /** The version the page shows; every step is based on it (optimistic locking). */
    private long version;
    private boolean stale;
    private String outcome = "POSITIVE";
    private String visitDate;
    private String reference;
    private String remarks;
    private String motivation;
    /** Why the registration is provisional (issue 3, task M: approve as provisional). */
    private String provisionalReason;
    private final PersonNames names = new PersonNames();

    @Inject
    AddressChanges addressChanges;
    @Inject
    PersonDirectory directory;
    @Inject
    AccessControl access;
    @Inject
    AddressChangePurposes purposes;

    /** Called on page load (f:viewAction): the purpose stated for this procedure (or the queue) in the session. */
    public void load() {
        UUID id = uuid();
        if (id == null || view != null) {
            return;
        }
        String known = purposes.forProcedure(id);
        if (known != null) {
            purpose = known;
            read(id);
        }
    }

    public void confirmPurpose() {
        UUID id = uuid();
        if (id != null && read(id)) {
            purposes.forProcedure(id, purpose.strip());
        }
    }

    /** Reads the procedure again (after a conflict, or to see a step taken elsewhere). */
    public void reload() {
        UUID id = uuid();
        if (id != null) {
            read(id);
        }
    }

    private boolean read(UUID id) {
        try {
            view = addressChanges.get(id, AccessContext.ui(purpose));
            checks = addressChanges.checkHistory(id, AccessContext.ui(purpose)); // --- task E ---
            version = view.version();
            stale = false;
            return true;
        } catch (DomainException e) {
            view = null;
            FacesProblems.show(e, Map.of("purpose", "purposeForm:purpose"));
            return false;
        }
    }

    public void recordCheck() {
        try {
            view = addressChanges.recordCheck(view.id(), new ResidenceCheck(outcome,
                    ResidentService.date(visitDate, "visitDate"), remarks, reference), version, AccessContext.ui(purpose));
            version = view.version();
            done("detail.checkRecorded");
        } catch (DomainException e) {
            refused(e, CHECK_FIELDS);
        }
    }

    // --- population (issue 3, task E): correcting a police residence check posted by mistake ---
    private static final Map<String, String> CORRECTION_FIELDS = Map.of("purpose", "purposeForm:purpose",
            "outcome", "correction:outcome", "visitDate", "correction:visitDate", "remarks", "correction:remarks",
            "reference", "correction:reference", "reason", "correction:reason");
    private List<ResidenceCheckEntryView> checks = List.of();
    private String correctedOutcome;
    private String correctedVisitDate;
    private String correctedReference;
    private String correctedRemarks;
    private String correctionReason;

    public void correctCheck() {
        try {
            view = addressChanges.correctCheck(view.id(), new ResidenceCheckCorrection(correctedOutcome,
                    ResidentService.date(correctedVisitDate, "visitDate"), correctedRemarks, correctedReference,
                    correctionReason), version, AccessContext.ui(purpose));
            version = view.version();
            checks = addressChanges.checkHistory(view.id(), AccessContext.ui(purpose));
            correctedOutcome = null;
            correctedVisitDate = null;
            correctedReference = null;
            correctedRemarks = null;
            correctionReason = null;
            done("detail.checkCorrected");
        } catch (DomainException e) {
            refused(e, CORRECTION_FIELDS);
        }
    }

    /** A recorded check can be corrected until the decision (the service also applies the police's window). */
    public boolean isCorrectionAllowed() {
        return view != null && view.status() == be.burgerzaken.population.api.AddressChangeStatus.CHECKED
                && access.allows(Capability.RECORD_RESIDENCE_CHECK);
    }

    public List<ResidenceCheckEntryView> getChecks() { return checks; }
    public String getCorrectedOutcome() { return correctedOutcome; }
    public void setCorrectedOutcome(String v) { correctedOutcome = v; }
    public String getCorrectedVisitDate() { return correctedVisitDate; }
    public void setCorrectedVisitDate(String v) { correctedVisitDate = v; }
    public String getCorrectedReference() { return correctedReference; }
    public void setCorrectedReference(String v) { correctedReference = v; }
    public String getCorrectedRemarks() { return correctedRemarks; }
    public void setCorrectedRemarks(String v) { correctedRemarks = v; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String v) { correctionReason = v; }
    // --- end task E ---

    public void approve() {
        decide("APPROVE");
    }

    public void refuse() {
        decide("REFUSE");
    }

    /** Approves as a provisional registration with the reason typed (domain.md section 3). */
    public void approveProvisionally() {
        decide("APPROVE", true);
    }

    private void decide(String decision) {
        decide(decision, false);
    }

    private void decide(String decision, boolean provisional) {
        try {
            view = addressChanges.decide(view.id(), new AddressChangeDecision(decision, motivation,
                            provisional ? Boolean.TRUE : null, provisional ? provisionalReason : null), version,
                    AccessContext.ui(purpose));
            version = view.version();
            done("APPROVE".equals(decision) ? "detail.approved" : "detail.refused");
        } catch (DomainException e) {
            refused(e, DECISION_FIELDS);
        }
    }

    private void done(String key) {
        stale = false;
        String text = AddressChangeBean.text(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private void refused(DomainException e, Map<String, String> fields) {
        if (e instanceof ConflictException c && "stale-version".equals(c.type())) {
            stale = true;
            String text = AddressChangeBean.text("detail.stale");
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        FacesProblems.show(e, fields);
    }

    public boolean isCheckAllowed() {
        return view != null && view.allowedSteps().contains(AddressChangeStep.RECORD_CHECK)
                && access.allows(Capability.RECORD_RESIDENCE_CHECK);
    }

    public boolean isDecisionAllowed() {
        return view != null && (view.allowedSteps().contains(AddressChangeStep.APPROVE)
                || view.allowedSteps().contains(AddressChangeStep.REFUSE))
                && access.allows(Capability.DECIDE_ADDRESS_CHANGE);
    }

    public boolean isApproveAllowed() {
        return isDecisionAllowed() && view.allowedSteps().contains(AddressChangeStep.APPROVE);
    }

    public String name(UUID personId) {
        return names.name(personId, directory, purpose);
    }

    private UUID uuid() {
        return ViewParams.uuid(change);
    }

    public boolean isPurposeNeeded() {
        return view == null;
    }

    public List<String> getOutcomes() {
        return List.of("POSITIVE", "NEGATIVE");
    }

    // getters and setters
    public String getChange() { return change; }
    public void setChange(String v) { change = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public AddressChangeView getView() { return view; }
    public long getVersion() { return version; }
    public boolean isStale() { return stale; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getVisitDate() { return visitDate; }
    public void setVisitDate(String v) { visitDate = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String v) { remarks = v; }
    public String getProvisionalReason() { return provisionalReason; }
    public void setProvisionalReason(String v) { provisionalReason = v; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String v) { motivation = v; }
}
