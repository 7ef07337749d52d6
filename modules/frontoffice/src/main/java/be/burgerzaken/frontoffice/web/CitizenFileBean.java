package be.burgerzaken.frontoffice.web;

import be.burgerzaken.frontoffice.api.AppointmentView;
import be.burgerzaken.frontoffice.api.Appointments;
import be.burgerzaken.frontoffice.api.Booking;
import be.burgerzaken.frontoffice.api.Counter;
import be.burgerzaken.frontoffice.api.FreeSlot;
import be.burgerzaken.frontoffice.api.NewServiceRequest;
import be.burgerzaken.frontoffice.api.Product;
import be.burgerzaken.frontoffice.api.ServiceCatalogue;
import be.burgerzaken.frontoffice.api.ServiceRequestView;
import be.burgerzaken.frontoffice.api.ServiceRequests;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.spi.CitizenFileSection;
import be.burgerzaken.kernel.api.spi.ServiceProcedure;
import be.burgerzaken.kernel.api.web.FacesProblems;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The 360° citizen file (burgerdossier / dossier du citoyen), {@code /frontoffice/citizen.xhtml?id=}: the purpose is
 * asked once per citizen and session; identity and history from the kernel, then every module's
 * {@link CitizenFileSection} the user's roles see (each read through its module's api, a refusal shown in its place),
 * the catalogue's products with the module screen that starts each (person preselected), certificates issued inline,
 * and appointment booking.
 */
@Named("foCitizen")
@ViewScoped
public class CitizenFileBean implements Serializable {
    static final Map<String, String> PURPOSE_FIELD = Map.of("purpose", "purposeForm:purpose");
    static final Map<String, String> BOOK_FIELDS = Map.of("product", "bookForm:product", "counter", "bookForm:counter",
            "day", "bookForm:day", "to", "bookForm:day", "starts", "bookForm:day", "personId", "bookForm:product");

    /** A section as shown. */
    public record SectionView(String key, String title, List<String> headers, List<List<String>> rows,
                              List<CitizenFileSection.Action> actions, String whenEmpty, String refused) implements Serializable {
    }

    /** A catalogue product offered from the file. */
    public record ProductAction(String code, String name, String href, boolean issueInline, boolean offered)
            implements Serializable {
    }

    private String id;
    private String purpose;
    private PersonView person;
    private int facts;
    private List<SectionView> sections = List.of();
    private List<ProductAction> products = List.of();
    private ServiceRequestView issued;
    private String recorded;

    private String bookProduct;
    private String bookCounter;
    private String bookDay;
    private List<FreeSlot> free;
    private AppointmentView booked;

    @Inject
    PersonDirectory directory;
    @Inject
    Instance<CitizenFileSection> contributed;
    @Inject
    Instance<ServiceProcedure> procedures;
    @Inject
    ServiceCatalogue catalogue;
    @Inject
    ServiceRequests requests;
    @Inject
    Appointments appointments;
    @Inject
    AccessControl access;
    @Inject
    FrontOfficePurposes purposes;

    UUID personId() {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    AccessContext context() {
        return AccessContext.ui(purpose);
    }

    /** Page load: reads the file with the purpose known for this citizen, if any. */
    public void load() {
        UUID p = personId();
        if (p == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.text("citizen.search"), null));
            return;
        }
        String known = purposes.forPerson(p);
        if (known != null && person == null) {
            purpose = known;
            read(p);
        }
    }

    public void confirmPurpose() {
        UUID p = personId();
        if (p != null && read(p)) {
            purposes.forPerson(p, purpose.strip());
        }
    }

    boolean read(UUID p) {
        try {
            person = directory.get(p, context());
            facts = directory.history(p, context()).records().size();
        } catch (DomainException e) {
            person = null;
            FacesProblems.show(e, PURPOSE_FIELD);
            return false;
        }
        Actor actor = access.currentActor();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<SectionView> out = new ArrayList<>();
        contributed.stream().filter(s -> actor.hasAnyRole(s.roles())).sorted(Comparator.comparingInt(CitizenFileSection::order))
                .forEach(s -> {
                    try {
                        CitizenFileSection.Content c = s.read(p, context(), locale);
                        out.add(new SectionView(s.key(), c.title(), c.headers(), c.rows(), c.actions(), c.whenEmpty(), null));
                    } catch (DomainException e) {
                        out.add(new SectionView(s.key(), s.key(), List.of(), List.of(), List.of(), "",
                                Texts.text("citizen.refused", be.burgerzaken.kernel.api.web.FacesProblems.text(e))));
                    }
                });
        sections = out;
        String lang = locale.getLanguage();
        boolean mayIssue = access.allows(Capability.ISSUE_DOCUMENT) && access.allows(Capability.HANDLE_SERVICE_REQUEST);
        String root = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        List<ProductAction> actions = new ArrayList<>();
        for (Product product : catalogue.products(null)) {
            ServiceProcedure procedure = procedures.stream().filter(x -> x.key().equals(product.procedureKey()))
                    .filter(x -> actor.hasAnyRole(x.roles())).findFirst().orElse(null);
            actions.add(new ProductAction(product.code(), product.name(lang),
                    procedure == null ? null : root + procedure.screen(p, product.variant()),
                    mayIssue && "population.certificate".equals(product.procedureKey()),
                    product.offeredOn(be.burgerzaken.frontoffice.api.ServiceChannel.COUNTER)));
        }
        products = actions;
        return true;
    }

    /** Issues a certificate at once, as a service request fulfilled at the first contact. */
    public void issueNow(String code) {
        try {
            issued = requests.submit(new NewServiceRequest(code, personId(), "COUNTER", null, true, Texts.language()),
                    context());
            read(personId());
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
    }

    /** Records the citizen's request for a product (the work item), without starting anything else. */
    public void record(String code) {
        try {
            ServiceRequestView v = requests.submit(new NewServiceRequest(code, personId(), "COUNTER", null, false, null),
                    context());
            recorded = v.id().toString();
            read(personId());
        } catch (DomainException e) {
            FacesProblems.show(e, Map.of());
        }
    }

    public void showSlots() {
        booked = null;
        try {
            LocalDate day = LocalDate.parse(bookDay == null ? "" : bookDay.strip());
            free = appointments.freeSlots(bookCounter, bookProduct, day, day);
        } catch (DateTimeParseException e) {
            free = null;
            FacesContext.getCurrentInstance().addMessage("bookForm:day", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "yyyy-MM-dd", "yyyy-MM-dd"));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (DomainException e) {
            free = null;
            FacesProblems.show(e, BOOK_FIELDS);
        }
    }

    public void book(FreeSlot slot) {
        try {
            booked = appointments.book(new Booking(slot.counter(), bookProduct, slot.day().toString(),
                    slot.starts().toString(), personId(), null, null, Texts.language()), context());
            free = null;
            read(personId());
        } catch (DomainException e) {
            FacesProblems.show(e, BOOK_FIELDS);
        }
    }

    public List<Product> getBookableProducts() {
        String lang = Texts.language();
        return catalogue.products(null).stream().filter(p -> p.appointmentMinutes() != null)
                .sorted(Comparator.comparing(p -> p.name(lang))).toList();
    }

    public List<Counter> getCounters() {
        return appointments.counters();
    }

    public String productName(String code) {
        return catalogue.product(code).name(Texts.language());
    }

    public String getDefaultDay() {
        return LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(1).toString();
    }

    public boolean isPurposeNeeded() {
        return person == null;
    }

    public boolean isMayBook() {
        return access.allows(Capability.BOOK_APPOINTMENT);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public PersonView getPerson() { return person; }
    public int getFacts() { return facts; }
    public List<SectionView> getSections() { return sections; }
    public List<ProductAction> getProducts() { return products; }
    public ServiceRequestView getIssued() { return issued; }
    public String getRecorded() { return recorded; }
    public String getBookProduct() { return bookProduct; }
    public void setBookProduct(String bookProduct) { this.bookProduct = bookProduct; }
    public String getBookCounter() { return bookCounter; }
    public void setBookCounter(String bookCounter) { this.bookCounter = bookCounter; }
    public String getBookDay() { return bookDay == null ? getDefaultDay() : bookDay; }
    public void setBookDay(String bookDay) { this.bookDay = bookDay; }
    public List<FreeSlot> getFree() { return free; }
    public AppointmentView getBooked() { return booked; }
}
