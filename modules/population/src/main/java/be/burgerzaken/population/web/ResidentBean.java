package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.document.IssuedDocumentSummary;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.Certificates;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.IdentityDocumentView;
import be.burgerzaken.population.api.IdentityDocuments;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.Residents;
import be.burgerzaken.population.application.ResidentService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A resident's file in the population registers: register, current address, address history, the household as
 * of a chosen date, the person's identity documents and the certificates issued about them, and the procedures
 * that start from the file (each offered only to the roles that may use it). The purpose is asked once per
 * citizen and session; every section is read once per view, through its facade (access check, protocol log).
 */
@Named
@ViewScoped
public class ResidentBean extends PurposeGatedPersonPage {
    private ResidentFile file;
    private String householdDate;
    private HouseholdComposition household;

    @Inject
    Residents residents;
    @Inject
    be.burgerzaken.kernel.api.person.PersonDirectory directory;
    @Inject
    IdentityDocuments identityDocuments;
    @Inject
    Certificates certificates;
    @Inject
    AccessControl access;
    @Inject
    be.burgerzaken.population.api.HouseholdMaintenance households;
    private List<be.burgerzaken.population.api.HouseholdHistoryEntry> householdHistory = List.of();

    /** The composition history of the person's current household, oldest first (issue 3). */
    public List<be.burgerzaken.population.api.HouseholdHistoryEntry> getHouseholdHistory() {
        return householdHistory;
    }

    // identity documents and certificates about the person, read once per view with the file
    private List<IdentityDocumentView> documents = List.of();
    private String documentsRefused;
    private List<IssuedDocumentSummary> issued = List.of();
    private String issuedRefused;

    // --- issue 3 (task U): the person's change-of-address procedures, open and past ---
    static final int PROCEDURES_SHOWN = 50;
    @Inject
    be.burgerzaken.population.api.AddressChanges addressChanges;
    @Inject
    AddressChangePurposes procedurePurposes;
    private List<be.burgerzaken.population.api.AddressChangeView> addressChangeList = List.of();
    private long addressChangeTotal;
    private String addressChangesRefused;

    /** Names shown in this view, read once each through the kernel (every read is protocol-logged there). */
    private final PersonNames names = new PersonNames();

    @Override
    protected boolean read(UUID uuid) {
        try {
            file = residents.file(uuid, context());
            household = file.household();
        } catch (DomainException e) {
            file = null;
            FacesProblems.show(e, PURPOSE_FIELD);
            return false;
        }
        // each section on its own: a role that may not read one still sees the rest of the file
        // --- households (issue 3): the current household's composition history ---
        try {
            householdHistory = household == null ? List.of() : households.history(household.householdId(), context());
        } catch (DomainException e) {
            householdHistory = List.of();
        }
        try {
            documents = identityDocuments.forPerson(uuid, context());
        } catch (DomainException e) {
            documents = List.of();
            documentsRefused = be.burgerzaken.kernel.api.web.FacesProblems.text(e);
        }
        if (!isMayIssueCertificate()) {
            // only the roles that issue population certificates see them (the section is not shown to others)
            issued = List.of();
            return true;
        }
        try {
            issued = certificates.issued(uuid, context()).items();
        } catch (DomainException e) {
            issued = List.of();
            issuedRefused = be.burgerzaken.kernel.api.web.FacesProblems.text(e);
        }
        readAddressChanges(uuid);
        return true;
    }

    /** The newest procedures the person moves in; the purpose goes with them to the procedure's page. */
    private void readAddressChanges(UUID uuid) {
        try {
            var page = addressChanges.ofPerson(uuid, null, 0, PROCEDURES_SHOWN, context());
            addressChangeList = page.items();
            addressChangeTotal = page.total();
            addressChangeList.forEach(c -> procedurePurposes.forProcedure(c.id(), getPurpose().strip()));
        } catch (DomainException e) {
            addressChangeList = List.of();
            addressChangesRefused = e.getMessage();
        }
    }

    public List<be.burgerzaken.population.api.AddressChangeView> getAddressChanges() {
        return addressChangeList;
    }

    public long getAddressChangeTotal() {
        return addressChangeTotal;
    }

    public String getAddressChangesRefused() {
        return addressChangesRefused;
    }

    /** Whether the procedure is still open (declared or checked, not decided). */
    public boolean open(be.burgerzaken.population.api.AddressChangeView c) {
        return c.decidedAt() == null;
    }

    public void showHousehold() {
        try {
            household = residents.household(file.personId(), ResidentService.date(householdDate, "date"),
                    context());
        } catch (DomainException e) {
            household = null;
            FacesProblems.show(e, Map.of("date", "householdForm:householdDate"));
        }
    }

    /** "Family name, given names" of a person shown in the file; the id when the name cannot be read. */
    public String name(UUID personId) {
        return names.name(personId, directory, getPurpose());
    }

    /** The label of an issued document's type: the certificate's name for population certificates. */
    public String certificateType(String type) {
        return CertificateType.parse(type).map(t -> FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "pm").getString("certificate.type." + t.name()))
                .orElse(type);
    }

    /** The PDF of an issued document, through the certificate PDF page (the purpose stated for this citizen). */
    public String pdfUrl(IssuedDocumentSummary d) {
        return "certificate-pdf.xhtml?doc=" + d.id() + "&person=" + d.subjectPersonId();
    }

    public List<IdentityDocumentView> getDocuments() {
        return documents;
    }

    public String getDocumentsRefused() {
        return documentsRefused;
    }

    public List<IssuedDocumentSummary> getIssued() {
        return issued;
    }

    public String getIssuedRefused() {
        return issuedRefused;
    }

    // the procedures offered from the file, each only to the roles that may use it (the pages check again)

    public boolean isMayChangeAddress() {
        return access.allows(Capability.DECLARE_ADDRESS_CHANGE);
    }

    /** Emigration, temporary absence, reference address, removal: the population officer's register changes. */
    public boolean isMayChangeRegister() {
        return access.allows(Capability.WRITE_PERSON);
    }

    public boolean isMayIssueCertificate() {
        return access.allows(Capability.ISSUE_POPULATION_CERTIFICATE) && access.allows(Capability.ISSUE_DOCUMENT);
    }

    // --- revoking a certificate (issue 3, task C) ---
    private final Map<UUID, String> revokeReasons = new java.util.HashMap<>();

    /** The population officer revokes an issued certificate from the file (REVOKE_DOCUMENT). */
    public boolean isMayRevokeCertificate() {
        return isMayIssueCertificate() && access.allows(Capability.REVOKE_DOCUMENT);
    }

    /** The reason typed per certificate in the list (kept when the revocation is refused). */
    public Map<UUID, String> getRevokeReasons() {
        return revokeReasons;
    }

    /** Revokes the certificate with the reason typed on its row, then reads the list again. */
    public void revoke(UUID documentId, int row) {
        try {
            certificates.revoke(documentId, revokeReasons.get(documentId), context());
            revokeReasons.remove(documentId);
            issued = certificates.issued(personId(), context()).items();
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_INFO, FacesContext.getCurrentInstance()
                    .getApplication().getResourceBundle(FacesContext.getCurrentInstance(), "pm")
                    .getString("issued.revoked"), null));
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of("reason", "certificates:" + row + ":reason"));
        }
    }
    // --- end revoking a certificate ---

    public boolean isMayApplyForDocument() {
        return access.allows(Capability.MANAGE_IDENTITY_DOCUMENTS);
    }

    @Override
    public boolean isPurposeNeeded() {
        return file == null;
    }

    public ResidentFile getFile() {
        return file;
    }

    public String getHouseholdDate() {
        return householdDate;
    }

    public void setHouseholdDate(String householdDate) {
        this.householdDate = householdDate;
    }

    public HouseholdComposition getHousehold() {
        return household;
    }
}
