package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActStep;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.CivilStatusActs;
import be.burgerzaken.civilstatus.api.FieldChange;
import be.burgerzaken.civilstatus.api.HistoryEntry;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.NamedPerson;
import be.burgerzaken.civilstatus.domain.ContentDiff;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An act (/civilstatus/act.xhtml?id=): number, officer and sign-off, legal basis, what it says, the persons it
 * names, attachments, its history (the original and its amended acts in order, with the changed fields before and
 * after), linked acts, and the steps its status and the user's role allow: edit or submit a draft, sign (the civil
 * registrar only; the facade checks it again), send back to draft with a remark, abandon, correct a registered act,
 * issue an extract. The purpose is asked once per act and session.
 */
@Named
@ViewScoped
public class ActViewBean implements Serializable {
    private String id;
    private String submitted;
    private String purpose;
    private ActView act;
    private String remark;
    private String abandonReason;

    @Inject
    CivilStatusActs acts;
    @Inject
    CivilStatusPurposes purposes;
    @Inject
    AccessControl access;

    public void load() {
        UUID actId = uuid();
        if (actId == null || act != null) {
            return;
        }
        String known = purposes.forAct(actId);
        if (known != null) {
            purpose = known;
            read();
        } else {
            purpose = purposes.work();
        }
    }

    public void confirmPurpose() {
        if (purpose == null || purpose.isBlank()) {
            CivilStatusFaces.show(new ValidationException("purpose", "required", CivilStatusFaces.text("purpose.required")),
                    f -> "purposeForm:purpose");
            return;
        }
        if (read()) {
            purposes.forAct(uuid(), purpose);
            if (purposes.work() == null) {
                purposes.work(purpose);
            }
        }
    }

    private boolean read() {
        try {
            act = acts.get(uuid(), context());
            return true;
        } catch (DomainException e) {
            act = null;
            CivilStatusFaces.show(e, f -> "purpose".equals(f) ? "purposeForm:purpose" : null);
            return false;
        }
    }

    // --- steps -------------------------------------------------------------------------------------------------

    public void sign() {
        submitted = null;
        try {
            act = acts.register(act.id(), act.version(), context());
            CivilStatusFaces.info(CivilStatusFaces.text("view.signedAs").replace("{0}", act.number()));
        } catch (DomainException e) {
            refused(e);
        }
    }

    public void submit() {
        submitted = null;
        try {
            act = acts.submit(act.id(), act.version(), context());
            CivilStatusFaces.info(CivilStatusFaces.text("view.submittedNow"));
        } catch (DomainException e) {
            refused(e);
        }
    }

    public void sendBack() {
        submitted = null;
        if (remark == null || remark.isBlank()) {
            CivilStatusFaces.show(new ValidationException("remark", "required", CivilStatusFaces.text("sendBack.required")),
                    f -> "sendBackForm:remark");
            return;
        }
        try {
            act = acts.backToDraft(act.id(), remark, act.version(), context());
            remark = null;
            CivilStatusFaces.info(CivilStatusFaces.text("view.sentBack"));
        } catch (DomainException e) {
            CivilStatusFaces.show(e, f -> "remark".equals(f) ? "sendBackForm:remark" : null);
            reread(e);
        }
    }

    public void abandon() {
        submitted = null;
        try {
            act = acts.abandon(act.id(), abandonReason, act.version(), context());
            abandonReason = null;
        } catch (DomainException e) {
            CivilStatusFaces.show(e, f -> "reason".equals(f) ? "abandonForm:abandonReason" : null);
            reread(e);
        }
    }

    /** A refusal of the whole act: each problem at the top, named by the field's label, and the act as it is now. */
    private void refused(DomainException e) {
        if (e instanceof ValidationException v) {
            ContentRows labels = rows();
            List<FieldProblem> named = v.problems().stream().map(p -> new FieldProblem(fieldLabel(labels, p.field()),
                    p.code(), p.message(), p.args())).toList();
            CivilStatusFaces.show(new ValidationException(named), f -> null);
        } else {
            CivilStatusFaces.show(e, f -> null);
        }
        reread(e);
    }

    /** The label of a field the facade names: content fields by their path, the legal basis and attachments. */
    static String fieldLabel(ContentRows labels, String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("content.")) {
            return labels.label(field.replaceFirst("^content\\.(corrected\\.)?", ""));
        }
        if (field.equals("legalBasis")) {
            return CivilStatusFaces.text("basis.title");
        }
        if (field.startsWith("legalBasis.")) {
            return CivilStatusFaces.text("basis.title") + " · "
                    + CivilStatusFaces.text("basis." + field.substring("legalBasis.".length()));
        }
        if (field.equals("attachments")) {
            return CivilStatusFaces.text("attachments.title");
        }
        if (field.equals("drawnUpAt")) {
            return CivilStatusFaces.text("field.drawnUpAt");
        }
        return field;
    }

    /** After a conflict the page shows the act as it stands now. */
    private void reread(DomainException e) {
        if (!(e instanceof ValidationException)) {
            try {
                act = acts.get(act.id(), context());
            } catch (DomainException gone) {
                // the message already shown says why
            }
        }
    }

    // --- what the page shows -----------------------------------------------------------------------------------

    private ContentRows rows() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return new ContentRows(CivilStatusFaces::text, faces.getViewRoot().getLocale());
    }

    /** What the act says (an amended act: its corrected content). */
    public List<ContentRows.Row> getContentRows() {
        return act == null ? List.of() : rows().rows(shown(act.content()));
    }

    /** The content of a registered original as corrected by its amended acts, when it differs. */
    public List<ContentRows.Row> getCurrentRows() {
        if (act == null || act.currentContent() == null || act.currentContent().equals(act.content())) {
            return List.of();
        }
        return rows().rows(act.currentContent());
    }

    private static Object shown(ActContent content) {
        return content instanceof AmendedContent a ? a.corrected() : content;
    }

    public String getAmendReason() {
        return act != null && act.content() instanceof AmendedContent a ? a.reason() : null;
    }

    /** The fields an entry of the history changed: "label: before -> after". */
    public List<ContentRows.Row> changes(HistoryEntry entry) {
        ContentRows labels = rows();
        List<ContentRows.Row> out = new ArrayList<>();
        for (FieldChange c : entry.changes()) {
            out.add(new ContentRows.Row(c.field(), labels.label(c.field()),
                    (c.before() == null ? "—" : labels.value(c.field(), c.before())) + " → "
                            + (c.after() == null ? "—" : labels.value(c.field(), c.after()))));
        }
        return out;
    }

    /** The history when there is more than the act itself (an original with amendments, or an amended act). */
    public List<HistoryEntry> getHistory() {
        return act == null || act.history().size() < 2 ? List.of() : act.history();
    }

    /** Act numbers the content refers to (recognition, declaration, marriage, birth act). */
    public List<ContentRows.Row> getReferencedNumbers() {
        if (act == null) {
            return List.of();
        }
        List<ContentRows.Row> out = new ArrayList<>();
        ContentRows labels = rows();
        for (Map.Entry<String, String> e : ContentDiff.flatten(shown(act.content())).entrySet()) {
            if (e.getKey().endsWith("ActNumber") || e.getKey().equals("originalNumber")) {
                out.add(new ContentRows.Row(e.getKey(), labels.label(e.getKey()), e.getValue()));
            }
        }
        return out;
    }

    /** The number of the original an amended act corrects. */
    public String getOriginalNumber() {
        if (act == null || act.amendsActId() == null) {
            return null;
        }
        return act.history().stream().filter(h -> h.actId().equals(act.amendsActId())).map(HistoryEntry::number)
                .filter(Objects::nonNull).findFirst().orElse(act.amendsActId().toString());
    }

    public List<NamedPerson> getPersons() {
        return act == null || act.persons() == null ? List.of() : act.persons();
    }

    public String personName(NamedPerson p) {
        return (p.familyName() == null ? "" : p.familyName()) + ", " + (p.givenNames() == null ? "" : p.givenNames());
    }

    /** "Court decision AR 26/1234/A", or a dash. */
    public String basis(LegalBasis basis) {
        if (basis == null) {
            return "—";
        }
        String kind = basis.kind() == null ? "" : CivilStatusFaces.text("basis." + basis.kind());
        return (kind + " " + (basis.reference() == null ? "" : basis.reference())).strip();
    }

    public String moment(Instant instant) {
        return CivilStatusFaces.moment(instant);
    }

    private boolean may(ActStep step) {
        return act != null && act.allowedSteps().contains(step);
    }

    public boolean isMayEdit() {
        return may(ActStep.EDIT) && access.allows(Capability.DRAFT_CIVIL_STATUS_ACT);
    }

    public boolean isMaySubmit() {
        return may(ActStep.SUBMIT) && access.allows(Capability.DRAFT_CIVIL_STATUS_ACT);
    }

    /** Only the civil registrar sees the signature; the facade checks the role again. */
    public boolean isMaySign() {
        return may(ActStep.REGISTER) && access.allows(Capability.REGISTER_CIVIL_STATUS_ACT);
    }

    public boolean isMaySendBack() {
        return may(ActStep.BACK_TO_DRAFT) && access.allows(Capability.DRAFT_CIVIL_STATUS_ACT);
    }

    public boolean isMayAbandon() {
        return may(ActStep.ABANDON) && access.allows(Capability.DRAFT_CIVIL_STATUS_ACT);
    }

    public boolean isMayAmend() {
        return may(ActStep.AMEND) && access.allows(Capability.DRAFT_CIVIL_STATUS_ACT);
    }

    public boolean isMayIssueExtract() {
        return act != null && act.status() == ActStatus.REGISTERED && act.type() != ActType.AMENDED
                && access.allows(Capability.READ_CIVIL_STATUS_ACT);
    }

    public boolean isPurposeNeeded() {
        return act == null;
    }

    private AccessContext context() {
        return AccessContext.ui(purpose);
    }

    private UUID uuid() {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // getters and setters of the page
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getSubmitted() { return submitted; }
    public void setSubmitted(String v) { submitted = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public ActView getAct() { return act; }
    public String getRemark() { return remark; }
    public void setRemark(String v) { remark = v; }
    public String getAbandonReason() { return abandonReason; }
    public void setAbandonReason(String v) { abandonReason = v; }
}
