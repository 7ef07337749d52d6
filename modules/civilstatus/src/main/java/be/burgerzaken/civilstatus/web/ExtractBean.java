package be.burgerzaken.civilstatus.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.civilstatus.api.CivilStatusActs;
import be.burgerzaken.civilstatus.api.ExtractAssessment;
import be.burgerzaken.civilstatus.api.ExtractKind;
import be.burgerzaken.civilstatus.api.ExtractRequest;
import be.burgerzaken.civilstatus.api.ExtractRequester;
import be.burgerzaken.civilstatus.api.Extracts;
import be.burgerzaken.civilstatus.api.IssuedExtract;
import be.burgerzaken.civilstatus.api.RequesterRelation;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.DocumentRequest;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonSummary;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The extract screen (uittreksel of afschrift afleveren / délivrer un extrait ou une copie),
 * {@code /civilstatus/extract.xhtml?act=<actId>}: the purpose once per act, then kind, language, requester (one of
 * the persons the act names, another person found by name, or a name only) and relation, the basis when the
 * relation is declared; "check" shows the access rules' outcome before anything is issued, "issue" issues it and
 * offers the PDF (served by {@link ExtractPdfBean}). Translates only: the facade decides.
 */
@Named
@ViewScoped
public class ExtractBean implements Serializable {
    static final String SEARCH = "search";
    static final String OTHER = "other";
    static final String PERSON = "person:";
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("purpose", "purposeForm:purpose"),
            Map.entry("kind", "extractForm:kind"), Map.entry("language", "extractForm:language"),
            Map.entry("channel", "extractForm:channel"), Map.entry("requester", "extractForm:requester"),
            Map.entry("requester.personId", "extractForm:requester"),
            Map.entry("requester.relation", "extractForm:relation"), Map.entry("requester.name", "extractForm:name"),
            Map.entry("requester.nationalNumber", "extractForm:nationalNumber"),
            Map.entry("requester.basis", "extractForm:basis"));

    /** A person the act names, offered as the requester. */
    public record PersonOption(String value, String label) implements Serializable {
    }

    private String act;
    private String purpose;
    private ActView view;
    private final List<PersonOption> persons = new ArrayList<>();
    private String kind = ExtractKind.EXTRACT.name();
    private String language = "nl";
    private String channel = "COUNTER";
    private String requester = OTHER;
    private String search;
    private String name;
    private String nationalNumber;
    private String relation = RequesterRelation.SELF.name();
    private String basis;
    private ExtractAssessment assessment;
    private IssuedExtract issued;
    private List<IssuedExtract> history = List.of();
    /** The persons the last search offered: label to id. */
    private final Map<String, UUID> found = new LinkedHashMap<>();

    @Inject
    CivilStatusActs acts;
    @Inject
    Extracts extracts;
    @Inject
    PersonDirectory directory;
    @Inject
    ExtractPurposes purposes;

    /** Called on page load (f:viewAction): opens the act when its purpose is known in this session. */
    public void load() {
        UUID id = actId();
        if (id != null && view == null) {
            String known = purposes.forAct(id);
            if (known != null) {
                purpose = known;
                open(id);
            }
        }
    }

    public void confirmPurpose() {
        UUID id = actId();
        if (id != null && open(id)) {
            purposes.forAct(id, purpose.strip());
        }
    }

    private boolean open(UUID id) {
        try {
            view = acts.get(id, AccessContext.ui(purpose));
        } catch (DomainException e) {
            view = null;
            FacesProblems.show(e, FIELDS);
            return false;
        }
        persons.clear();
        List<UUID> seen = new ArrayList<>();
        for (Subject s : view.subjects()) {
            if (seen.contains(s.personId())) {
                continue;
            }
            seen.add(s.personId());
            try {
                PersonView p = directory.get(s.personId(), AccessContext.ui(purpose));
                persons.add(new PersonOption(PERSON + p.id(), (p.familyName() + " " + p.givenNames()).strip() + " ("
                        + s.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")"));
            } catch (DomainException e) {
                persons.add(new PersonOption(PERSON + s.personId(), s.personId() + " (" + s.role() + ")"));
            }
        }
        if (!persons.isEmpty()) {
            requester = persons.get(0).value();
        }
        refreshHistory();
        return true;
    }

    /** The act may have extracts: it is a registered original. */
    public boolean isExtractable() {
        return view != null && view.status() == ActStatus.REGISTERED && view.amendsActId() == null;
    }

    public List<String> completePerson(String query) {
        found.clear();
        if (query == null || query.strip().length() < 2) {
            return List.of();
        }
        try {
            String q = query.strip();
            String digits = q.replaceAll("[^0-9]", "");
            PersonSearch s = digits.length() == 11 ? new PersonSearch(digits, null, null, null, 0, 15)
                    : new PersonSearch(null, q.split(" ")[0], q.contains(" ") ? q.substring(q.indexOf(' ') + 1) : null,
                    null, 0, 15);
            for (PersonSummary p : directory.search(s, AccessContext.ui(purpose)).items()) {
                String label = (p.familyName() + " " + p.givenNames()).strip() + " (" + p.birthDate() + ")"
                        + (p.nationalNumber() == null ? "" : " " + p.nationalNumber());
                found.putIfAbsent(label, p.id());
            }
        } catch (DomainException e) {
            return List.of();
        }
        return new ArrayList<>(found.keySet());
    }

    /** Shows the access rules' outcome, issues nothing. */
    public void check() {
        issued = null;
        try {
            assessment = extracts.assess(actId(), request(), AccessContext.ui(purpose));
        } catch (DomainException e) {
            assessment = null;
            FacesProblems.show(e, FIELDS);
        }
    }

    public void issue() {
        try {
            issued = extracts.issue(actId(), request(), AccessContext.ui(purpose), null);
            assessment = null;
        } catch (DomainException e) {
            issued = null;
            FacesProblems.show(e, FIELDS);
            // the refusal names the rule: show the outcome next to it
            try {
                assessment = extracts.assess(actId(), request(), AccessContext.ui(purpose));
            } catch (DomainException ignored) {
                assessment = null;
            }
        }
        refreshHistory();
    }

    private void refreshHistory() {
        try {
            history = extracts.issued(actId(), 0, 20, AccessContext.ui(purpose)).items();
        } catch (DomainException e) {
            history = List.of();
        }
    }

    private ExtractRequest request() {
        UUID personId = null;
        String n = blank(name) ? null : name.strip();
        if (requester != null && requester.startsWith(PERSON)) {
            personId = UUID.fromString(requester.substring(PERSON.length()));
        } else if (SEARCH.equals(requester)) {
            personId = search == null ? null : found.get(search);
        }
        return new ExtractRequest(kind, language, new ExtractRequester(personId, blank(nationalNumber) ? null
                : nationalNumber.strip(), n, relation, blank(basis) ? null : basis.strip()), channel);
    }

    /** The address of the PDF for the preview and the download. */
    public String getPdfUrl() {
        return issued == null ? null : pdfUrl(issued);
    }

    public String pdfUrl(IssuedExtract e) {
        return "extract-pdf.xhtml?act=" + e.actId() + "&extract=" + e.id();
    }

    public List<String> getKinds() {
        List<String> kinds = new ArrayList<>(List.of(ExtractKind.EXTRACT.name(), ExtractKind.COPY.name()));
        if (view != null && List.of("BIRTH", "MARRIAGE", "DEATH").contains(view.type().name())) {
            kinds.add(ExtractKind.MULTILINGUAL.name());
        }
        return kinds;
    }

    public List<String> getLanguages() {
        return DocumentRequest.LANGUAGES;
    }

    public List<String> getRelations() {
        return List.of(RequesterRelation.values()).stream().map(Enum::name).toList();
    }

    public List<String> getChannels() {
        return ExtractRequest.CHANNELS;
    }

    public List<PersonOption> getPersons() {
        return persons;
    }

    public String getSearchValue() {
        return SEARCH;
    }

    public String getOtherValue() {
        return OTHER;
    }

    private UUID actId() {
        try {
            return act == null ? null : UUID.fromString(act.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean isPurposeNeeded() {
        return view == null;
    }

    public String getAct() { return act; }
    public void setAct(String act) { this.act = act; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public ActView getView() { return view; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getRequester() { return requester; }
    public void setRequester(String requester) { this.requester = requester; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNationalNumber() { return nationalNumber; }
    public void setNationalNumber(String nationalNumber) { this.nationalNumber = nationalNumber; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public ExtractAssessment getAssessment() { return assessment; }
    public IssuedExtract getIssued() { return issued; }
    public List<IssuedExtract> getHistory() { return history; }
}
