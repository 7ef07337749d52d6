package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.application.TransparencyService;
import be.burgerzaken.kernel.application.TransparencyService.AccessHistory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/**
 * "Who looked at my data" at the counter: the clerk helping a citizen enters the national number (or comes from
 * the person's file) and a purpose, and sees who consulted or changed the citizen's data.
 */
@Named
@ViewScoped
public class TransparencyBean implements Serializable {

    @Inject
    TransparencyService transparency;
    @Inject
    PurposeContext purposes;

    private String id;
    private String nationalNumber;
    private String purpose;
    private AccessHistory history;
    private int page;

    /** From the person's file: {@code ?id=<person>}, with the purpose already stated for that citizen. */
    public void init() {
        if (id != null && purpose == null) {
            try {
                purpose = purposes.forPerson(UUID.fromString(id));
            } catch (IllegalArgumentException ignored) {
                // not a person id: the clerk enters a national number
            }
        }
    }

    public void show() {
        page = 0;
        load();
    }

    public void next() {
        page++;
        load();
    }

    private void load() {
        try {
            AccessContext ctx = AccessContext.ui(purpose);
            if (nationalNumber != null && !nationalNumber.isBlank()) {
                history = transparency.ofNationalNumber(nationalNumber, page, 50, ctx);
            } else if (id != null && !id.isBlank()) {
                UUID person;
                try {
                    person = UUID.fromString(id.strip());
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("nationalNumber", "required", "enter the citizen's national number");
                }
                history = transparency.ofPerson(person, page, 50, ctx);
            } else {
                throw new ValidationException("nationalNumber", "required", "enter the citizen's national number");
            }
            purposes.forPerson(history.personId(), purpose);
        } catch (DomainException e) {
            history = null;
            FacesProblems.show(e, Map.of("nationalNumber", "accessForm:nationalNumber", "purpose", "accessForm:purpose"));
        }
    }

    public boolean isHasNext() {
        return history != null && (long) (history.page() + 1) * history.size() < history.total();
    }

    public AccessHistory getHistory() { return history; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getNationalNumber() { return nationalNumber; }
    public void setNationalNumber(String v) { nationalNumber = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
}
