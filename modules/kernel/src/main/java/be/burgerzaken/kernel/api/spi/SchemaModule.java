package be.burgerzaken.kernel.api.spi;

/**
 * A module that owns a database schema and its Flyway migrations. Every module contributes one CDI bean of
 * this type; the application migrates them at start-up in ascending {@link #order()} (the kernel first), so a
 * module's migrations may rely on the schemas of the modules it depends on.
 *
 * <p>Migrations live in {@code db/migration/<schema>/common} (SQL shared by PostgreSQL and the embedded H2)
 * and {@code db/migration/<schema>/<vendor>} ({@code postgresql} or {@code h2}) on the module's class path.
 */
public interface SchemaModule {

    /** The schema this module owns, also the folder name of its migrations. */
    String schema();

    /** Migration order; the kernel is 0, domain modules use 100 and up in dependency order. */
    int order();

    /** The class loader that sees this module's migration resources. */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }
}
