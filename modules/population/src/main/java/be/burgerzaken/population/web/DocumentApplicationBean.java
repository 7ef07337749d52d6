package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.population.api.CardOption;
import be.burgerzaken.population.api.DocumentApplication;
import be.burgerzaken.population.api.IdentityDocumentView;
import be.burgerzaken.population.api.IdentityDocuments;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The application for an identity document at the counter (aanvraag / demande): the card types the person may
 * hold today (nationality and age decide), the urgent procedure, whether photo and fingerprints were captured, and
 * a preview of the validity the dated rules give the chosen type. The facade decides; refusals appear next to
 * their fields and the choices are kept. After the application the document's screen opens.
 */
@Named
@ViewScoped
public class DocumentApplicationBean extends PurposeGatedPersonPage {
    private static final Map<String, String> FIELDS = Map.of("cardType", "applyForm:cardType",
            "photoCaptured", "applyForm:photoCaptured", "fingerprintsCaptured", "applyForm:fingerprintsCaptured",
            "purpose", "purposeForm:purpose");

    private List<CardOption> options;
    private String holderName;
    private String cardType;
    private boolean urgent;
    private boolean photoCaptured;
    private boolean fingerprintsCaptured;

    @Inject
    IdentityDocuments documents;
    @Inject
    PersonDirectory directory;

    @Override
    protected boolean read(UUID person) {
        try {
            options = documents.options(person, context());
            PersonView p = directory.get(person, context());
            holderName = p.familyName() + ", " + p.givenNames();
            if (!options.isEmpty()) {
                cardType = options.get(0).type().code();
            }
            return true;
        } catch (DomainException e) {
            options = null;
            FacesProblems.show(e, FIELDS);
            return false;
        }
    }

    public String apply() {
        try {
            IdentityDocumentView d = documents.apply(new DocumentApplication(personId(), cardType, urgent,
                    photoCaptured, fingerprintsCaptured), context());
            return "/population/identity-document.xhtml?faces-redirect=true&id=" + d.id() + "&person=" + d.personId();
        } catch (DomainException e) {
            FacesProblems.show(e, FIELDS);
            return null;
        }
    }

    /** The option chosen in the select (its validity is the preview); null when none. */
    public CardOption getSelected() {
        if (options == null) {
            return null;
        }
        return options.stream().filter(o -> o.type().code().equals(cardType)).findFirst().orElse(null);
    }

    /** The application date: today in Belgium (the facade takes the application today). */
    public LocalDate getApplicationDate() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    @Override
    public boolean isPurposeNeeded() {
        return options == null;
    }

    public List<CardOption> getOptions() {
        return options;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCardType() {
        return cardType;
    }

    public void setCardType(String cardType) {
        this.cardType = cardType;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public boolean isPhotoCaptured() {
        return photoCaptured;
    }

    public void setPhotoCaptured(boolean photoCaptured) {
        this.photoCaptured = photoCaptured;
    }

    public boolean isFingerprintsCaptured() {
        return fingerprintsCaptured;
    }

    public void setFingerprintsCaptured(boolean fingerprintsCaptured) {
        this.fingerprintsCaptured = fingerprintsCaptured;
    }
}
