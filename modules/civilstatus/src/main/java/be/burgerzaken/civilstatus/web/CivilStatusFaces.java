package be.burgerzaken.civilstatus.web;

import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.function.Function;

/**
 * What the civil-status screens share: a facade's refusal shown in the page (each field problem next to its
 * input with the typed value kept, anything else at the top naming the field), texts of the module's bundle, and
 * moments shown in Belgian time.
 */
final class CivilStatusFaces {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BELGIUM);

    private CivilStatusFaces() {
    }

    /**
     * @param clientIdOf the client id of the input that shows a problem field, or null (shown at the top)
     */
    static void show(DomainException e, Function<String, String> clientIdOf) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof ValidationException v) {
            for (FieldProblem p : v.problems()) {
                String clientId = p.field() == null ? null : clientIdOf.apply(p.field());
                UIComponent c = clientId == null ? null : faces.getViewRoot().findComponent(clientId);
                if (c == null) {
                    String text = (p.field() == null ? "" : p.field() + ": ") + FacesProblems.text(p);
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                    continue;
                }
                String text = FacesProblems.text(p);
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                if (c instanceof UIInput input) {
                    input.setValid(false);
                    keepTyped(faces, input);
                }
            }
        } else if ("stale-version".equals(e.type())) {
            error(text("form.stale"));
        } else {
            error(FacesProblems.text(e));
        }
        faces.validationFailed();
    }

    /**
     * Mojarra renders an invalid input from its submitted value only, which is empty once the model was updated:
     * the model's value goes back as the submitted one, so the field shows what was typed next to its message.
     */
    private static void keepTyped(FacesContext faces, UIInput input) {
        Object submitted = input.getSubmittedValue();
        if (submitted == null || "".equals(submitted)) {
            Object value = input.getValue();
            input.setSubmittedValue(value == null ? "" : input.getConverter() != null
                    ? input.getConverter().getAsString(faces, input, value) : value.toString());
        }
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A text of the module's bundle ({@code cs}) in the user's language; the key itself when missing. */
    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return faces.getApplication().getResourceBundle(faces, "cs").getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
