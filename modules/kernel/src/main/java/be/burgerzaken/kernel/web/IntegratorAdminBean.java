package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.application.IntegratorRegistryService;
import be.burgerzaken.kernel.application.IntegratorRegistryService.AuthorisationInput;
import be.burgerzaken.kernel.application.IntegratorRegistryService.BodyInput;
import be.burgerzaken.kernel.application.IntegratorRegistryService.ClientView;
import be.burgerzaken.kernel.persistence.IntegratorStore.BodyRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.ClientRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.NotificationRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The administrator's integrator registry: bodies, clients, authorisations, dead letters. */
@Named
@ViewScoped
public class IntegratorAdminBean implements Serializable {

    @Inject
    IntegratorRegistryService registry;

    private List<BodyRow> bodies = List.of();
    private List<ClientRow> clients = List.of();
    private List<NotificationRow> deadLetters = List.of();
    private ClientView client;
    private String clientId;

    private String name;
    private String enterpriseNumber;
    private String contactName;
    private String contactEmail;

    private String purpose;
    private String legalBasis;
    private List<String> types = new ArrayList<>();
    private String validFrom;
    private String validTo;
    private boolean history;
    private String scope = "ALL";

    // --- credentials and revocation on the screen (issue 9, second part) ---
    private String overlapHours = "24";
    private String jwk;
    private String issuedSecret;
    private String issuedCredentialId;

    @PostConstruct
    void load() {
        try {
            bodies = registry.bodies();
            clients = registry.clients(null);
            deadLetters = registry.deadLetters();
            if (clientId != null) {
                client = registry.client(clientId);
            }
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
    }

    public void createBody() {
        try {
            BodyRow b = registry.createBody(new BodyInput(name, enterpriseNumber, contactName, contactEmail, null));
            name = enterpriseNumber = contactName = contactEmail = null;
            info("integrators.bodyCreated", b.name());
            load();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of("name", "bodyForm:name", "enterpriseNumber", "bodyForm:enterpriseNumber",
                    "contactEmail", "bodyForm:contactEmail"));
        }
    }

    public void open(String id) {
        clientId = id;
        issuedSecret = null;
        load();
        // --- frontoffice (issue 8) ---
        services = client == null || client.client().roles() == null || client.client().roles().isBlank()
                ? new ArrayList<>() : new ArrayList<>(List.of(client.client().roles().split(",")));
    }

    // --- frontoffice (issue 8): the services (client roles) the client is authorised for ---
    private List<String> services = new ArrayList<>();

    public List<String> getServices() { return services; }
    public void setServices(List<String> v) { services = v; }
    public List<String> getServiceChoices() { return be.burgerzaken.kernel.api.access.Roles.CLIENT_SERVICES; }

    public void saveServices() {
        try {
            registry.setServices(clientId, services);
            info("integrators.servicesSaved", clientId);
            load();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of("services", "servicesForm:services"));
        }
    }
    // --- end frontoffice ---

    public void addAuthorisation() {
        try {
            registry.addAuthorisation(clientId, new AuthorisationInput(purpose, legalBasis, types,
                    date("validFrom", validFrom), date("validTo", validTo), history, scope));
            purpose = legalBasis = validFrom = validTo = null;
            types = new ArrayList<>();
            history = false;
            info("integrators.authorised", clientId);
            load();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of("purpose", "authForm:purpose", "legalBasis", "authForm:legalBasis",
                    "informationTypes", "authForm:types", "validFrom", "authForm:validFrom", "validTo",
                    "authForm:validTo", "populationScope", "authForm:scope"));
        }
    }

    public void endAuthorisation(String id, long version) {
        try {
            registry.endAuthorisation(clientId, id, version);
            load();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
    }

    // --- credentials and revocation on the screen (issue 9, second part) ---

    /** A new secret, shown once on this page (only its hash is stored); the old ones stop after the overlap. */
    public void rotateSecret() {
        try {
            int hours;
            try {
                hours = Integer.parseInt(overlapHours == null ? "" : overlapHours.strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("overlapHours", "invalid", "'" + overlapHours + "' is not a number of hours");
            }
            var issued = registry.rotateSecret(clientId, hours);
            issuedSecret = issued.secret();
            issuedCredentialId = issued.credentialId();
            info("integrators.secretRotated", clientId);
            load();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of("overlapHours", "secretForm:overlapHours"));
        }
    }

    public void addPublicKey() {
        issuedSecret = null;
        try {
            var row = registry.addPublicKey(clientId, jwk);
            jwk = null;
            info("integrators.keyAdded", row.id());
            load();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of("jwk", "keyForm:jwk"));
        }
    }

    public void revokeCredential(String credentialId) {
        issuedSecret = null;
        try {
            registry.revokeCredential(clientId, credentialId);
            info("integrators.credentialRevoked", credentialId);
            load();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
    }

    /** Revokes the whole client: no new tokens, and its current tokens are refused on every call. */
    public void revokeClient() {
        issuedSecret = null;
        try {
            registry.revokeClient(clientId);
            info("integrators.clientRevoked", clientId);
            load();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
    }

    public String getOverlapHours() { return overlapHours; }
    public void setOverlapHours(String v) { overlapHours = v; }
    public String getJwk() { return jwk; }
    public void setJwk(String v) { jwk = v; }
    public String getIssuedSecret() { return issuedSecret; }
    public String getIssuedCredentialId() { return issuedCredentialId; }

    // --- end of credentials block ---

    public void redeliver(long id) {
        try {
            registry.redeliver(id);
            load();
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
    }

    public List<InformationType> getInformationTypes() {
        return List.of(InformationType.values());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static void info(String key, String arg) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String text = fc.getApplication().getResourceBundle(fc, "km").getString(key);
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text + " " + arg, null));
    }

    public List<BodyRow> getBodies() { return bodies; }
    public List<ClientRow> getClients() { return clients; }
    public List<NotificationRow> getDeadLetters() { return deadLetters; }
    public ClientView getClient() { return client; }
    public String getClientId() { return clientId; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEnterpriseNumber() { return enterpriseNumber; }
    public void setEnterpriseNumber(String v) { enterpriseNumber = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { legalBasis = v; }
    public List<String> getTypes() { return types; }
    public void setTypes(List<String> v) { types = v; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String v) { validFrom = v; }
    public String getValidTo() { return validTo; }
    public void setValidTo(String v) { validTo = v; }
    public boolean isHistory() { return history; }
    public void setHistory(boolean v) { history = v; }
    public String getScope() { return scope; }
    public void setScope(String v) { scope = v; }
}
