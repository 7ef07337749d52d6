package be.burgerzaken.kernel.api.spi;

import java.util.List;

/** A module's entries in the staff menu (CDI bean); the layout shows those whose roles the user holds. */
public interface MenuContribution {
    List<MenuItem> menuItems();
}
