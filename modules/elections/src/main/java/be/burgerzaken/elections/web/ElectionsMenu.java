package be.burgerzaken.elections.web;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.MenuContribution;
import be.burgerzaken.kernel.api.spi.MenuItem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** The elections screen in the staff menu, for the election officer. */
@ApplicationScoped
public class ElectionsMenu implements MenuContribution {
    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("elections", "el", "menu.elections", "/elections/elections.xhtml", "pi pi-inbox",
                Set.of(Roles.ELECTION_OFFICER), 70));
    }
}
