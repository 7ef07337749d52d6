package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.training.api.LegalChangeInput;
import be.burgerzaken.training.api.LegalChangeView;
import be.burgerzaken.training.api.Training;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Legal change briefings: the marked changes with their completion, and the coordinator's form to mark one. */
@Named
@ViewScoped
public class LegalChangesBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("code", "change:code", "title", "change:title",
            "ruleReference", "change:rule", "effectiveOn", "change:effectiveOn", "dueOn", "change:dueOn",
            "roles", "change:roles");

    @Inject
    transient Training training;
    private transient List<LegalChangeView> changes;
    private String code;
    private String title;
    private String rule;
    private String effectiveOn;
    private String dueOn;
    private List<String> roles = List.of();

    public List<LegalChangeView> getChanges() {
        if (changes == null) {
            changes = training.legalChanges(AccessContext.ui(null));
        }
        return changes;
    }

    public List<String> getAllRoles() {
        return Roles.STAFF;
    }

    public String mark() {
        try {
            training.markLegalChange(new LegalChangeInput(code, title, rule, TrainingFaces.date(effectiveOn,
                    "effectiveOn"), TrainingFaces.date(dueOn, "dueOn"), new LinkedHashSet<>(roles)),
                    AccessContext.ui(null));
            TrainingFaces.info("change.marked");
            changes = null;
            code = title = rule = effectiveOn = dueOn = null;
            roles = List.of();
        } catch (DomainException e) {
            TrainingFaces.show(e, FIELDS);
        }
        return null;
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getRule() { return rule; }
    public void setRule(String v) { rule = v; }
    public String getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(String v) { effectiveOn = v; }
    public String getDueOn() { return dueOn; }
    public void setDueOn(String v) { dueOn = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v; }
}
