package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.MenuContribution;
import be.burgerzaken.kernel.api.spi.MenuItem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** The kernel's screens in the staff menu. */
@ApplicationScoped
public class KernelMenu implements MenuContribution, be.burgerzaken.kernel.api.spi.PersonFileLinks {
    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("persons", "km", "menu.personSearch", "/kernel/person-search.xhtml", "pi pi-search",
                        Set.copyOf(Roles.PERSON_READERS), 10),
                new MenuItem("audit", "km", "menu.protocolLog", "/kernel/protocol-log.xhtml", "pi pi-shield",
                        Set.of(Roles.AUDITOR, Roles.ADMINISTRATOR), 900),
                // --- integrators and transparency (issue 9) ---
                new MenuItem("persons", "km", "menu.transparency", "/kernel/transparency.xhtml", "pi pi-eye",
                        Set.of(Roles.CLERK, Roles.POPULATION_OFFICER), 15),
                new MenuItem("audit", "km", "menu.misuse", "/kernel/misuse-signals.xhtml", "pi pi-exclamation-triangle",
                        Set.of(Roles.AUDITOR), 910),
                new MenuItem("admin", "km", "menu.integrators", "/kernel/integrators.xhtml", "pi pi-sitemap",
                        Set.of(Roles.ADMINISTRATOR), 950),
                // --- staff accounts linked to their person (issue 9, second part) ---
                new MenuItem("admin", "km", "menu.staff", "/kernel/staff.xhtml", "pi pi-users",
                        Set.of(Roles.ADMINISTRATOR), 955));
    }

    // --- integrators and transparency (issue 9): "who looked at my data" from the person's file ---
    @Override
    public List<MenuItem> personFileLinks() {
        return List.of(new MenuItem("persons", "km", "menu.transparency", "/kernel/transparency.xhtml", "pi pi-eye",
                Set.of(Roles.CLERK, Roles.POPULATION_OFFICER), 90));
    }
}
