package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.MenuContribution;
import be.burgerzaken.kernel.api.spi.MenuItem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** The kernel's screens in the staff menu. */
@ApplicationScoped
public class KernelMenu implements MenuContribution {
    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("persons", "km", "menu.personSearch", "/kernel/person-search.xhtml", "pi pi-search",
                        Set.copyOf(Roles.PERSON_READERS), 10),
                new MenuItem("audit", "km", "menu.protocolLog", "/kernel/protocol-log.xhtml", "pi pi-shield",
                        Set.of(Roles.AUDITOR, Roles.ADMINISTRATOR), 900));
    }
}
