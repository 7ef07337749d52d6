package be.burgerzaken.app;

import be.burgerzaken.app.db.DatasourceCheck;
import be.burgerzaken.kernel.api.platform.Platform;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Start-up, before the application serves anything: migrate every module's schema, start the kernel, load
 * the demo data when asked, and say where to go.
 */
@jakarta.ejb.Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Startup {
    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Platform platform;
    @Inject
    DemoData demo;
    @Inject
    DatasourceCheck datasource;
    @Inject
    @ConfigProperty(name = "bz.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @PostConstruct
    void start() {
        long t0 = System.nanoTime();
        datasource.warnIfNotXa();
        platform.migrate();
        platform.start();
        demo.loadIfEnabled();
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        LOG.info(String.format("%n%n  Burgerzaken is ready (start-up work %d ms)%n"
                        + "    staff screens : %s/%n    API docs      : %s/api-docs.html  (OpenAPI: %s/openapi)%n"
                        + "    health        : %s/health%n%n",
                (System.nanoTime() - t0) / 1_000_000, base, base, base, base));
    }
}
