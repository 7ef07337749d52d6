package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.spi.SchemaModule;
import be.burgerzaken.kernel.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * Runs every module's Flyway migrations at start-up, kernel first, each module in its own schema with its
 * own history table: {@code db/migration/<schema>/common} plus {@code db/migration/<schema>/<vendor>}.
 */
@ApplicationScoped
public class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Inject
    Instance<SchemaModule> modules;
    @Inject
    Database database;

    public void migrate() {
        String vendor = database.isPostgres() ? "postgresql" : "h2";
        List<SchemaModule> ordered = modules.stream().sorted(Comparator.comparingInt(SchemaModule::order)).toList();
        for (SchemaModule m : ordered) {
            long start = System.nanoTime();
            MigrateResult r = Flyway.configure(m.classLoader())
                    .dataSource(database.dataSource())
                    .schemas(m.schema())
                    .defaultSchema(m.schema())
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations("classpath:db/migration/" + m.schema() + "/common",
                            "classpath:db/migration/" + m.schema() + "/" + vendor)
                    .load()
                    .migrate();
            LOG.info(() -> String.format("schema %s: %d migration(s) applied on %s in %d ms", m.schema(),
                    r.migrationsExecuted, vendor, (System.nanoTime() - start) / 1_000_000));
        }
    }
}
