package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.population.api.CertificateOptions;
import be.burgerzaken.population.api.CertificateRequest;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.Certificates;
import be.burgerzaken.population.api.IssuedCertificate;
import be.burgerzaken.population.api.Requester;
import be.burgerzaken.population.api.RequesterKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The certificate-issue screen (attest afleveren / délivrer un certificat): type, language, requester and options
 * for a resident; after the issue the verification code and the PDF (served by {@link CertificatePdfBean}).
 * Translates only: the facade decides.
 */
@Named
@ViewScoped
public class CertificateBean extends PersonPage {
    private static final Map<String, String> FIELDS = Map.of("purpose", "certificateForm:purpose",
            "type", "certificateForm:type", "language", "certificateForm:language",
            "requester.kind", "certificateForm:kind", "requester.name", "certificateForm:name",
            "requester.nationalNumber", "certificateForm:nationalNumber", "requester.basis", "certificateForm:basis",
            "requester.reference", "certificateForm:reference", "options", "certificateForm:type");

    private String type = CertificateType.HOUSEHOLD_COMPOSITION.name();
    private String language = "nl";
    private String kind = RequesterKind.SELF.name();
    private String name;
    private String nationalNumber;
    private String basis;
    private String reference;
    private boolean addressHistory;
    private boolean civilStatus;
    private IssuedCertificate issued;

    @Inject
    Certificates certificates;

    /** Called on page load (f:viewAction): the purpose stated for this citizen in the session, if any. */
    public void load() {
        UUID person = personId();
        if (person != null && getPurpose() == null) {
            setPurpose(purposes.forPerson(person));
        }
    }

    /**
     * The idempotency key of this form instance (ADR 0007): with the request's fingerprint it makes a double click,
     * or a second click on the same form, return the certificate already issued instead of issuing another.
     */
    private final String formKey = "screen-" + UUID.randomUUID();
    /** The draft shown in the preview (its token in {@link CertificateDrafts}), null when none. */
    private String draftToken;

    @Inject
    CertificateDrafts drafts;

    private CertificateRequest request() {
        boolean mainResidence = CertificateType.MAIN_RESIDENCE.name().equals(type);
        return new CertificateRequest(personId(), type, language,
                new Requester(kind, name, nationalNumber, basis, reference),
                new CertificateOptions(mainResidence && addressHistory, mainResidence && civilStatus));
    }

    /** Renders the certificate as a draft (not issued, no verification code) and shows it in the preview. */
    public void preview() {
        issued = null;
        try {
            CertificateRequest request = request();
            byte[] pdf = certificates.draft(request, context());
            draftToken = drafts.put(personId(), pdf);
            purposes.forPerson(personId(), getPurpose().strip());
        } catch (DomainException e) {
            draftToken = null;
            FacesProblems.show(e, FIELDS);
        }
    }

    public void issue() {
        try {
            UUID person = personId();
            CertificateRequest request = request();
            // the same form and the same data: the same key, so the kernel answers the first certificate
            String key = formKey + "-" + be.burgerzaken.kernel.api.access.IdempotencyKeys
                    .fingerprint(String.valueOf(request)).substring(0, 32);
            issued = certificates.issue(request, context(), key);
            draftToken = null;
            purposes.forPerson(person, getPurpose().strip());
        } catch (DomainException e) {
            issued = null;
            FacesProblems.show(e, FIELDS);
        }
    }

    /** The address of the PDF for the preview and the download: the issued certificate, else the draft. */
    public String getPdfUrl() {
        if (issued != null) {
            return "certificate-pdf.xhtml?doc=" + issued.documentId() + "&person=" + issued.personId();
        }
        return draftToken == null ? null : "certificate-pdf.xhtml?draft=" + draftToken + "&person=" + personId();
    }

    /** A draft is shown (not issued yet). */
    public boolean isDraftShown() {
        return issued == null && draftToken != null;
    }

    /** The address history and civil-status options belong to the proof of main residence only. */
    public boolean isMainResidence() {
        return CertificateType.MAIN_RESIDENCE.name().equals(type);
    }

    public List<String> getTypes() {
        return List.of(CertificateType.values()).stream().map(Enum::name).toList();
    }

    public List<String> getKinds() {
        return List.of(RequesterKind.values()).stream().map(Enum::name).toList();
    }

    public List<String> getLanguages() {
        return List.of("nl", "fr", "de", "en");
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNationalNumber() {
        return nationalNumber;
    }

    public void setNationalNumber(String nationalNumber) {
        this.nationalNumber = nationalNumber;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public boolean isAddressHistory() {
        return addressHistory;
    }

    public void setAddressHistory(boolean addressHistory) {
        this.addressHistory = addressHistory;
    }

    public boolean isCivilStatus() {
        return civilStatus;
    }

    public void setCivilStatus(boolean civilStatus) {
        this.civilStatus = civilStatus;
    }

    public IssuedCertificate getIssued() {
        return issued;
    }
}
