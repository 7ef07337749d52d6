package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.ActSummary;
import be.burgerzaken.civilstatus.api.CivilStatusActs;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The civil registrar's signing queue (/civilstatus/signing-queue.xhtml): the acts waiting for signature, the
 * longest waiting first, with type, the persons they name, who drafted them and when they were submitted; each
 * opens in the act view, where the registrar reviews and signs it or sends it back to draft.
 */
@Named
@ViewScoped
public class SigningQueueBean extends ActListing {
    private String purpose;

    @Inject
    CivilStatusActs acts;
    @Inject
    CivilStatusPurposes purposes;

    /** Page load: the queue at once when the session's purpose is known. */
    public void load() {
        if (purpose == null && purposes.work() != null) {
            purpose = purposes.work();
            search();
        }
    }

    public void show() {
        search();
        if (isSearched()) {
            purposes.work(purpose);
        }
    }

    @Override
    protected Page<ActSummary> fetch(int page, int size) {
        return acts.signingQueue(page, size, AccessContext.ui(purpose));
    }

    @Override
    protected void show(DomainException e) {
        CivilStatusFaces.show(e, f -> "purpose".equals(f) ? "queue:purpose" : null);
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
