package be.burgerzaken.app.web;

import be.burgerzaken.kernel.api.spi.MenuContribution;
import be.burgerzaken.kernel.api.spi.MenuItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.Comparator;
import java.util.List;

/** The staff menu: every module's entries that the signed-in user's roles allow. */
@Named("menu")
@RequestScoped
public class MenuBean {
    @Inject
    Instance<MenuContribution> contributions;
    @Inject
    SecurityContext security;

    public List<MenuItem> getItems() {
        return contributions.stream().flatMap(c -> c.menuItems().stream())
                .filter(i -> i.roles().stream().anyMatch(security::isCallerInRole))
                .sorted(Comparator.comparingInt(MenuItem::order)).toList();
    }

    public String getUser() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }
}
