package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.spi.SchemaModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The population module's schema {@code population}, migrated after the kernel. */
@ApplicationScoped
public class PopulationSchema implements SchemaModule {
    @Override
    public String schema() {
        return "population";
    }

    @Override
    public int order() {
        return 100;
    }
}
