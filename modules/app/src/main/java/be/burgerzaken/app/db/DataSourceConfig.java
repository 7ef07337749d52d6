package be.burgerzaken.app.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one JTA datasource, configured by MicroProfile Config (environment variables
 * {@code BZ_DB_URL}, {@code BZ_DB_USER}, {@code BZ_DB_PASSWORD} and, for PostgreSQL,
 * {@code BZ_DB_DATASOURCE_CLASS=org.postgresql.xa.PGXADataSource}). The defaults give the embedded H2 database
 * of the zero-set-up run, in {@code ./burgerzaken-data/} below the server's working directory. Defaults are
 * inline because these placeholders do not read the application's own microprofile-config.properties.
 *
 * <p>The class must be an {@code XADataSource} (H2's {@code JdbcDataSource} is one): Payara then gives every
 * connection request of one JTA transaction the transaction's own pooled connection, so a command whose kernel
 * and module persistence units both work needs exactly one connection (ADR 0008). With a plain
 * {@code DataSource} the statements still run on one physical connection, but each further unit holding a
 * connection reserves a second pool slot, and under load commands wait for each other's slots until the pool's
 * wait time runs out. {@code DatasourceCheck} warns at start-up when the class is not an XA one.
 *
 * <p>Pool: {@link #MAX_POOL_SIZE} connections at most per server; Payara reads the size only as the annotation's
 * number (it substitutes configuration in text attributes, not in numbers), so changing it means changing it here.
 * The wait for a free connection is configurable ({@code bz.db.pool.max-wait-ms}).
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/burgerzaken",
        className = "${MPCONFIG=bz.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=bz.db.url:jdbc:h2:file:./burgerzaken-data/burgerzaken;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}",
        user = "${MPCONFIG=bz.db.user:sa}",
        password = "${MPCONFIG=bz.db.password:sa}",
        minPoolSize = 2,
        maxPoolSize = DataSourceConfig.MAX_POOL_SIZE,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=${MPCONFIG=bz.db.pool.max-wait-ms:60000}"
        })
public class DataSourceConfig {
    /** Connections per server at most: one per concurrent transaction (size PostgreSQL's max_connections for it). */
    public static final int MAX_POOL_SIZE = 40;
}
