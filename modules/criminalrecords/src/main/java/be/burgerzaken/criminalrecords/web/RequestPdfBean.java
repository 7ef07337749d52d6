package be.burgerzaken.criminalrecords.web;

import be.burgerzaken.criminalrecords.api.CriminalRecordExtracts;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.PdfResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Streams an issued extract to a signed-in staff member: {@code /criminalrecords/request-pdf.xhtml?id=}, with the
 * purpose stated for that request in this session.
 */
@Named
@RequestScoped
public class RequestPdfBean {
    private String id;

    @Inject
    CriminalRecordExtracts extracts;
    @Inject
    RequestPurposes purposes;

    public void stream() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            UUID requestId = UUID.fromString(id);
            String purpose = purposes.forRequest(requestId);
            if (purpose == null) {
                PdfResponses.sendError(ext, 403, "state the purpose for this request first (request screen)");
            } else {
                IssuedDocument d = extracts.pdf(requestId, AccessContext.ui(purpose));
                PdfResponses.write(ext, d);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            PdfResponses.sendError(ext, 400, "id must be a request id");
        } catch (DomainException e) {
            PdfResponses.sendError(ext, e.status(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
