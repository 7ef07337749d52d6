package be.burgerzaken.elections.application;

import be.burgerzaken.kernel.api.spi.SchemaModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The elections module's schema {@code elections}, migrated after the kernel, population and civil status. */
@ApplicationScoped
public class ElectionsSchema implements SchemaModule {
    @Override
    public String schema() {
        return "elections";
    }

    @Override
    public int order() {
        return 300;
    }
}
