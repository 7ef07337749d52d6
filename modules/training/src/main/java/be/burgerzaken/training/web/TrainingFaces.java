package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.ResourceBundle;

/** Helpers of the training screens: the bundle, typed inputs parsed with a field problem, facade refusals shown. */
final class TrainingFaces {
    private TrainingFaces() {
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle b = faces.getApplication().getResourceBundle(faces, "tm");
        return b.containsKey(key) ? b.getString(key) : key;
    }

    static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key),
                text(key)));
    }

    static void show(DomainException e, Map<String, String> fields) {
        FacesProblems.show(e, fields);
    }

    static LocalDateTime dateTime(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + value + "' is not a date and time");
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + value + "' is not a date (yyyy-mm-dd)");
        }
    }

    static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "invalid", "'" + value + "' is not a whole number");
        }
    }
}
