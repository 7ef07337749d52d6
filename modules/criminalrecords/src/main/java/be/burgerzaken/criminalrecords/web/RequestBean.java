package be.burgerzaken.criminalrecords.web;

import be.burgerzaken.criminalrecords.api.CriminalRecordExtracts;
import be.burgerzaken.criminalrecords.api.ExtractPreview;
import be.burgerzaken.criminalrecords.api.ExtractRequestView;
import be.burgerzaken.criminalrecords.api.Penalty;
import be.burgerzaken.criminalrecords.api.RequestStatus;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One request, {@code /criminalrecords/request.xhtml?id=}: its status, the identity check, the preview of what
 * appears (only the convictions that appear), issue and download, or refuse with a reason.
 */
@Named
@ViewScoped
public class RequestBean implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("purpose", "purposeForm:purpose", "reason",
            "stepForm:reason");

    private String id;
    private String purpose;
    private ExtractRequestView view;
    private ExtractPreview preview;
    private String reason;

    @Inject
    CriminalRecordExtracts extracts;
    @Inject
    RequestPurposes purposes;

    public void load() {
        UUID rid = requestId();
        if (rid != null && view == null) {
            String known = purposes.forRequest(rid);
            if (known != null) {
                purpose = known;
                open();
            }
        }
    }

    public void confirmPurpose() {
        if (requestId() != null && open()) {
            purposes.forRequest(requestId(), purpose.strip());
        }
    }

    private boolean open() {
        try {
            view = extracts.get(requestId(), AccessContext.ui(purpose));
            return true;
        } catch (DomainException e) {
            view = null;
            FacesProblems.show(e, FIELDS);
            return false;
        }
    }

    public void check() {
        try {
            view = extracts.check(view.id(), view.version(), AccessContext.ui(purpose));
        } catch (DomainException e) {
            FacesProblems.show(e, FIELDS);
        }
    }

    public void showPreview() {
        try {
            preview = extracts.preview(view.id(), AccessContext.ui(purpose));
        } catch (DomainException e) {
            FacesProblems.show(e, FIELDS);
        }
    }

    public void issue() {
        try {
            view = extracts.issue(view.id(), view.version(), AccessContext.ui(purpose));
        } catch (DomainException e) {
            FacesProblems.show(e, FIELDS);
        }
    }

    public void refuse() {
        try {
            view = extracts.refuse(view.id(), view.version(), reason, AccessContext.ui(purpose));
        } catch (DomainException e) {
            FacesProblems.show(e, FIELDS);
        }
    }

    public boolean isOpen() {
        return view != null;
    }

    public boolean isPurposeNeeded() {
        return view == null;
    }

    public boolean isReceived() {
        return view != null && view.status() == RequestStatus.RECEIVED;
    }

    public boolean isChecked() {
        return view != null && view.status() == RequestStatus.CHECKED;
    }

    public boolean isIssued() {
        return view != null && view.status() == RequestStatus.ISSUED;
    }

    public boolean isClosable() {
        return isReceived() || isChecked();
    }

    /** The penalties of a line as one text (types and sizes). */
    public String penalties(List<Penalty> penalties) {
        return penalties.stream().map(p -> p.type().name() + (p.months() == null ? "" : " " + p.months() + "m")
                        + (p.days() == null ? "" : " " + p.days() + "d") + (p.hours() == null ? "" : " " + p.hours() + "h")
                        + (p.amount() == null ? "" : " EUR " + p.amount().toPlainString())
                        + (p.subject() == null ? "" : " " + p.subject().name()))
                .collect(Collectors.joining("; "));
    }

    private UUID requestId() {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public ExtractRequestView getView() { return view; }
    public ExtractPreview getPreview() { return preview; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
