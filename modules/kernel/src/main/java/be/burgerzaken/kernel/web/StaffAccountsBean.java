package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.application.StaffPersonService;
import be.burgerzaken.kernel.application.StaffPersonService.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The administrator links staff accounts to their person (issue 9, second part) so that lookups of colleagues are
 * flagged in the misuse signals.
 */
@Named
@ViewScoped
public class StaffAccountsBean implements Serializable {

    @Inject
    StaffPersonService staff;

    private List<StaffAccount> accounts = List.of();
    private String username;
    private String nationalNumber;

    @PostConstruct
    void load() {
        try {
            accounts = staff.accounts();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
    }

    public void link() {
        try {
            StaffAccount a = staff.link(username, nationalNumber);
            FacesContext fc = FacesContext.getCurrentInstance();
            String text = fc.getApplication().getResourceBundle(fc, "km").getString(
                    a.nationalNumber() == null ? "staff.unlinked" : "staff.linked");
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text + " " + a.username(), null));
            nationalNumber = null;
            load();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of("nationalNumber", "staffForm:nationalNumber"));
        }
    }

    public List<StaffAccount> getAccounts() { return accounts; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getNationalNumber() { return nationalNumber; }
    public void setNationalNumber(String v) { nationalNumber = v; }
}
