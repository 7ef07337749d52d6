package be.burgerzaken.frontoffice.application;

import be.burgerzaken.kernel.api.spi.SchemaModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The front office's schema {@code frontoffice}, migrated after the modules whose procedures it starts. */
@ApplicationScoped
public class FrontOfficeSchema implements SchemaModule {
    @Override
    public String schema() {
        return "frontoffice";
    }

    @Override
    public int order() {
        return 400;
    }
}
