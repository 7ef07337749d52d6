package be.burgerzaken.civilstatus.web;

import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/**
 * Shows a facade's refusal in the page: each field problem next to its input (which keeps what was typed),
 * anything else at the top.
 */
final class ExtractFacesProblems {
    private ExtractFacesProblems() {
    }

    static void show(DomainException e, Map<String, String> fieldToComponent) {
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

    /** Mojarra renders an invalid input from its submitted value only: put the model's value back as that. */
    private static void keepTyped(FacesContext faces, UIInput input) {
        Object submitted = input.getSubmittedValue();
        if (submitted == null || "".equals(submitted)) {
            Object value = input.getValue();
            input.setSubmittedValue(value == null ? "" : input.getConverter() != null
                    ? input.getConverter().getAsString(faces, input, value) : value.toString());
        }
    }
}
