package be.burgerzaken.app.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.XADataSource;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Warns at start-up when the configured datasource class is not an {@link XADataSource}: on Payara every kernel or
 * module persistence unit that holds a connection in a transaction then reserves a pool connection of its own
 * (see {@link DataSourceConfig}), and commands under load wait for one another's connections.
 */
@ApplicationScoped
public class DatasourceCheck {
    private static final Logger LOG = Logger.getLogger(DatasourceCheck.class.getName());
    static final String DEFAULT_CLASS = "org.h2.jdbcx.JdbcDataSource";

    @Inject
    @ConfigProperty(name = "bz.db.datasource-class")
    Optional<String> configuredClass;

    /** The warning, or empty when the class is an XA datasource or cannot be loaded from here. */
    public Optional<String> problem() {
        String name = configuredClass.map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT_CLASS);
        Class<?> type;
        try {
            type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty(); // the pool would not have started either; the server log says why
        }
        if (XADataSource.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        return Optional.of("bz.db.datasource-class " + name + " is not an XADataSource: a transaction that uses "
                + "the kernel's and a module's persistence unit takes two pool connections instead of one, and under "
                + "load requests wait for connections until the pool's wait time runs out. Use "
                + "org.postgresql.xa.PGXADataSource for PostgreSQL (docs/operations.md).");
    }

    public void warnIfNotXa() {
        problem().ifPresent(LOG::warning);
    }
}
