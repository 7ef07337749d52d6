package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.FactRecord;
import be.burgerzaken.kernel.api.person.ParentsView;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person's file: identity, history of every fact, and the identity as of a chosen date. The purpose is
 * asked once per citizen and session before anything is shown.
 */
@Named
@ViewScoped
public class PersonBean implements Serializable {
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private String id;
    private String purpose;
    private PersonView person;
    private List<FactRecord> history;
    private String asOfDate;
    private String knownAt;
    private PersonView asOf;
    private ParentsView parents;
    private be.burgerzaken.kernel.api.person.CivilStatusView civilStatus;

    @Inject
    PersonDirectory directory;
    @Inject
    PurposeContext purposes;
    @Inject
    jakarta.enterprise.inject.Instance<be.burgerzaken.kernel.api.spi.PersonFileLinks> modules;
    @Inject
    be.burgerzaken.kernel.api.access.AccessControl access;

    /** Called on page load (f:viewAction). */
    public void load() {
        UUID uuid = uuid();
        if (uuid == null) {
            return;
        }
        String known = purposes.forPerson(uuid);
        if (known != null) {
            purpose = known;
            read(uuid);
        } else if (purpose == null) {
            purpose = purposes.searchPurpose();
        }
    }

    /** The purpose form's submit: remember it for this citizen and show the file. */
    public void confirmPurpose() {
        UUID uuid = uuid();
        if (uuid != null && read(uuid)) {
            purposes.forPerson(uuid, purpose.strip());
        }
    }

    private boolean read(UUID uuid) {
        try {
            AccessContext ctx = AccessContext.ui(purpose);
            person = directory.get(uuid, ctx);
            history = directory.history(uuid, ctx).records();
            parents = directory.parents(uuid, null, ctx);
            civilStatus = directory.civilStatus(uuid, null, ctx);
            return true;
        } catch (DomainException e) {
            person = null;
            FacesProblems.show(e, Map.of("purpose", "purposeForm:purpose"));
            return false;
        }
    }

    public void showAsOf() {
        try {
            LocalDate date;
            try {
                date = LocalDate.parse(asOfDate == null ? "" : asOfDate.strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException("date", "invalid", "'" + asOfDate + "' is not a date (YYYY-MM-DD)");
            }
            Instant known = null;
            if (knownAt != null && !knownAt.isBlank()) {
                try {
                    known = LocalDateTime.parse(knownAt.strip().replace(' ', 'T')).atZone(BELGIUM).toInstant();
                } catch (DateTimeParseException e) {
                    throw new ValidationException("knownAt", "invalid",
                            "'" + knownAt + "' is not a moment (YYYY-MM-DD HH:MM)");
                }
            }
            asOf = directory.asOf(person.id(), date, known, AccessContext.ui(purpose));
        } catch (DomainException e) {
            asOf = null;
            FacesProblems.show(e, Map.of("date", "asOfForm:asOfDate", "knownAt", "asOfForm:knownAt"));
        }
    }

    private UUID uuid() {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Other modules' views of this person that the user's roles allow. */
    public List<be.burgerzaken.kernel.api.spi.MenuItem> getLinks() {
        var actor = access.currentActor();
        return modules.stream().flatMap(m -> m.personFileLinks().stream())
                .filter(i -> actor.hasAnyRole(i.roles()))
                .sorted(java.util.Comparator.comparingInt(be.burgerzaken.kernel.api.spi.MenuItem::order)).toList();
    }

    public boolean isPurposeNeeded() {
        return person == null;
    }

    public String formatNumber(String digits) {
        return NationalNumberFormat.format(digits);
    }

    public String place(String nis, String foreign, String country) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ReferenceCatalog ref = ReferenceCatalog.load();
        if (nis != null) {
            return ref.municipalityByNis(nis).map(m -> m.name(locale) + " (" + nis + ")").orElse(nis);
        }
        String c = country == null ? "" : ref.countryByIso2(country).map(x -> x.name(locale)).orElse(country);
        return foreign == null ? c : foreign + (c.isEmpty() ? "" : ", " + c);
    }

    public String nationalities(List<String> codes) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return codes.stream().map(c -> ReferenceCatalog.load().countryByIso2(c).map(x -> x.name(locale)).orElse(c))
                .collect(Collectors.joining(", "));
    }

    public String value(FactRecord r) {
        if (r.value() == null) {
            return "-";
        }
        if (r.fact() == be.burgerzaken.kernel.api.person.IdentityFact.PARENTS) {
            return parentsValue(r.value().get("parents"));
        }
        return r.value().entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }

    // --- civil status (issue 4): filiation ---

    /** The parents of a PARENTS history record: "Mother: Peeters, An (act 2026/BIRTH/000012); ...". */
    private String parentsValue(Object list) {
        if (!(list instanceof List<?> l) || l.isEmpty()) {
            return "-";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.ResourceBundle km = faces.getApplication().getResourceBundle(faces, "km");
        return l.stream().map(o -> (Map<?, ?>) o).map(m -> {
            Object role = m.get("role");
            String label = role != null && km.containsKey("parent." + role) ? km.getString("parent." + role)
                    : String.valueOf(role);
            Object name = m.get("name") != null ? m.get("name") : m.get("personId");
            Object basis = m.get("basisReference");
            return label + ": " + name + (basis == null ? "" : " (" + basis + ")");
        }).collect(Collectors.joining("; "));
    }

    /** Label of a parent's role. */
    public String parentRole(String role) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.ResourceBundle km = faces.getApplication().getResourceBundle(faces, "km");
        return role != null && km.containsKey("parent." + role) ? km.getString("parent." + role) : role;
    }

    /** The act a parent's link rests on: its own reference, else the record's basis. */
    public String parentSource(be.burgerzaken.kernel.api.person.ParentLink link) {
        if (link.basisReference() != null) {
            return link.basisReference();
        }
        return parents == null || parents.basis() == null ? "" : parents.basis().reference();
    }

    public ParentsView getParents() { return parents; }

    /** The civil status today: "Gehuwd met Janssens, Bart sinds 2021-05-08 (2021/MARRIAGE/000012)", or "-". */
    public String getCivilStatusText() {
        if (civilStatus == null || civilStatus.status() == null) {
            return "-";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.ResourceBundle km = faces.getApplication().getResourceBundle(faces, "km");
        StringBuilder sb = new StringBuilder(km.getString("civilStatus." + civilStatus.status().name()));
        if (civilStatus.partnerName() != null) {
            sb.append(", ").append(civilStatus.partnerName());
        }
        if (civilStatus.validFrom() != null) {
            sb.append(", ").append(km.getString("civilStatus.since")).append(' ').append(civilStatus.validFrom());
        }
        if (civilStatus.basis() != null && civilStatus.basis().reference() != null) {
            sb.append(" (").append(civilStatus.basis().reference()).append(')');
        }
        return sb.toString();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public PersonView getPerson() { return person; }
    public List<FactRecord> getHistory() { return history; }
    public String getAsOfDate() { return asOfDate; }
    public void setAsOfDate(String asOfDate) { this.asOfDate = asOfDate; }
    public String getKnownAt() { return knownAt; }
    public void setKnownAt(String knownAt) { this.knownAt = knownAt; }
    public PersonView getAsOf() { return asOf; }
}
