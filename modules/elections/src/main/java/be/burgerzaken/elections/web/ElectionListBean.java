package be.burgerzaken.elections.web;

import be.burgerzaken.elections.api.ElectionInput;
import be.burgerzaken.elections.api.ElectionType;
import be.burgerzaken.elections.api.ElectionView;
import be.burgerzaken.elections.application.ElectionService;
import be.burgerzaken.elections.domain.ElectionRule;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The elections (/elections/elections.xhtml): the existing elections, a new one (name, type, election day, optional
 * reference date, opening hours; refusals next to their field) and the dated rules per type it is governed by.
 */
@Named
@ViewScoped
public class ElectionListBean implements Serializable {
    private String name;
    private ElectionType type = ElectionType.MUNICIPAL;
    private LocalDate electionDay;
    private LocalDate referenceDate;
    private String openingHours = "08:00-13:00";
    private List<ElectionView> elections;
    private List<ElectionRule> rules;

    @Inject
    ElectionService service;

    public void load() {
        try {
            elections = service.list(AccessContext.ui(null));
            rules = service.rules();
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of());
        }
    }

    public String create() {
        try {
            ElectionView e = service.create(new ElectionInput(name, type, electionDay, referenceDate, openingHours),
                    AccessContext.ui(null));
            return "/elections/election.xhtml?faces-redirect=true&id=" + e.id();
        } catch (DomainException e) {
            ElectionsFaces.show(e, Map.of("name", "create:name", "type", "create:type", "electionDay",
                    "create:electionDay", "referenceDate", "create:referenceDate", "openingHours", "create:openingHours"));
            return null;
        }
    }

    public ElectionType[] getTypes() {
        return ElectionType.values();
    }

    public List<ElectionView> getElections() { return elections; }
    public List<ElectionRule> getRules() { return rules; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ElectionType getType() { return type; }
    public void setType(ElectionType type) { this.type = type; }
    public LocalDate getElectionDay() { return electionDay; }
    public void setElectionDay(LocalDate electionDay) { this.electionDay = electionDay; }
    public LocalDate getReferenceDate() { return referenceDate; }
    public void setReferenceDate(LocalDate referenceDate) { this.referenceDate = referenceDate; }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
}
