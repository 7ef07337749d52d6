package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.PdfResponses;
import be.burgerzaken.training.api.Training;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Streams a certificate of attendance: {@code /training/certificate-pdf.xhtml?id=<enrolmentId>} (own, or coordinator). */
@Named("trainingCertificatePdfBean")
@RequestScoped
public class CertificatePdfBean {
    private String id;

    @Inject
    Training training;

    public void stream() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            PdfResponses.write(ext, training.certificate(UUID.fromString(id), AccessContext.ui(null)));
        } catch (IllegalArgumentException | NullPointerException e) {
            PdfResponses.sendError(ext, 400, "id must be the id of an attendance");
        } catch (DomainException e) {
            PdfResponses.sendError(ext, e.status(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
