package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.kernel.api.spi.SchemaModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The criminal-records module's schema {@code criminalrecords}, migrated after the kernel, population and civil status. */
@ApplicationScoped
public class CriminalRecordsSchema implements SchemaModule {
    @Override
    public String schema() {
        return "criminalrecords";
    }

    @Override
    public int order() {
        return 300;
    }
}
