package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.spi.SchemaModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The kernel's schema, migrated first. */
@ApplicationScoped
public class KernelSchema implements SchemaModule {
    @Override
    public String schema() {
        return "kernel";
    }

    @Override
    public int order() {
        return 0;
    }
}
