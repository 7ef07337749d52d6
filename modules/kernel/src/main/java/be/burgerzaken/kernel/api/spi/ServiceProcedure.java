package be.burgerzaken.kernel.api.spi;

import java.util.Set;
import java.util.UUID;

/**
 * A procedure a product of the service catalogue (dienstencatalogus / catalogue des services, front office,
 * issue 8) starts in a module, contributed as a CDI bean: the catalogue names it by {@link #key()} (e.g.
 * {@code population.address-change}, {@code elections.voter-registration}) and the 360° citizen file links to
 * {@link #screen} with the person preselected. The module's screen and facade do the work and the checks.
 */
public interface ServiceProcedure {

    /** The key the catalogue's products refer to. */
    String key();

    /** Roles that may start it (any of them); the module's facade checks again. */
    Set<String> roles();

    /**
     * The screen that starts it for the person, relative to the application ({@code /population/...xhtml?id=...});
     * {@code variant} is the product's variant (certificate type, extract model), may be null.
     */
    String screen(UUID personId, String variant);
}
