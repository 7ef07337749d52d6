package be.burgerzaken.elections.web;

import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.MissingResourceException;

/** What the election screens share: refusals through the kernel's FacesProblems, texts of the {@code el} bundle. */
final class ElectionsFaces {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    private ElectionsFaces() {
    }

    static void show(DomainException e, Map<String, String> fields) {
        FacesProblems.show(e, fields);
    }

    static void info(String key) {
        String text = text(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return faces.getApplication().getResourceBundle(faces, "el").getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
