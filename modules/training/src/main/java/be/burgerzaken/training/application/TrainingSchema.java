package be.burgerzaken.training.application;

import be.burgerzaken.kernel.api.spi.SchemaModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The training module's schema {@code training}, migrated after the kernel and the domain modules. */
@ApplicationScoped
public class TrainingSchema implements SchemaModule {
    @Override
    public String schema() {
        return "training";
    }

    @Override
    public int order() {
        return 300;
    }
}
