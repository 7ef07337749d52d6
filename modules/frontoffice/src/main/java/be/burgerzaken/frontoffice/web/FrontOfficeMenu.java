package be.burgerzaken.frontoffice.web;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.MenuContribution;
import be.burgerzaken.kernel.api.spi.MenuItem;
import be.burgerzaken.kernel.api.spi.PersonFileLinks;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** The front-office screens in the staff menu, and the 360° citizen file on the kernel's person file. */
@ApplicationScoped
public class FrontOfficeMenu implements MenuContribution, PersonFileLinks {
    static final Set<String> COUNTER_STAFF = Set.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.CIVIL_REGISTRAR,
            Roles.CRIMINAL_RECORDS_CLERK);
    static final Set<String> QUALITY = Set.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.ADMINISTRATOR, Roles.AUDITOR);
    static final Set<String> CATALOGUE = Set.of(Roles.ADMINISTRATOR, Roles.POPULATION_OFFICER, Roles.CLERK);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("frontoffice", "fo", "menu.requests", "/frontoffice/requests.xhtml", "pi pi-inbox",
                        COUNTER_STAFF, 5),
                new MenuItem("frontoffice", "fo", "menu.appointments", "/frontoffice/appointments.xhtml",
                        "pi pi-calendar", COUNTER_STAFF, 6),
                new MenuItem("frontoffice", "fo", "menu.dashboard", "/frontoffice/dashboard.xhtml", "pi pi-chart-bar",
                        QUALITY, 7),
                new MenuItem("frontoffice", "fo", "menu.catalogue", "/frontoffice/catalogue.xhtml", "pi pi-book",
                        CATALOGUE, 8));
    }

    @Override
    public List<MenuItem> personFileLinks() {
        return List.of(new MenuItem("frontoffice", "fo", "menu.citizen", "/frontoffice/citizen.xhtml", "pi pi-user",
                COUNTER_STAFF, 1));
    }
}
