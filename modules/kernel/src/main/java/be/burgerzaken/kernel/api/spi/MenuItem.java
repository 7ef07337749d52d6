package be.burgerzaken.kernel.api.spi;

import java.util.Set;

/**
 * One entry of the staff menu, contributed by a module through a {@link MenuContribution}.
 *
 * @param group    the menu group's key in the application bundle (e.g. {@code menu.group.persons})
 * @param bundle   the variable name of the module's resource bundle in Faces (e.g. {@code km})
 * @param labelKey the label's key in that bundle
 * @param outcome  the page to open (a Faces view id such as {@code /kernel/person-search.xhtml})
 * @param icon     a PrimeIcons class, e.g. {@code pi pi-search}
 * @param roles    roles that see the entry (any of them)
 * @param order    position in the menu
 */
public record MenuItem(String group, String bundle, String labelKey, String outcome, String icon, Set<String> roles,
                       int order) {
}
