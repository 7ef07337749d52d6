package be.burgerzaken.kernel.api.spi;

import java.util.List;

/**
 * Links a module adds to the kernel's person file screen (e.g. the population registers' resident file), shown
 * to users holding one of the item's roles. The person's id is passed as the request parameter {@code id}.
 */
public interface PersonFileLinks {
    List<MenuItem> personFileLinks();
}
