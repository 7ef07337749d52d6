package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.training.api.CourseView;
import be.burgerzaken.training.api.DeclarationTypeView;
import be.burgerzaken.training.api.ExemptionEndInput;
import be.burgerzaken.training.api.ExemptionInput;
import be.burgerzaken.training.api.ExemptionView;
import be.burgerzaken.training.api.StaffInput;
import be.burgerzaken.training.api.StaffView;
import be.burgerzaken.training.api.Training;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The administrator's staff screen: every staff member with standing and exemptions, a new staff member with the
 * user account and roles, a time-limited documented exemption granted or ended early. Each command goes through the
 * training facade (access check, one transaction, protocol log) like the REST API.
 */
@Named
@ViewScoped
public class AdminBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> CREATE = Map.of("userName", "create:userName", "displayName",
            "create:displayName", "department", "create:department", "team", "create:team", "roles", "create:roles",
            "initialPassword", "create:password");
    private static final Map<String, String> GRANT = Map.of("staffId", "grant:staff", "itemCode", "grant:item",
            "validUntil", "grant:validUntil", "reason", "grant:reason");
    private static final Map<String, String> END = Map.of("reason", "ending:reason");

    @Inject
    transient Training training;
    private transient List<StaffView> staff;
    private transient List<String[]> items;
    // new staff member
    private String userName;
    private String displayName;
    private String department;
    private String team;
    private List<String> roles = new ArrayList<>();
    private String password;
    // exemption
    private String grantStaff;
    private String grantItem;
    private String validUntil;
    private String grantReason;
    // ending an exemption
    private String endStaff;
    private String endExemption;
    private String endReason;

    public List<StaffView> getStaff() {
        if (staff == null) {
            staff = training.staff(AccessContext.ui(null));
        }
        return staff;
    }

    /** Courses and declarations one can be exempted from: {code, label}. */
    public List<String[]> getItems() {
        if (items == null) {
            List<String[]> list = new ArrayList<>();
            for (CourseView c : training.courses(AccessContext.ui(null))) {
                list.add(new String[] {c.code(), c.code() + " – " + c.titleNl()});
            }
            for (DeclarationTypeView d : training.declarationTypes(AccessContext.ui(null))) {
                list.add(new String[] {d.code(), d.code() + " – " + d.titleNl()});
            }
            items = list;
        }
        return items;
    }

    /** Every staff role (integrators are API clients, not staff). */
    public List<String> getStaffRoles() {
        return Roles.STAFF;
    }

    public String create() {
        try {
            StaffView v = training.createStaff(new StaffInput(userName, displayName, department, team,
                    new LinkedHashSet<>(roles), password), AccessContext.ui(null));
            TrainingFaces.info("admin.created");
            staff = null;
            userName = null;
            displayName = null;
            department = null;
            team = null;
            roles = new ArrayList<>();
            password = null;
            grantStaff = v.id().toString();
        } catch (DomainException e) {
            password = null;
            TrainingFaces.show(e, CREATE);
        }
        return null;
    }

    public String grant() {
        try {
            training.grantExemption(id(grantStaff), new ExemptionInput(grantItem,
                    TrainingFaces.date(validUntil, "validUntil"), grantReason), AccessContext.ui(null));
            TrainingFaces.info("admin.granted");
            staff = null;
            validUntil = null;
            grantReason = null;
        } catch (DomainException e) {
            TrainingFaces.show(e, GRANT);
        }
        return null;
    }

    /** Chooses the exemption to end (the form below the list appears). */
    public String chooseEnd(StaffView s, ExemptionView x) {
        endStaff = s.id().toString();
        endExemption = x.id().toString();
        endReason = null;
        return null;
    }

    public String end() {
        try {
            ExemptionView x = getEnding();
            if (x == null) {
                throw new ValidationException("reason", "unknown", TrainingFaces.text("admin.gone"));
            }
            training.endExemption(UUID.fromString(endStaff), x.id(), new ExemptionEndInput(endReason), x.version(),
                    AccessContext.ui(null));
            TrainingFaces.info("admin.ended");
            staff = null;
            endStaff = null;
            endExemption = null;
            endReason = null;
        } catch (DomainException e) {
            TrainingFaces.show(e, END);
        }
        return null;
    }

    /** The exemption being ended, as read with the list (its version guards against a concurrent change). */
    public ExemptionView getEnding() {
        if (endExemption == null) {
            return null;
        }
        return getStaff().stream().flatMap(s -> s.exemptions().stream())
                .filter(x -> x.id().toString().equals(endExemption)).findFirst().orElse(null);
    }

    public String getEndingName() {
        return endStaff == null ? null : getStaff().stream().filter(s -> s.id().toString().equals(endStaff))
                .map(s -> s.displayName() + " (" + s.userName() + ")").findFirst().orElse(null);
    }

    private static UUID id(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("staffId", "required", "choose the staff member");
        }
        return UUID.fromString(value);
    }

    public String getUserName() { return userName; }
    public void setUserName(String v) { userName = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getDepartment() { return department; }
    public void setDepartment(String v) { department = v; }
    public String getTeam() { return team; }
    public void setTeam(String v) { team = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v == null ? new ArrayList<>() : v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getGrantStaff() { return grantStaff; }
    public void setGrantStaff(String v) { grantStaff = v; }
    public String getGrantItem() { return grantItem; }
    public void setGrantItem(String v) { grantItem = v; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String v) { validUntil = v; }
    public String getGrantReason() { return grantReason; }
    public void setGrantReason(String v) { grantReason = v; }
    public String getEndExemption() { return endExemption; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String v) { endReason = v; }
}
