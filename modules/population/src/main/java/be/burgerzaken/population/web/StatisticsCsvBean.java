package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.population.api.PopulationStatistics;
import be.burgerzaken.population.api.StatisticsTable;
import be.burgerzaken.population.application.StatisticsCsv;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Streams the statistics as CSV to a signed-in staff member (the screens use the session, the REST API
 * Basic/Bearer): {@code /population/statistics-csv.xhtml?date=&rows=&columns=&ageBands=}. The facade checks the
 * capability and logs the query.
 */
@Named
@RequestScoped
public class StatisticsCsvBean extends StatisticsForm {
    @Inject
    PopulationStatistics statistics;

    public StatisticsCsvBean() {
        super(null, null);
    }

    /** Called on page load (f:viewAction): writes the CSV, or an error status. */
    public void stream() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        try {
            StatisticsTable table = statistics.table(query(), AccessContext.ui(null));
            byte[] csv = StatisticsCsv.write(table).getBytes(StandardCharsets.UTF_8);
            ext.setResponseContentType("text/csv; charset=UTF-8");
            ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + StatisticsCsv.fileName(table) + "\"");
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
}
