package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.population.api.HouseholdWithoutReference;
import be.burgerzaken.population.api.OverdueAbsence;
import be.burgerzaken.population.api.RegisterWorkLists;
import be.burgerzaken.population.api.RemovalStage;
import be.burgerzaken.population.api.RemovalWorkItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The population officer's work lists (/population/work-lists.xhtml, issue 3): the ex-officio removals of one stage
 * (the college's agenda: AWAITING_DECISION), households left without a reference person, temporary absences past
 * their planned end; the first {@value #SIZE} of each with the total. The purpose is asked with the search.
 */
@Named
@ViewScoped
public class RegisterWorkListBean implements Serializable {
    static final int SIZE = 50;
    private static final Map<String, String> FIELDS = Map.of("purpose", "lists:purpose", "status", "lists:stage");

    private String purpose;
    private String stage = RemovalStage.AWAITING_DECISION.name();
    private Page<RemovalWorkItem> removals;
    private Page<HouseholdWithoutReference> households;
    private Page<OverdueAbsence> absences;
    private Page<be.burgerzaken.population.api.HostGoneReferenceAddress> hostGone;
    private final PersonNames names = new PersonNames();

    @Inject
    RegisterWorkLists lists;
    @Inject
    be.burgerzaken.kernel.api.person.PersonDirectory directory;

    public void search() {
        try {
            AccessContext context = AccessContext.ui(purpose);
            removals = lists.removalProposals(stage == null || stage.isBlank() ? null : RemovalStage.valueOf(stage), 0,
                    SIZE, context);
            households = lists.householdsWithoutReferencePerson(0, SIZE, context);
            absences = lists.overdueAbsences(0, SIZE, context);
            hostGone = lists.hostGoneReferenceAddresses(0, SIZE, context);
        } catch (DomainException e) {
            removals = null;
            households = null;
            absences = null;
            FacesProblems.show(e, FIELDS);
        }
    }

    /** "Family name, given names" of a person on the lists. */
    public String name(java.util.UUID personId) {
        return names.name(personId, directory, purpose);
    }

    public boolean isSearched() {
        return removals != null;
    }

    public List<RemovalStage> getStages() {
        return List.of(RemovalStage.values());
    }

    public Page<RemovalWorkItem> getRemovals() {
        return removals;
    }

    public Page<HouseholdWithoutReference> getHouseholds() {
        return households;
    }

    public Page<be.burgerzaken.population.api.HostGoneReferenceAddress> getHostGone() {
        return hostGone;
    }

    public Page<OverdueAbsence> getAbsences() {
        return absences;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }
}
