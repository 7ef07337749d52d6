package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.population.api.ExpiringDocument;
import be.burgerzaken.population.api.IdentityDocuments;
import be.burgerzaken.population.application.InvitationCsv;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The invitation list (oproepingslijst / liste de convocation): activated cards whose validity ends in the next N
 * weeks ({@code bz.population.expiry.invitation-weeks} by default), soonest first, paged, with the whole list as
 * CSV for the mail merge. The purpose is asked with the search (the list names many citizens).
 */
@Named
@ViewScoped
public class ExpiringDocumentsBean extends PagedListPage<ExpiringDocument> {
    static final int PAGE_SIZE = 50;
    private static final Map<String, String> FIELDS = Map.of("purpose", "expiring:purpose", "weeks", "expiring:weeks",
            "from", "expiring:from", "to", "expiring:weeks");

    private String purpose;
    private String weeks;
    private String from;

    @Inject
    IdentityDocuments documents;
    /** Called on page load (f:viewAction): the configured number of weeks. */
    public void init() {
        if (weeks == null) {
            // read here, not injected: a view-scoped bean may only hold passivation-capable dependencies
            weeks = Integer.toString(ConfigProvider.getConfig()
                    .getOptionalValue("bz.population.expiry.invitation-weeks", Integer.class).orElse(8));
        }
    }

    public void search() {
        fetchFirst();
    }

    @Override
    protected Page<ExpiringDocument> find(int page) {
        LocalDate start = start();
        return documents.expiring(start, start.plusWeeks(weeks()), page, PAGE_SIZE, AccessContext.ui(purpose));
    }

    @Override
    protected Map<String, String> fields() {
        return FIELDS;
    }

    /** Streams the whole list of the period as CSV (each page behind it protocol-logged). */
    public void csv() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            LocalDate start = start();
            LocalDate end = start.plusWeeks(weeks());
            String csv = InvitationCsv.write(InvitationCsv.all(documents, start, end, AccessContext.ui(purpose)));
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            ExternalContext ext = faces.getExternalContext();
            ext.responseReset();
            ext.setResponseContentType("text/csv; charset=UTF-8");
            ext.setResponseHeader("Content-Disposition", "attachment; filename=\"invitations-" + start + "-" + end
                    + ".csv\"");
            ext.setResponseContentLength(bytes.length);
            ext.getResponseOutputStream().write(bytes);
            faces.responseComplete();
        } catch (DomainException e) {
            FacesProblems.show(e, FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDate start() {
        if (from == null || from.isBlank()) {
            return LocalDate.now(ZoneId.of("Europe/Brussels"));
        }
        try {
            return LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("from", "invalid", "'" + from + "' is not a date (YYYY-MM-DD)");
        }
    }

    private int weeks() {
        int w;
        try {
            w = Integer.parseInt(weeks == null ? "" : weeks.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("weeks", "invalid", "'" + weeks + "' is not a number of weeks (1 to 104)");
        }
        if (w < 1 || w > 104) {
            throw new ValidationException("weeks", "invalid", "the number of weeks must be 1 to 104");
        }
        return w;
    }

    public boolean isSearched() {
        return result() != null;
    }

    public long getPages() {
        return result() == null ? 0 : result().totalPages();
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getWeeks() {
        return weeks;
    }

    public void setWeeks(String weeks) {
        this.weeks = weeks;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
