package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.application.TransparencyService;
import be.burgerzaken.kernel.application.TransparencyService.Signal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The auditor's misuse signals over a period (at most 31 days). */
@Named
@ViewScoped
public class MisuseSignalsBean implements Serializable {
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    @Inject
    TransparencyService transparency;

    private String from = LocalDate.now(BELGIUM).minusDays(6).toString();
    private String to = LocalDate.now(BELGIUM).toString();
    private List<Signal> signals;

    public void show() {
        try {
            signals = transparency.signals(day("from", from, 0), day("to", to, 1));
        } catch (DomainException e) {
            signals = null;
            FacesProblems.show(e, Map.of("from", "misuseForm:from", "to", "misuseForm:to"));
        }
    }

    private static java.time.Instant day(String field, String value, int plus) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip()).plusDays(plus).atStartOfDay(BELGIUM).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    public List<Signal> getSignals() { return signals; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
}
