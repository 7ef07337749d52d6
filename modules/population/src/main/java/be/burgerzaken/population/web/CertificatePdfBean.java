package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.PdfResponses;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.DocumentService;
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
 * Streams an issued certificate's PDF to a signed-in staff member (the screens use the session, the REST API
 * Basic/Bearer): {@code /population/certificate-pdf.xhtml?doc=<documentId>&person=<personId>}. The purpose is
 * the one stated for that citizen in this session; the kernel checks READ_DOCUMENT and logs the read.
 */
@Named
@RequestScoped
public class CertificatePdfBean {
    private String doc;
    private String person;

    @Inject
    DocumentService documents;
    @Inject
    PopulationPurposes purposes;

    /** Called on page load (f:viewAction): writes the PDF, or an error status. */
    public void stream() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            if (draft != null && !draft.isBlank()) {
                streamDraft(ext, UUID.fromString(person));
                faces.responseComplete();
                return;
            }
            UUID documentId = UUID.fromString(doc);
            UUID personId = UUID.fromString(person);
            String purpose = purposes.forPerson(personId);
            if (purpose == null) {
                ext.responseSendError(403, "state the purpose for this citizen first (resident file)");
            } else {
                IssuedDocument d = documents.get(documentId, AccessContext.ui(purpose));
                if (!personId.equals(d.subjectPersonId())) {
                    ext.responseSendError(403, "this document is about another person");
                } else {
                    PdfResponses.write(ext, d);
                }
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            PdfResponses.sendError(ext, 400, "doc and person must be ids");
        } catch (DomainException e) {
            PdfResponses.sendError(ext, e.status(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    // --- drafts (issue 3, task C) ---
    private String draft;
    @Inject
    CertificateDrafts drafts;

    /** A draft rendered in this session for this citizen (the certificate screen's preview), never registered. */
    private void streamDraft(ExternalContext ext, UUID personId) throws IOException {
        byte[] pdf = purposes.forPerson(personId) == null ? null : drafts.get(draft, personId);
        if (pdf == null) {
            ext.responseSendError(404, "no draft of this certificate in this session");
            return;
        }
        ext.setResponseContentType("application/pdf");
        ext.setResponseHeader("Content-Disposition", "inline; filename=\"draft.pdf\"");
        ext.setResponseHeader("Cache-Control", "private, no-store");
        ext.setResponseContentLength(pdf.length);
        ext.getResponseOutputStream().write(pdf);
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }
    // --- end drafts ---

    public String getDoc() {
        return doc;
    }

    public void setDoc(String doc) {
        this.doc = doc;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }
}
