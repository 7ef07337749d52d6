package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.ActAttachments;
import be.burgerzaken.civilstatus.api.AttachmentData;
import be.burgerzaken.kernel.api.access.AccessContext;
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
 * Streams an act's attachment to a signed-in staff member: {@code /civilstatus/attachment.xhtml?act=&id=}. The
 * purpose is the one stated for that act in this session; the facade checks the role and logs the read.
 */
@Named
@RequestScoped
public class AttachmentBean {
    private String act;
    private String id;

    @Inject
    ActAttachments attachments;
    @Inject
    CivilStatusPurposes purposes;

    /** Page load (f:viewAction): the file, or an error status. */
    public void stream() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            UUID actId = UUID.fromString(act);
            String purpose = purposes.forAct(actId);
            if (purpose == null) {
                ext.responseSendError(403, "state the purpose for this act first (open the act)");
            } else {
                AttachmentData d = attachments.get(actId, UUID.fromString(id), AccessContext.ui(purpose));
                ext.setResponseContentType(d.attachment().contentType());
                ext.setResponseHeader("Content-Disposition", "attachment; filename=\""
                        + d.attachment().fileName().replace("\"", "") + "\"");
                ext.setResponseHeader("X-Content-Type-Options", "nosniff");
                ext.setResponseContentLength(d.content().length);
                ext.getResponseOutputStream().write(d.content());
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            send(ext, 400, "act and id must be ids");
        } catch (DomainException e) {
            send(ext, e.status(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static void send(ExternalContext ext, int status, String message) {
        try {
            ext.responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getAct() { return act; }
    public void setAct(String v) { act = v; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
}
