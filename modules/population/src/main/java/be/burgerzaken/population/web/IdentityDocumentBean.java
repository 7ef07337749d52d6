package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.population.api.DocumentEvent;
import be.burgerzaken.population.api.DocumentStep;
import be.burgerzaken.population.api.IdentityDocumentView;
import be.burgerzaken.population.api.IdentityDocuments;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * One identity document (identiteitsdocument / document d'identité): its facts, validity and status history, and
 * the steps its status allows next, each a button or a small form (production order with card and chip number,
 * PIN/PUK letter, delivery, loss, theft, cancellation, expiry). Every step names the version shown; when someone
 * else changed the document meanwhile the page says so, shows the current state and keeps what was typed.
 * Opened as {@code identity-document.xhtml?id=<documentId>&person=<personId>}: the purpose stated for that citizen
 * in this session is used, otherwise it is asked first.
 */
@Named
@ViewScoped
public class IdentityDocumentBean implements Serializable {
    private String id;
    private String person;
    private String purpose;
    private IdentityDocumentView document;
    private String holderName;
    private String cardNumber;
    private String chipNumber;
    private String lostReference;
    private String stolenReference;
    private String cancelReason;

    @Inject
    IdentityDocuments documents;
    @Inject
    PersonDirectory directory;
    @Inject
    PopulationPurposes purposes;
    @Inject
    AccessControl access;

    /** Called on page load (f:viewAction). */
    public void load() {
        UUID docId = ViewParams.uuid(id);
        UUID personId = ViewParams.uuid(person);
        if (docId == null || personId == null) {
            return;
        }
        String known = purposes.forPerson(personId);
        if (known != null) {
            purpose = known;
            if (read(docId) && !document.personId().equals(personId)) {
                // the purpose was stated for another citizen: ask again
                document = null;
                purpose = null;
            }
        }
    }

    public void confirmPurpose() {
        UUID docId = ViewParams.uuid(id);
        if (docId == null) {
            FacesProblems.show(new be.burgerzaken.kernel.api.problem.ValidationException("id", "invalid",
                    "'" + id + "' is not a document id"), Map.of());
            return;
        }
        if (read(docId)) {
            purposes.forPerson(document.personId(), purpose.strip());
        }
    }

    private boolean read(UUID docId) {
        try {
            document = documents.get(docId, AccessContext.ui(purpose));
            holderName = name(document.personId());
            return true;
        } catch (DomainException e) {
            document = null;
            FacesProblems.show(e, Map.of("purpose", "purposeForm:purpose"));
            return false;
        }
    }

    private String name(UUID personId) {
        try {
            PersonView p = directory.get(personId, AccessContext.ui(purpose));
            return p.familyName() + ", " + p.givenNames();
        } catch (DomainException e) {
            return personId.toString();
        }
    }

    public void orderProduction() {
        step(new DocumentEvent(DocumentStep.ORDER_PRODUCTION, cardNumber, chipNumber, null, null),
                Map.of("cardNumber", "productionForm:cardNumber", "chipNumber", "productionForm:chipNumber"));
    }

    public void sendPinPukLetter() {
        step(new DocumentEvent(DocumentStep.SEND_PIN_PUK_LETTER, null, null, null, null), Map.of());
    }

    public void deliver() {
        step(new DocumentEvent(DocumentStep.DELIVER, null, null, null, null), Map.of());
    }

    public void reportLost() {
        step(new DocumentEvent(DocumentStep.REPORT_LOST, null, null, lostReference, null),
                Map.of("reference", "lostForm:lostReference"));
    }

    public void reportStolen() {
        step(new DocumentEvent(DocumentStep.REPORT_STOLEN, null, null, stolenReference, null),
                Map.of("reference", "stolenForm:stolenReference"));
    }

    public void cancel() {
        step(new DocumentEvent(DocumentStep.CANCEL, null, null, null, cancelReason),
                Map.of("reason", "cancelForm:cancelReason"));
    }

    public void expire() {
        step(new DocumentEvent(DocumentStep.EXPIRE, null, null, null, null), Map.of());
    }

    private void step(DocumentEvent event, Map<String, String> fields) {
        if (document == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle pm = faces.getApplication().getResourceBundle(faces, "pm");
        try {
            document = documents.record(document.id(), event, document.version(), AccessContext.ui(purpose));
            String done = pm.getString("iddoc.done") + " " + pm.getString("step." + event.step().name());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            cardNumber = null;
            chipNumber = null;
            lostReference = null;
            stolenReference = null;
            cancelReason = null;
        } catch (ConflictException e) {
            if ("stale-version".equals(e.type())) {
                // someone else was first: show the document as it is now, keep what was typed
                String stale = pm.getString("iddoc.stale");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, stale, stale));
                faces.validationFailed();
                reread();
            } else {
                FacesProblems.show(e, fields);
            }
        } catch (DomainException e) {
            FacesProblems.show(e, fields);
        }
    }

    private void reread() {
        try {
            document = documents.get(document.id(), AccessContext.ui(purpose));
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
    }

    /** Whether the document's status allows the step now (and the user may take steps at all). */
    public boolean allowed(String step) {
        return document != null && document.allowedSteps().contains(DocumentStep.valueOf(step))
                && access.allows(Capability.MANAGE_IDENTITY_DOCUMENTS)
                && (!DocumentStep.EXPIRE.name().equals(step) || LocalDate.now(ZoneId.of("Europe/Brussels"))
                .isAfter(document.validUntil()));
    }

    public boolean isAnyStep() {
        return document != null && access.allows(Capability.MANAGE_IDENTITY_DOCUMENTS)
                && !document.allowedSteps().isEmpty();
    }

    public boolean isPurposeNeeded() {
        return document == null;
    }

    public IdentityDocumentView getDocument() {
        return document;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getChipNumber() {
        return chipNumber;
    }

    public void setChipNumber(String chipNumber) {
        this.chipNumber = chipNumber;
    }

    public String getLostReference() {
        return lostReference;
    }

    public void setLostReference(String lostReference) {
        this.lostReference = lostReference;
    }

    public String getStolenReference() {
        return stolenReference;
    }

    public void setStolenReference(String stolenReference) {
        this.stolenReference = stolenReference;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
