package be.burgerzaken.frontoffice.web;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;

/** The front office's texts (bundle {@code fo}) in the view's language. */
final class Texts {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Brussels"));

    private Texts() {
    }

    static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String t = faces.getApplication().getResourceBundle(faces, "fo").getString(key);
            return args.length == 0 ? t : MessageFormat.format(t, args);
        } catch (MissingResourceException | NullPointerException e) {
            return key;
        }
    }

    static String language() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? "nl" : faces.getViewRoot().getLocale().getLanguage();
    }

    static String when(Instant i) {
        return i == null ? "" : WHEN.format(i);
    }

    static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}
