package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.ActAttachments;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.civilstatus.api.AttachmentView;
import be.burgerzaken.civilstatus.api.CivilStatusActs;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import be.burgerzaken.civilstatus.application.CivilStatusSettings;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonSummary;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The guided form of an act (/civilstatus/act-new.xhtml?type=, act-edit.xhtml?id= for a draft, act-amend.xhtml?id=
 * for a correction of a registered act): a dedicated form for births, deaths, marriages and declarations of
 * marriage, a form following the content record for the other types; persons picked from the person register
 * (kernel search) or typed; legal basis; attachments of a draft (a plain file input: PrimeFaces' simple
 * p:fileUpload renders its input aria-hidden yet focusable, which fails the WCAG checks). Save keeps the act's version in the view (a
 * change by someone else in between is refused with a clear message, the input stays); submit sends it for
 * signature; abandon with a reason. The facade decides; each problem shows next to its input, typed input kept.
 */
@Named
@ViewScoped
public class ActFormBean implements Serializable {
    /** What the page does. */
    public enum Mode { NEW, EDIT, AMEND }

    private Mode mode = Mode.NEW;
    private String type;
    private String id;
    private String saved;
    private String purpose;
    private UUID actId;
    private long version;
    private ActView act;
    private ActView original;
    private ActForm form;
    private String abandonReason;
    /** The file chosen for upload (this request only). */
    private transient Part upload;
    /** One key per form: a double submit returns the first act instead of a second one (ADR 0007). */
    private final String idempotencyKey = UUID.randomUUID().toString();
    /** The kernel person each person input was last filled from, so a pick fills it once. */
    private final HashMap<String, UUID> filledFrom = new HashMap<>();

    @Inject
    CivilStatusActs acts;
    @Inject
    ActAttachments attachments;
    @Inject
    PersonDirectory directory;
    @Inject
    CivilStatusPurposes purposes;
    @Inject
    CivilStatusSettings settings;

    // --- page load ---------------------------------------------------------------------------------------------

    public void loadNew() {
        mode = Mode.NEW;
        if (form != null || actType() == null) {
            return;
        }
        purpose = purposes.work();
        if (purpose != null) {
            form = ActForm.empty(actType(), settings.municipalityNis());
        }
    }

    public void loadEdit() {
        mode = Mode.EDIT;
        if (form != null || uuid(id) == null) {
            return;
        }
        purpose = purposes.forAct(uuid(id));
        if (purpose != null) {
            read();
        } else {
            purpose = purposes.work();
        }
    }

    public void loadAmend() {
        mode = Mode.AMEND;
        if (form != null || uuid(id) == null) {
            return;
        }
        purpose = purposes.forAct(uuid(id));
        if (purpose != null) {
            read();
        } else {
            purpose = purposes.work();
        }
    }

    /**
     * The purpose, asked once: for a new act the work purpose of the session, else this act's. The page is then
     * opened again, so that the form is built for its act type.
     */
    public String confirmPurpose() {
        if (purpose == null || purpose.isBlank()) {
            CivilStatusFaces.show(new ValidationException("purpose", "required", CivilStatusFaces.text("purpose.required")),
                    f -> "purposeForm:purpose");
            return null;
        }
        if (mode == Mode.NEW) {
            // nothing is read yet that would let the kernel judge the purpose: its own bounds, before any search
            int length = purpose.strip().length();
            if (length < AccessContext.MIN_PURPOSE || length > AccessContext.MAX_PURPOSE) {
                CivilStatusFaces.show(new ValidationException("purpose", "length", CivilStatusFaces.text("purpose.length")
                        .replace("{0}", String.valueOf(AccessContext.MIN_PURPOSE))
                        .replace("{1}", String.valueOf(AccessContext.MAX_PURPOSE)), AccessContext.MIN_PURPOSE,
                        AccessContext.MAX_PURPOSE), f -> "purposeForm:purpose");
                return null;
            }
            purposes.work(purpose);
            return "/civilstatus/act-new.xhtml?faces-redirect=true&type=" + actType();
        }
        if (!read()) {
            return null;
        }
        purposes.forAct(uuid(id), purpose);
        if (purposes.work() == null) {
            purposes.work(purpose);
        }
        return (mode == Mode.AMEND ? "/civilstatus/act-amend.xhtml" : "/civilstatus/act-edit.xhtml")
                + "?faces-redirect=true&id=" + uuid(id);
    }

    private boolean read() {
        try {
            ActView v = acts.get(uuid(id), context());
            if (mode == Mode.AMEND) {
                original = v;
                if (v.status() == ActStatus.REGISTERED) {
                    form = ActForm.amending(v, settings.municipalityNis());
                }
            } else {
                accept(v);
                if (v.status() == ActStatus.DRAFT) {
                    form = ActForm.of(v);
                    rememberPicked();
                }
            }
            return true;
        } catch (DomainException e) {
            CivilStatusFaces.show(e, f -> "purpose".equals(f) ? "purposeForm:purpose" : null);
            return false;
        }
    }

    private void accept(ActView v) {
        act = v;
        actId = v.id();
        version = v.version();
    }

    // --- commands ----------------------------------------------------------------------------------------------

    public String save() {
        saved = null;
        try {
            ActView v = write();
            if (mode != Mode.EDIT || !v.id().toString().equals(id)) {
                return "/civilstatus/act-edit.xhtml?faces-redirect=true&saved=true&id=" + v.id();
            }
            CivilStatusFaces.info(CivilStatusFaces.text("form.saved"));
            return null;
        } catch (DomainException e) {
            show(e);
            return null;
        }
    }

    public String submit() {
        saved = null;
        try {
            ActView v = write();
            v = acts.submit(v.id(), v.version(), context());
            accept(v);
            return "/civilstatus/act.xhtml?faces-redirect=true&submitted=true&id=" + v.id();
        } catch (DomainException e) {
            show(e);
            return null;
        }
    }

    /** Creates the act (new act, new amendment) or saves the draft; afterwards the page edits that draft. */
    private ActView write() {
        ActView v;
        if (actId == null && mode == Mode.AMEND) {
            v = acts.amend(original.id(), form.amendment(), context(), idempotencyKey);
        } else if (actId == null) {
            v = acts.createDraft(form.draft(), context(), idempotencyKey);
        } else {
            v = acts.updateDraft(actId, act.type() == ActType.AMENDED ? form.amendedDraft(act.amendsActId())
                    : form.draft(), version, context());
        }
        accept(v);
        purposes.forAct(v.id(), purpose);
        return v;
    }

    public String abandon() {
        try {
            ActView v = acts.abandon(actId, abandonReason, version, context());
            return "/civilstatus/act.xhtml?faces-redirect=true&id=" + v.id();
        } catch (DomainException e) {
            CivilStatusFaces.show(e, f -> "reason".equals(f) ? "abandonForm:abandonReason" : null);
            return null;
        }
    }

    public void attach() {
        if (upload == null || upload.getSize() == 0) {
            CivilStatusFaces.show(new ValidationException("content", "empty", CivilStatusFaces.text("attachments.noFile")),
                    f -> "attachForm:upload");
            return;
        }
        try {
            attachments.add(actId, fileName(upload), upload.getContentType(), upload.getInputStream(), version,
                    context());
            refreshAfterAttachmentChange();
            CivilStatusFaces.info(CivilStatusFaces.text("attachments.addedNow"));
        } catch (DomainException e) {
            CivilStatusFaces.show(e, f -> "attachForm:upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void detach(String attachmentId) {
        try {
            attachments.remove(actId, UUID.fromString(attachmentId), version, context());
            refreshAfterAttachmentChange();
        } catch (DomainException e) {
            CivilStatusFaces.show(e, f -> null);
        }
    }

    /**
     * After an attachment change the act's version went up by one; a version beyond that means someone else
     * changed the act too, which the next save reports (the version kept stays the one this page knows).
     */
    private void refreshAfterAttachmentChange() {
        ActView v = acts.get(actId, context());
        long known = version;
        act = v;
        version = v.version() == known + 1 ? v.version() : known;
    }

    // --- persons from the person register ----------------------------------------------------------------------

    /** Persons of the register matching the typed name ("Family" or "Family, Given") or national number. */
    public List<String> completePerson(String query) {
        if (purpose == null || query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip();
        String digits = q.replaceAll("[^0-9]", "");
        PersonSearch search;
        if (digits.length() == 11 && q.matches("[0-9 .\\-]+")) {
            search = new PersonSearch(digits, null, null, null, 0, 10);
        } else if (q.contains(",")) {
            search = new PersonSearch(null, q.substring(0, q.indexOf(',')).strip(),
                    blankToNull(q.substring(q.indexOf(',') + 1)), null, 0, 10);
        } else {
            search = new PersonSearch(null, q, null, null, 0, 10);
        }
        try {
            return directory.search(search, context()).items().stream()
                    .map(ActFormBean::label).toList();
        } catch (DomainException e) {
            return List.of();
        }
    }

    static String label(PersonSummary p) {
        return PersonInput.label(p.id(), p.familyName(), p.givenNames(), p.birthDate(), p.sex());
    }

    /** A person was picked: the inputs linked to a person they were not filled from get the register's data. */
    public void picked() {
        for (Map.Entry<String, PersonInput> e : form.getPersons().entrySet()) {
            UUID picked = e.getValue().personId();
            if (picked != null && !picked.equals(filledFrom.get(e.getKey()))) {
                try {
                    e.getValue().fill(directory.get(picked, context()));
                    filledFrom.put(e.getKey(), picked);
                } catch (DomainException refused) {
                    CivilStatusFaces.error(be.burgerzaken.kernel.api.web.FacesProblems.text(refused));
                }
            }
        }
    }

    private void rememberPicked() {
        form.getPersons().forEach((slot, p) -> {
            if (p.personId() != null) {
                filledFrom.put(slot, p.personId());
            }
        });
    }

    // --- problems ----------------------------------------------------------------------------------------------

    private void show(DomainException e) {
        CivilStatusFaces.show(e, field -> {
            if ("attachments".equals(field)) {
                return mode == Mode.EDIT ? "attachForm:upload" : null;
            }
            String input = form.inputId(field);
            return input == null ? null : "act:" + input;
        });
    }

    // --- for the page ------------------------------------------------------------------------------------------

    private AccessContext context() {
        return AccessContext.ui(purpose);
    }

    /** The act type of the form: of a new act from the address, else of the act (an amended act: the original's). */
    public ActType actType() {
        if (form != null) {
            return form.getType();
        }
        if (mode == Mode.NEW) {
            try {
                ActType t = type == null ? null : ActType.valueOf(type);
                return t == ActType.AMENDED ? null : t;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    public boolean isTypeChooser() {
        return mode == Mode.NEW && actType() == null;
    }

    public boolean isPurposeNeeded() {
        return !isTypeChooser() && form == null && (mode == Mode.NEW || act == null && original == null);
    }

    /** The act cannot be edited here (registered, waiting for signature, abandoned): link to its view. */
    public boolean isNotEditable() {
        return form == null && (act != null || original != null);
    }

    /** The dedicated layout of the type, or "generic". */
    public String getLayout() {
        ActType t = actType();
        return t == null ? "" : switch (t) {
            case BIRTH -> "birth";
            case DEATH -> "death";
            case MARRIAGE -> "marriage";
            case MARRIAGE_DECLARATION -> "declaration";
            default -> "generic";
        };
    }

    public List<ActType> getTypes() {
        return Arrays.stream(ActType.values()).filter(t -> t != ActType.AMENDED).toList();
    }

    public List<LegalBasisKind> getBasisKinds() {
        return List.of(LegalBasisKind.values());
    }

    /** Whether the act being edited is an amended act (or a new amendment): a reason is asked. */
    public boolean isAmending() {
        return mode == Mode.AMEND || act != null && act.type() == ActType.AMENDED;
    }

    public List<AttachmentView> getAttachments() {
        return act == null ? List.of() : act.attachments();
    }

    public boolean isDraftSaved() {
        return actId != null && act != null && act.status() == ActStatus.DRAFT;
    }

    public String moment(java.time.Instant instant) {
        return CivilStatusFaces.moment(instant);
    }

    /** The file's own name, without the path some browsers send. */
    static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        if (name == null) {
            return null;
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // getters and setters of the page
    public Mode getMode() { return mode; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getSaved() { return saved; }
    public void setSaved(String v) { saved = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public ActForm getForm() { return form; }
    public ActView getAct() { return act; }
    public ActView getOriginal() { return original; }
    public long getVersion() { return version; }
    public String getAbandonReason() { return abandonReason; }
    public void setAbandonReason(String v) { abandonReason = v; }
    public Part getUpload() { return upload; }
    public void setUpload(Part v) { upload = v; }
}
