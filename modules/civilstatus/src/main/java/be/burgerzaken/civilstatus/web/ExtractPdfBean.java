package be.burgerzaken.civilstatus.web;

import be.burgerzaken.kernel.api.web.PdfResponses;
import be.burgerzaken.civilstatus.api.Extracts;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.problem.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Streams an issued extract's PDF to a signed-in staff member: {@code /civilstatus/extract-pdf.xhtml?act=&extract=}.
 * The purpose is the one stated for that act in this session; the facade checks the extract belongs to the act, the
 * kernel checks READ_DOCUMENT, both log the read.
 */
@Named
@RequestScoped
public class ExtractPdfBean {
    private String act;
    private String extract;

    @Inject
    Extracts extracts;
    @Inject
    ExtractPurposes purposes;

    /** Called on page load (f:viewAction): writes the PDF, or an error status. */
    public void stream() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            UUID actId = UUID.fromString(act);
            UUID extractId = UUID.fromString(extract);
            String purpose = purposes.forAct(actId);
            if (purpose == null) {
                ext.responseSendError(403, "state the purpose for this act first (extract screen)");
            } else {
                IssuedDocument d = extracts.pdf(actId, extractId, AccessContext.ui(purpose));
                PdfResponses.write(ext, d);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            PdfResponses.sendError(ext, 400, "act and extract must be ids");
        } catch (DomainException e) {
            PdfResponses.sendError(ext, e.status(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public String getAct() { return act; }
    public void setAct(String act) { this.act = act; }
    public String getExtract() { return extract; }
    public void setExtract(String extract) { this.extract = extract; }
}
