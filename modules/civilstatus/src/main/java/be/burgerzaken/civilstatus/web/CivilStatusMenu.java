package be.burgerzaken.civilstatus.web;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.MenuContribution;
import be.burgerzaken.kernel.api.spi.MenuItem;
import be.burgerzaken.kernel.api.spi.PersonFileLinks;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/**
 * The civil-status screens in the staff menu (new act, the registrar's signing queue, the act index) and, on a
 * person's file, the acts about that person.
 */
@ApplicationScoped
public class CivilStatusMenu implements MenuContribution, PersonFileLinks {
    static final Set<String> ACT_STAFF = Set.of(Roles.CLERK, Roles.CIVIL_REGISTRAR);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("civilstatus", "cs", "menu.newAct", "/civilstatus/act-new.xhtml", "pi pi-file-edit",
                        ACT_STAFF, 50),
                new MenuItem("civilstatus", "cs", "menu.signingQueue", "/civilstatus/signing-queue.xhtml",
                        "pi pi-pencil", Set.of(Roles.CIVIL_REGISTRAR), 51),
                new MenuItem("civilstatus", "cs", "menu.acts", "/civilstatus/acts.xhtml", "pi pi-book", ACT_STAFF, 52));
    }

    /** The act index filtered on the person (the person file passes its id as {@code id}). */
    @Override
    public List<MenuItem> personFileLinks() {
        return List.of(new MenuItem("civilstatus", "cs", "acts.aboutPerson", "/civilstatus/acts.xhtml", "pi pi-book",
                ACT_STAFF, 30));
    }
}
