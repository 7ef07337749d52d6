package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.training.api.Training;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The dashboard's CSV download: {@code /training/dashboard-csv.xhtml?year=2026}. */
@Named
@RequestScoped
public class DashboardCsvBean {
    private Integer year;

    @Inject
    Training training;

    public void stream() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            int y = year == null ? java.time.Year.now().getValue() : year;
            byte[] csv = training.dashboardCsv(y, AccessContext.ui(null)).getBytes(StandardCharsets.UTF_8);
            ext.setResponseContentType("text/csv; charset=UTF-8");
            ext.setResponseHeader("Content-Disposition", "attachment; filename=\"training-compliance-" + y + ".csv\"");
            ext.setResponseContentLength(csv.length);
            ext.getResponseOutputStream().write(csv);
        } catch (DomainException e) {
            try {
                ext.responseSendError(e.status(), e.getMessage());
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
