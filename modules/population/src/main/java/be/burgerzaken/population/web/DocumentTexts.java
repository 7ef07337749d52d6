package be.burgerzaken.population.web;

import be.burgerzaken.population.api.CardTypeView;
import be.burgerzaken.population.api.IdentityDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Texts the identity-document and resident-file screens share: card-type names in the staff member's language
 * (from the card-type list, no personal data) and instants in Belgian time.
 */
@Named("docTexts")
@ApplicationScoped
public class DocumentTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    @Inject
    IdentityDocuments documents;

    private volatile Map<String, CardTypeView> types;

    /** The card type's name in the view's language (Dutch unless French or English); the code when unknown. */
    public String cardType(String code) {
        if (code == null) {
            return "";
        }
        CardTypeView t = types().get(code);
        if (t == null) {
            return code;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String lang = faces == null || faces.getViewRoot() == null ? "nl" : faces.getViewRoot().getLocale().getLanguage();
        return switch (lang) {
            case "fr" -> t.nameFr();
            case "en" -> t.nameEn();
            default -> t.nameNl();
        };
    }

    /** {@code 2026-11-29 14:03} in Belgian time; empty for null. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    private Map<String, CardTypeView> types() {
        Map<String, CardTypeView> t = types;
        if (t == null) {
            t = documents.cardTypes().stream().collect(Collectors.toMap(CardTypeView::code, Function.identity()));
            types = t;
        }
        return t;
    }
}
