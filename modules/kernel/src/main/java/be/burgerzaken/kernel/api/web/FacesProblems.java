package be.burgerzaken.kernel.api.web;

import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/**
 * Shows a facade's refusal in a screen of any module: each field problem next to its input (the form maps field
 * names to component ids), anything else at the top of the page. The input keeps what the user typed.
 */
public final class FacesProblems {
    private FacesProblems() {
    }

    /** @param fieldToComponent facade field name -> client id of the input (e.g. "familyName" -> "search:familyName") */
    public static void show(DomainException e, Map<String, String> fieldToComponent) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof ValidationException v) {
            for (FieldProblem p : v.problems()) {
                String clientId = fieldToComponent.get(p.field());
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), p.message()));
                if (clientId != null) {
                    UIComponent c = faces.getViewRoot().findComponent(clientId);
                    if (c instanceof UIInput input) {
                        input.setValid(false);
                        keepTyped(faces, input);
                    }
                }
            }
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        }
        faces.validationFailed();
    }

    /**
     * Mojarra renders an invalid input from its submitted value only, which is empty once the model was updated:
     * put the model's value back as the submitted one, so the field shows what was typed next to its message.
     */
    private static void keepTyped(FacesContext faces, UIInput input) {
        Object submitted = input.getSubmittedValue();
        if (submitted == null || "".equals(submitted)) {
            Object value = input.getValue();
            input.setSubmittedValue(value == null ? "" : input.getConverter() != null
                    ? input.getConverter().getAsString(faces, input, value) : value.toString());
        }
    }
}
