package be.burgerzaken.app.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The staff member's language: Dutch by default, French or English on request. */
@Named("locale")
@SessionScoped
public class LocaleBean implements Serializable {
    public static final List<String> SUPPORTED = List.of("nl", "fr", "en");

    private String language = "nl";

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = SUPPORTED.contains(language) ? language : "nl";
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    /** Switches the language and re-renders the current page in it. */
    public String change(String lang) {
        setLanguage(lang);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return view + "?faces-redirect=true&includeViewParams=true";
    }
}
