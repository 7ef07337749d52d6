package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.ActSearch;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActSummary;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.CivilStatusActs;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The act index (/civilstatus/acts.xhtml, klapper / table des actes): acts by a person's name (tolerant search in
 * the person register), type, status, date drawn up, act number and signing officer, paged; from a person's file
 * ({@code ?id=<personId>}) the acts naming that person, from an act ({@code ?number=}) the act with that number.
 */
@Named
@ViewScoped
public class ActIndexBean extends ActListing {
    static final Map<String, String> FIELDS = Map.of("purpose", "index:purpose", "familyName", "index:familyName",
            "givenNames", "index:givenNames", "type", "index:type", "status", "index:status", "from", "index:from",
            "to", "index:to", "number", "index:number", "officer", "index:officer", "personId", "index:familyName");

    private String id;
    private String purpose;
    private String familyName;
    private String givenNames;
    private String type;
    private String status;
    private String from;
    private String to;
    private String number;
    private String officer;

    @Inject
    CivilStatusActs acts;
    @Inject
    CivilStatusPurposes purposes;

    /** Page load: with a person or a number from the address and a known purpose, the result at once. */
    public void load() {
        if (isSearched() || purpose != null) {
            return;
        }
        purpose = person() != null ? purposes.forPerson(person()) : purposes.work();
        if (purpose == null && person() != null) {
            purpose = purposes.work();
        }
        if (purpose != null && (person() != null || number != null || type != null)) {
            search();
        }
    }

    public void find() {
        search();
        if (isSearched()) {
            purposes.work(purpose);
            if (person() != null) {
                purposes.forPerson(person(), purpose);
            }
        }
    }

    @Override
    protected Page<ActSummary> fetch(int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate f = date(from, "from", problems);
        LocalDate t = date(to, "to", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return acts.search(new ActSearch(person(), familyName, givenNames, blank(type) ? null : ActType.valueOf(type),
                blank(status) ? null : ActStatus.valueOf(status), f, t, blank(number) ? null : number.strip(),
                blank(officer) ? null : officer.strip(), page, size), AccessContext.ui(purpose));
    }

    @Override
    protected void show(DomainException e) {
        CivilStatusFaces.show(e, FIELDS::get);
    }

    /** Without the person of the address: the search by the typed criteria only. */
    public String allPersons() {
        return "/civilstatus/acts.xhtml?faces-redirect=true";
    }

    public UUID person() {
        try {
            return blank(id) ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<ActType> getTypes() {
        return List.of(ActType.values());
    }

    public List<ActStatus> getStatuses() {
        return List.of(ActStatus.values());
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "invalid", "'" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // getters and setters of the form
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { givenNames = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getNumber() { return number; }
    public void setNumber(String v) { number = v; }
    public String getOfficer() { return officer; }
    public void setOfficer(String v) { officer = v; }
}
