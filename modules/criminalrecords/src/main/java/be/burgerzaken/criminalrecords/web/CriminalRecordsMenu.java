package be.burgerzaken.criminalrecords.web;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.MenuContribution;
import be.burgerzaken.kernel.api.spi.MenuItem;
import be.burgerzaken.kernel.api.spi.PersonFileLinks;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** The criminal-records screens in the staff menu (intake, requests) and on a person's file (new request). */
@ApplicationScoped
public class CriminalRecordsMenu implements MenuContribution, PersonFileLinks {
    static final Set<String> STAFF = Set.of(Roles.CLERK, Roles.CRIMINAL_RECORDS_CLERK);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("criminalrecords", "cr", "menu.intake", "/criminalrecords/intake.xhtml", "pi pi-id-card",
                        STAFF, 60),
                new MenuItem("criminalrecords", "cr", "menu.requests", "/criminalrecords/requests.xhtml", "pi pi-list",
                        STAFF, 61));
    }

    @Override
    public List<MenuItem> personFileLinks() {
        return List.of(new MenuItem("criminalrecords", "cr", "menu.intake", "/criminalrecords/intake.xhtml",
                "pi pi-id-card", STAFF, 40));
    }
}
