package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.MenuContribution;
import be.burgerzaken.kernel.api.spi.MenuItem;
import be.burgerzaken.kernel.api.spi.PersonFileLinks;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** The population registers' screens in the staff menu (the resident file opens from a person's file). */
@ApplicationScoped
public class PopulationMenu implements MenuContribution, PersonFileLinks {
    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("persons", "pm", "menu.registration", "/population/registration.xhtml",
                "pi pi-home", registrationRoles(), 20),
                // --- change of address: the work queue (clerks follow their declarations, officers decide) ---
                new MenuItem("persons", "pm", "menu.addressChanges", "/population/address-changes.xhtml",
                        "pi pi-inbox", Set.of(Roles.CLERK, Roles.POPULATION_OFFICER), 25),
                // --- identity documents: the invitation list of cards expiring soon (counter staff) ---
                new MenuItem("persons", "pm", "menu.expiring", "/population/expiring-documents.xhtml",
                        "pi pi-id-card", Set.of(Roles.CLERK, Roles.POPULATION_OFFICER), 40),
                // --- quality signals and statistics ---
                new MenuItem("persons", "pm", "menu.quality", "/population/quality.xhtml", "pi pi-flag",
                        Set.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.ADMINISTRATOR), 42),
                new MenuItem("persons", "pm", "menu.statistics", "/population/statistics.xhtml", "pi pi-chart-bar",
                        Set.of(Roles.POPULATION_OFFICER, Roles.ADMINISTRATOR, Roles.AUDITOR), 43),
                // --- issue 3 (task U): residents of an address on a date ---
                new MenuItem("persons", "pm", "menu.addressResidents", "/population/address-residents.xhtml",
                        "pi pi-users", Set.of(Roles.CLERK, Roles.POPULATION_OFFICER), 26),
                // --- street list maintenance (issue 3, task L) ---
                new MenuItem("persons", "pm", "menu.streets", "/population/streets.xhtml", "pi pi-map",
                        Set.of(Roles.POPULATION_OFFICER, Roles.ADMINISTRATOR), 44),
                // --- registers (issue 3): the officer's work lists ---
                new MenuItem("persons", "pm", "menu.workLists", "/population/work-lists.xhtml", "pi pi-list",
                        Set.copyOf(Roles.PERSON_WRITERS), 45));
    }

    /** The resident file, from the kernel's person file. */
    @Override
    public List<MenuItem> personFileLinks() {
        return List.of(new MenuItem("persons", "pm", "resident.title", "/population/resident.xhtml", "pi pi-home",
                Set.copyOf(Roles.PERSON_READERS), 10),
                // register procedures: departure, return, temporary absence, reference address, removal
                new MenuItem("persons", "pm", "procedures.title", "/population/status.xhtml", "pi pi-map-marker",
                        Set.copyOf(Roles.PERSON_READERS), 15));
    }

    // --- population (issue 3, task A): the counter clerk declares arrivals on the registration screen ---
    private static Set<String> registrationRoles() {
        Set<String> roles = new java.util.HashSet<>(Roles.PERSON_WRITERS);
        roles.add(Roles.CLERK);
        return Set.copyOf(roles);
    }
}
