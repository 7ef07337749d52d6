package be.burgerzaken.civilstatus.application;

import be.burgerzaken.kernel.api.spi.SchemaModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The civil-status module's schema {@code civilstatus}, migrated after the kernel and the population module. */
@ApplicationScoped
public class CivilStatusSchema implements SchemaModule {
    @Override
    public String schema() {
        return "civilstatus";
    }

    @Override
    public int order() {
        return 200;
    }
}
