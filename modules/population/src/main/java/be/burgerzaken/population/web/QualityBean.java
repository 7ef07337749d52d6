package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.population.api.QualityRuleAudit;
import be.burgerzaken.population.api.QualityRuleChange;
import be.burgerzaken.population.api.QualityRuleCode;
import be.burgerzaken.population.api.QualityRuleView;
import be.burgerzaken.population.api.QualityRun;
import be.burgerzaken.population.api.QualitySignal;
import be.burgerzaken.population.api.QualitySignalSummary;
import be.burgerzaken.population.api.QualitySignals;
import be.burgerzaken.population.api.SignalReview;
import be.burgerzaken.population.api.SignalSeverity;
import be.burgerzaken.population.api.SignalStatus;
import be.burgerzaken.population.application.ResidentService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The quality screen (kwaliteitssignalen / signaux de qualité): the rules with their parameters (population
 * officers and administrators change them), a run of the rules, and the review list with a review dialog (clerks and
 * population officers, with a stated purpose). Translates only: the facade decides and logs.
 */
@Named
@ViewScoped
public class QualityBean implements Serializable {
    static final int PAGE_SIZE = 20;
    private static final Map<String, String> RULE_FIELDS = Map.of("enabled", "ruleForm:enabled",
            "threshold", "ruleForm:threshold", "windowDays", "ruleForm:windowDays", "severity", "ruleForm:severity",
            "validFrom", "ruleForm:validFrom", "validTo", "ruleForm:validTo", "description", "ruleForm:description");
    private static final Map<String, String> RUN_FIELDS = Map.of("date", "runForm:runDate");
    private static final Map<String, String> LIST_FIELDS = Map.of("purpose", "signalsForm:purpose",
            "rule", "signalsForm:ruleFilter", "status", "signalsForm:statusFilter");
    private static final Map<String, String> REVIEW_FIELDS = Map.of("outcome", "reviewForm:outcome",
            "note", "reviewForm:note");

    @Inject
    QualitySignals quality;
    @Inject
    PersonDirectory directory;
    @Inject
    AccessControl access;

    private List<QualityRuleView> rules = List.of();
    // the rule being edited, as typed
    private QualityRuleView editing;
    private boolean enabled;
    private String threshold;
    private String windowDays;
    private String severity;
    private String validFrom;
    private String validTo;
    private String description;
    // a run
    private String runDate;
    private QualityRun lastRun;
    // the review list
    private String purpose;
    private String ruleFilter = "";
    private String statusFilter = SignalStatus.OPEN.name();
    private int page;
    private Page<QualitySignalSummary> signals;
    // the review dialog
    private QualitySignal selected;
    private final Map<UUID, String> names = new LinkedHashMap<>();
    private String outcome = SignalStatus.JUSTIFIED.name();
    private String note;

    @PostConstruct
    void init() {
        if (isCanManage() || isCanReview()) {
            loadRules();
        }
    }

    public boolean isCanManage() {
        return access.allows(Capability.MANAGE_QUALITY_RULES);
    }

    public boolean isCanReview() {
        return access.allows(Capability.REVIEW_QUALITY_SIGNALS);
    }

    // --- rules

    public void edit(QualityRuleView rule) {
        newVersion = false;
        editing = rule;
        enabled = rule.enabled();
        threshold = Integer.toString(rule.threshold());
        windowDays = rule.windowDays() == null ? null : rule.windowDays().toString();
        severity = rule.severity().name();
        validFrom = rule.validFrom().toString();
        validTo = rule.validTo() == null ? null : rule.validTo().toString();
        description = rule.description();
    }

    public void cancelEdit() {
        editing = null;
    }

    public void saveRule() {
        try {
            QualityRuleView saved = quality.updateRule(editing.id(), new QualityRuleChange(null, enabled,
                    number(threshold, "threshold"), number(windowDays, "windowDays"), severity,
                    ResidentService.date(validFrom, "validFrom"), ResidentService.date(validTo, "validTo"),
                    description == null ? "" : description), editing.version(), AccessContext.ui(purpose));
            editing = null;
            loadRules();
            if (historyRule != null && historyRule.id().equals(saved.id())) {
                showHistory(saved);
            }
            info(text("quality.rule.saved") + " " + saved.code());
        } catch (DomainException e) {
            FacesProblems.show(e, RULE_FIELDS);
            if (!(e instanceof ValidationException)) {
                loadRules();
            }
        }
    }

    // --- issue 3 (task U): a new dated version of a rule, and a rule version's change history ---
    private boolean newVersion;
    private QualityRuleView historyRule;
    private List<QualityRuleAudit> history = List.of();

    /** Opens the form for a new version of the rule: its values as they are, the first day to be chosen. */
    public void startNewVersion(QualityRuleView rule) {
        edit(rule);
        newVersion = true;
        validFrom = null;
        validTo = null;
    }

    /** Adds the new dated version (the version valid then ends the day before); problems next to the fields. */
    public void saveVersion() {
        try {
            QualityRuleView added = quality.addRuleVersion(new QualityRuleChange(editing.code().name(), enabled,
                    number(threshold, "threshold"), number(windowDays, "windowDays"), severity,
                    ResidentService.date(validFrom, "validFrom"), ResidentService.date(validTo, "validTo"),
                    description == null ? "" : description), AccessContext.ui(purpose));
            editing = null;
            newVersion = false;
            loadRules();
            if (historyRule != null && historyRule.code() == added.code()) {
                showHistory(historyRule);
            }
            info(text("quality.newVersion.saved") + " " + added.code() + " " + added.validFrom());
        } catch (DomainException e) {
            FacesProblems.show(e, RULE_FIELDS);
        }
    }

    /** The change log of the rule version, newest first. */
    public void showHistory(QualityRuleView rule) {
        try {
            history = quality.ruleChanges(rule.id(), AccessContext.ui(purpose));
            historyRule = rule;
        } catch (DomainException e) {
            history = List.of();
            historyRule = null;
            FacesProblems.show(e, Map.of());
        }
    }

    public void closeHistory() {
        historyRule = null;
        history = List.of();
    }

    public boolean isNewVersion() {
        return newVersion;
    }

    public QualityRuleView getHistoryRule() {
        return historyRule;
    }

    public List<QualityRuleAudit> getHistory() {
        return history;
    }

    // --- run

    public void run() {
        try {
            lastRun = quality.run(ResidentService.date(runDate, "date"), AccessContext.ui(purpose));
            info(text("quality.run.done") + " " + lastRun.newSignals());
            if (signals != null) {
                search();
            }
        } catch (DomainException e) {
            FacesProblems.show(e, RUN_FIELDS);
        }
    }

    // --- the review list

    public void search() {
        page = 0;
        list();
    }

    public void next() {
        page++;
        list();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        list();
    }

    private void list() {
        try {
            signals = quality.signals(ruleFilter == null || ruleFilter.isBlank() ? null
                            : QualityRuleCode.valueOf(ruleFilter), statusFilter == null || statusFilter.isBlank()
                            ? null : SignalStatus.valueOf(statusFilter), page, PAGE_SIZE, AccessContext.ui(purpose));
        } catch (DomainException e) {
            signals = null;
            FacesProblems.show(e, LIST_FIELDS);
        }
    }

    public boolean isHasNext() {
        return signals != null && (long) (page + 1) * PAGE_SIZE < signals.total();
    }

    public boolean isHasPrevious() {
        return signals != null && page > 0;
    }

    // --- the review dialog

    public void open(UUID id) {
        try {
            selected = quality.signal(id, AccessContext.ui(purpose));
            names.clear();
            outcome = SignalStatus.JUSTIFIED.name();
            note = null;
        } catch (DomainException e) {
            selected = null;
            FacesProblems.show(e, LIST_FIELDS);
        }
    }

    /** "Family name, given names" of a person the open signal names (read through the kernel, which logs it). */
    public String name(UUID personId) {
        return names.computeIfAbsent(personId, id -> {
            try {
                PersonView p = directory.get(id, AccessContext.ui(purpose));
                return p.familyName() + ", " + p.givenNames();
            } catch (DomainException e) {
                return id.toString();
            }
        });
    }

    public void review() {
        try {
            QualitySignal done = quality.review(selected.id(), new SignalReview(outcome, note), selected.version(),
                    AccessContext.ui(purpose));
            selected = null;
            info(text("quality.review.done") + " " + text("quality.status." + done.status()));
            list();
        } catch (DomainException e) {
            FacesProblems.show(e, REVIEW_FIELDS);
        }
    }

    public void closeReview() {
        selected = null;
    }

    /** One fact of the open signal, for the page. */
    public record Fact(String key, String value) {
    }

    public List<Fact> getFacts() {
        return selected == null ? List.of() : selected.facts().entrySet().stream()
                .map(e -> new Fact(e.getKey(), e.getValue())).toList();
    }

    // --- choices

    public List<String> getRuleCodes() {
        return List.of(QualityRuleCode.values()).stream().map(Enum::name).toList();
    }

    public List<String> getStatuses() {
        return List.of(SignalStatus.values()).stream().map(Enum::name).toList();
    }

    public List<String> getOutcomes() {
        return List.of(SignalStatus.JUSTIFIED.name(), SignalStatus.REFERRED_TO_POLICE.name(), SignalStatus.DISMISSED.name());
    }

    public List<String> getSeverities() {
        return List.of(SignalSeverity.values()).stream().map(Enum::name).toList();
    }

    private void loadRules() {
        try {
            rules = quality.rules(AccessContext.ui(purpose));
        } catch (DomainException e) {
            rules = List.of();
        }
    }

    private static Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "invalid", "'" + text.strip() + "' is not a whole number");
        }
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "pm");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    // --- properties

    public List<QualityRuleView> getRules() {
        return rules;
    }

    public QualityRuleView getEditing() {
        return editing;
    }

    public boolean isEditingWindow() {
        return editing != null && editing.code() == QualityRuleCode.FREQUENT_MOVES;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(String threshold) {
        this.threshold = threshold;
    }

    public String getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(String windowDays) {
        this.windowDays = windowDays;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRunDate() {
        return runDate;
    }

    public void setRunDate(String runDate) {
        this.runDate = runDate;
    }

    public QualityRun getLastRun() {
        return lastRun;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getRuleFilter() {
        return ruleFilter;
    }

    public void setRuleFilter(String ruleFilter) {
        this.ruleFilter = ruleFilter;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public Page<QualitySignalSummary> getSignals() {
        return signals;
    }

    public int getPage() {
        return page;
    }

    public QualitySignal getSelected() {
        return selected;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Today, for the date inputs' max. */
    public String getToday() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).toString();
    }
}
