package be.burgerzaken.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The application bundle ({@code msg}) in the current view's language, for beans. */
@RequestScoped
public class Messages {
    public String get(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return ResourceBundle.getBundle("be.burgerzaken.app.web.messages", faces.getViewRoot().getLocale(),
                    Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
