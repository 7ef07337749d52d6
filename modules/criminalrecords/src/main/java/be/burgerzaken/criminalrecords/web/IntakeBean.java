package be.burgerzaken.criminalrecords.web;

import be.burgerzaken.criminalrecords.api.CriminalRecordExtracts;
import be.burgerzaken.criminalrecords.api.DeliveryChannel;
import be.burgerzaken.criminalrecords.api.ExtractApplication;
import be.burgerzaken.criminalrecords.api.ExtractModel;
import be.burgerzaken.criminalrecords.api.ExtractRequestView;
import be.burgerzaken.criminalrecords.api.RequesterKind;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonSummary;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counter intake (aanvraag aan het loket / demande au guichet), {@code /criminalrecords/intake.xhtml}: the purpose,
 * the person found by name or national number and their identity document checked, then model (and sub-type),
 * stated purpose, who asks, delivery and language. The facade decides (resident, who may request); its refusals show
 * next to the field.
 */
@Named
@ViewScoped
public class IntakeBean implements Serializable {
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("purpose", "searchForm:purpose"),
            Map.entry("familyName", "searchForm:query"), Map.entry("nationalNumber", "searchForm:query"),
            Map.entry("personId", "requestForm:person"), Map.entry("model", "requestForm:model"),
            Map.entry("subType", "requestForm:subType"), Map.entry("statedPurpose", "requestForm:statedPurpose"),
            Map.entry("requesterKind", "requestForm:requesterKind"), Map.entry("channel", "requestForm:requesterKind"),
            Map.entry("representativeName", "requestForm:representativeName"), Map.entry("proof", "requestForm:proof"),
            Map.entry("delivery", "requestForm:delivery"), Map.entry("language", "requestForm:language"),
            Map.entry("identityChecked", "requestForm:identityChecked"));

    private String purpose;
    private String query;
    private List<PersonSummary> found = List.of();
    private String id;
    private PersonSummary person;
    private boolean identityChecked;
    private String model = "595";
    private String subType;
    private String statedPurpose;
    private String requesterKind = RequesterKind.SELF.name();
    private String representativeName;
    private String proof;
    private String delivery = DeliveryChannel.COUNTER.name();
    private String language = "nl";
    private boolean euTranslationForm;

    @Inject
    PersonDirectory directory;
    @Inject
    CriminalRecordExtracts extracts;
    @Inject
    RequestPurposes purposes;

    /**
     * Finds the person by name or national number; opened from a person's file ({@code ?id=}) with an empty query,
     * it takes that person (once the purpose is stated).
     */
    public void search() {
        try {
            String q = query == null ? "" : query.strip();
            if (q.isEmpty() && id != null && !id.isBlank()) {
                PersonView v = directory.get(UUID.fromString(id.strip()), AccessContext.ui(purpose));
                found = List.of(new PersonSummary(v.id(), v.nationalNumber(), v.familyName(), v.givenNames(),
                        v.birthDate(), v.sex(), v.status(), 100));
                return;
            }
            String digits = q.replaceAll("[^0-9]", "");
            PersonSearch s = digits.length() == 11 ? new PersonSearch(digits, null, null, null, 0, 20)
                    : new PersonSearch(null, q.contains(" ") ? q.substring(0, q.indexOf(' ')) : q,
                    q.contains(" ") ? q.substring(q.indexOf(' ') + 1) : null, null, 0, 20);
            found = directory.search(s, AccessContext.ui(purpose)).items();
        } catch (DomainException e) {
            found = List.of();
            FacesProblems.show(e, FIELDS);
        } catch (IllegalArgumentException e) {
            found = List.of();
            FacesProblems.show(new be.burgerzaken.kernel.api.problem.ValidationException("familyName", "invalid",
                    "the person's id in the address is not valid: search by name or national number"), FIELDS);
        }
    }

    public void select(PersonSummary p) {
        person = p;
        identityChecked = false;
    }

    public String submit() {
        if (!identityChecked) {
            FacesProblems.show(new be.burgerzaken.kernel.api.problem.ValidationException("identityChecked", "required",
                    "check the applicant's identity document first"), FIELDS);
            return null;
        }
        try {
            ExtractRequestView v = extracts.receive(new ExtractApplication(person == null ? null : person.id(), null, model,
                    subType, statedPurpose, requesterKind, representativeName, proof, "COUNTER", delivery, language,
                    euTranslationForm), AccessContext.ui(purpose));
            purposes.forRequest(v.id(), purpose.strip());
            return "/criminalrecords/request.xhtml?faces-redirect=true&id=" + v.id();
        } catch (DomainException e) {
            FacesProblems.show(e, FIELDS);
            return null;
        }
    }

    public List<String> getModels() {
        return List.of(ExtractModel.M595.code(), ExtractModel.M596_1.code(), ExtractModel.M596_2.code());
    }

    public List<String> getSubTypes() {
        return List.of("SECURITY", "TAXI", "WEAPONS", "PRIVATE_DETECTIVE", "GAMING", "INSURANCE_BROKER", "OTHER_REGULATED");
    }

    public List<RequesterKind> getRequesterKinds() {
        return List.of(RequesterKind.values());
    }

    public List<DeliveryChannel> getDeliveries() {
        return List.of(DeliveryChannel.values());
    }

    public List<String> getLanguages() {
        return List.of("nl", "fr", "de");
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public List<PersonSummary> getFound() { return found; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PersonSummary getPerson() { return person; }
    public boolean isIdentityChecked() { return identityChecked; }
    public void setIdentityChecked(boolean identityChecked) { this.identityChecked = identityChecked; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public String getSubType() { return subType; }
    public void setSubType(String subType) { this.subType = subType; }
    public String getStatedPurpose() { return statedPurpose; }
    public void setStatedPurpose(String statedPurpose) { this.statedPurpose = statedPurpose; }
    public String getRequesterKind() { return requesterKind; }
    public void setRequesterKind(String requesterKind) { this.requesterKind = requesterKind; }
    public String getRepresentativeName() { return representativeName; }
    public void setRepresentativeName(String representativeName) { this.representativeName = representativeName; }
    public String getProof() { return proof; }
    public void setProof(String proof) { this.proof = proof; }
    public String getDelivery() { return delivery; }
    public void setDelivery(String delivery) { this.delivery = delivery; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isEuTranslationForm() { return euTranslationForm; }
    public void setEuTranslationForm(boolean euTranslationForm) { this.euTranslationForm = euTranslationForm; }

    /** The person's id as a string, for the screen. */
    public String personId() {
        return person == null ? null : person.id().toString();
    }

    UUID selected() {
        return person == null ? null : person.id();
    }
}
