package be.burgerzaken.criminalrecords.web;

import be.burgerzaken.criminalrecords.api.CriminalRecordExtracts;
import be.burgerzaken.criminalrecords.api.ExtractRequestView;
import be.burgerzaken.criminalrecords.api.RequestStatus;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The request list with status filter, newest first, {@code /criminalrecords/requests.xhtml}. */
@Named
@ViewScoped
public class RequestsBean implements Serializable {
    static final int SIZE = 25;
    private String purpose;
    private String status;
    private int page;
    private Page<ExtractRequestView> result;

    @Inject
    CriminalRecordExtracts extracts;
    @Inject
    RequestPurposes purposes;

    public void load() {
        if (result == null && purposes.list() != null) {
            purpose = purposes.list();
            show();
        }
    }

    public void show() {
        try {
            result = extracts.list(status == null || status.isBlank() ? null : RequestStatus.valueOf(status), page, SIZE,
                    AccessContext.ui(purpose));
            purposes.list(purpose.strip());
            result.items().forEach(r -> purposes.forRequest(r.id(), purpose.strip()));
        } catch (DomainException e) {
            result = null;
            FacesProblems.show(e, Map.of("purpose", "listForm:purpose"));
        }
    }

    public void next() {
        page++;
        show();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        show();
    }

    public List<RequestStatus> getStatuses() {
        return List.of(RequestStatus.values());
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Page<ExtractRequestView> getResult() { return result; }
    public int getPage() { return page; }
}
