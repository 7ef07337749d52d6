package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.training.api.ItemKind;
import be.burgerzaken.training.api.RequirementInput;
import be.burgerzaken.training.api.RequirementView;
import be.burgerzaken.training.api.Training;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The requirements per role (dated rows) and the form to add one; every change is protocol-logged. */
@Named
@ViewScoped
public class RequirementsBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("role", "req:role", "itemKind", "req:kind", "itemCode",
            "req:code", "graceDays", "req:grace", "validFrom", "req:validFrom", "validTo", "req:validTo");

    @Inject
    transient Training training;
    private transient List<RequirementView> requirements;
    private String role = Roles.CLERK;
    private String kind = "COURSE";
    private String code;
    private String grace = "30";
    private String validFrom;
    private String validTo;

    public List<RequirementView> getRequirements() {
        if (requirements == null) {
            requirements = training.requirements(AccessContext.ui(null));
        }
        return requirements;
    }

    public List<String> getRoles() {
        return Roles.STAFF;
    }

    public String create() {
        try {
            ItemKind k;
            try {
                k = ItemKind.valueOf(kind);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ValidationException("itemKind", "invalid", "choose COURSE or DECLARATION");
            }
            training.createRequirement(new RequirementInput(role, k, code, TrainingFaces.integer(grace, "graceDays"),
                    TrainingFaces.date(validFrom, "validFrom"), TrainingFaces.date(validTo, "validTo")),
                    AccessContext.ui(null));
            TrainingFaces.info("req.created");
            requirements = null;
            code = null;
        } catch (DomainException e) {
            TrainingFaces.show(e, FIELDS);
        }
        return null;
    }

    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getGrace() { return grace; }
    public void setGrace(String v) { grace = v; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String v) { validFrom = v; }
    public String getValidTo() { return validTo; }
    public void setValidTo(String v) { validTo = v; }
}
