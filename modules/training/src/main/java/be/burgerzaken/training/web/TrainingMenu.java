package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.Roles;
import be.burgerzaken.kernel.api.spi.MenuContribution;
import be.burgerzaken.kernel.api.spi.MenuItem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** The training screens in the staff menu: "my training" for every staff role, the coordinator's screens. */
@ApplicationScoped
public class TrainingMenu implements MenuContribution {
    static final Set<String> STAFF = Set.of(Roles.CLERK, Roles.POPULATION_OFFICER, Roles.CIVIL_REGISTRAR,
            Roles.CRIMINAL_RECORDS_CLERK, Roles.ELECTION_OFFICER, Roles.TRAINING_COORDINATOR, Roles.AUDITOR,
            Roles.ADMINISTRATOR);
    static final Set<String> COORDINATOR = Set.of(Roles.TRAINING_COORDINATOR);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("training", "tm", "menu.myTraining", "/training/my-training.xhtml", "pi pi-user", STAFF, 80),
                new MenuItem("training", "tm", "menu.dashboard", "/training/dashboard.xhtml", "pi pi-chart-bar",
                        COORDINATOR, 81),
                new MenuItem("training", "tm", "menu.sessions", "/training/sessions.xhtml", "pi pi-calendar",
                        COORDINATOR, 82),
                new MenuItem("training", "tm", "menu.staff", "/training/staff.xhtml", "pi pi-users", COORDINATOR, 82),
                new MenuItem("training", "tm", "menu.catalogue", "/training/catalogue.xhtml", "pi pi-list",
                        COORDINATOR, 83),
                new MenuItem("training", "tm", "menu.requirements", "/training/requirements.xhtml", "pi pi-check-square",
                        Set.of(Roles.TRAINING_COORDINATOR, Roles.ADMINISTRATOR), 84),
                new MenuItem("training", "tm", "menu.admin", "/training/admin.xhtml", "pi pi-user-plus",
                        Set.of(Roles.ADMINISTRATOR), 85));
    }
}
