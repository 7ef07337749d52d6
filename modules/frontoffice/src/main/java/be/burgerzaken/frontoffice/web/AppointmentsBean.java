package be.burgerzaken.frontoffice.web;

import be.burgerzaken.frontoffice.api.AppointmentStatus;
import be.burgerzaken.frontoffice.api.AppointmentView;
import be.burgerzaken.frontoffice.api.Appointments;
import be.burgerzaken.frontoffice.api.Counter;
import be.burgerzaken.frontoffice.api.ServiceCatalogue;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The day view per counter, {@code /frontoffice/appointments.xhtml}: served, no-show, cancel. */
@Named("foAppointments")
@ViewScoped
public class AppointmentsBean implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("purpose", "dayForm:purpose", "counter", "dayForm:counter",
            "day", "dayForm:day");

    private String purpose;
    private String counter;
    private String day = LocalDate.now(ZoneId.of("Europe/Brussels")).toString();
    private List<AppointmentView> list;

    @Inject
    Appointments appointments;
    @Inject
    ServiceCatalogue catalogue;
    @Inject
    FrontOfficePurposes purposes;

    public void load() {
        if (purpose == null) {
            purpose = purposes.dayView();
        }
    }

    public void show() {
        try {
            list = appointments.day(counter, LocalDate.parse(day == null ? "" : day.strip()), AccessContext.ui(purpose));
            purposes.dayView(purpose.strip());
        } catch (DateTimeParseException e) {
            list = null;
            FacesContext.getCurrentInstance().addMessage("dayForm:day",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "yyyy-MM-dd", "yyyy-MM-dd"));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (DomainException e) {
            list = null;
            FacesProblems.show(e, FIELDS);
        }
    }

    public void mark(AppointmentView a, String status) {
        try {
            appointments.mark(a.id(), AppointmentStatus.valueOf(status), a.version(), AccessContext.ui(purpose));
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
        show();
    }

    public String productName(String code) {
        return catalogue.product(code).name(Texts.language());
    }

    public List<Counter> getCounters() {
        return appointments.counters();
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getCounter() { return counter; }
    public void setCounter(String counter) { this.counter = counter; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public List<AppointmentView> getList() { return list; }
}
