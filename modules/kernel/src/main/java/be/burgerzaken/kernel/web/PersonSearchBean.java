package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.web.PagedSearch;
import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonSummary;
import be.burgerzaken.kernel.api.problem.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/** Person search screen: by national number or tolerant name, with a stated purpose. */
@Named
@ViewScoped
public class PersonSearchBean extends PagedSearch<PersonSummary> {
    private String nationalNumber;
    private String familyName;
    private String givenNames;
    private String birthDate;
    private String purpose;

    @Inject
    PersonDirectory directory;
    @Inject
    PurposeContext purposes;

    @PostConstruct
    void init() {
        purpose = purposes.searchPurpose();
    }

    @Override
    protected Page<PersonSummary> fetch(int page) {
        Page<PersonSummary> found = directory.search(new PersonSearch(nationalNumber, familyName, givenNames, birthDate,
                page, 20), AccessContext.ui(purpose));
        purposes.searchPurpose(purpose);
        return found;
    }

    @Override
    protected void show(DomainException e) {
        FacesProblems.show(e, Map.of("nationalNumber", "search:nationalNumber", "familyName", "search:familyName",
                "givenNames", "search:givenNames", "birthDate", "search:birthDate", "purpose", "search:purpose"));
    }

    /** 93.05.18-223.61 for display; the stored form is the 11 digits. */
    public String formatNumber(String digits) {
        return NationalNumberFormat.format(digits);
    }

    public String getNationalNumber() { return nationalNumber; }
    public void setNationalNumber(String v) { this.nationalNumber = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { this.familyName = v; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { this.givenNames = v; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String v) { this.birthDate = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { this.purpose = v; }
}
