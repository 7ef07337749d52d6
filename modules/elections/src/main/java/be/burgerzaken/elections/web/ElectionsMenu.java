package be.burgerzaken.elections.web;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.MenuContribution;
import be.burgerzaken.kernel.api.spi.MenuItem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** The election officer's screens in the staff menu: the elections (setup, list, letters) and the poll-worker pool. */
@ApplicationScoped
public class ElectionsMenu implements MenuContribution {
    static final Set<String> OFFICER = Set.of(Roles.ELECTION_OFFICER);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("elections", "el", "menu.elections", "/elections/elections.xhtml", "pi pi-check-square",
                        OFFICER, 70),
                new MenuItem("elections", "el", "menu.pool", "/elections/pool.xhtml", "pi pi-users", OFFICER, 71));
    }
}
