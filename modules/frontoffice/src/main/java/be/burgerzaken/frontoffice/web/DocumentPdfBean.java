package be.burgerzaken.frontoffice.web;

import be.burgerzaken.frontoffice.api.Appointments;
import be.burgerzaken.frontoffice.api.ServiceRequests;
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
 * Streams a document handed out from the citizen file: {@code /frontoffice/document-pdf.xhtml?person=&request=} (the
 * certificate of a request) or {@code ?person=&appointment=} (an appointment's confirmation), with the purpose stated
 * for that citizen in this session.
 */
@Named("foDocumentPdf")
@RequestScoped
public class DocumentPdfBean {
    private String person;
    private String request;
    private String appointment;

    @Inject
    ServiceRequests requests;
    @Inject
    Appointments appointments;
    @Inject
    FrontOfficePurposes purposes;

    public void stream() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            String purpose = purposes.forPerson(UUID.fromString(person));
            if (purpose == null) {
                ext.responseSendError(403, "state the purpose for this citizen first (citizen file)");
            } else {
                IssuedDocument d = request != null ? requests.document(UUID.fromString(request), AccessContext.ui(purpose))
                        : appointments.confirmation(UUID.fromString(appointment), AccessContext.ui(purpose));
                PdfResponses.write(ext, d);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            PdfResponses.sendError(ext, 400, "person and request or appointment must be ids");
        } catch (DomainException e) {
            PdfResponses.sendError(ext, e.status(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getRequest() { return request; }
    public void setRequest(String request) { this.request = request; }
    public String getAppointment() { return appointment; }
    public void setAppointment(String appointment) { this.appointment = appointment; }
}
