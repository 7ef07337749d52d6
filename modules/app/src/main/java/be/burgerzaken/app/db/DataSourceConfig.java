package be.burgerzaken.app.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one JTA datasource, configured by MicroProfile Config (environment variables
 * {@code BZ_DB_URL}, {@code BZ_DB_USER}, {@code BZ_DB_PASSWORD} and, for PostgreSQL,
 * {@code BZ_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource}). The defaults give the embedded H2 database
 * of the zero-set-up run, in {@code ./burgerzaken-data/} below the server's working directory. Defaults are
 * inline because these placeholders do not read the application's own microprofile-config.properties.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/burgerzaken",
        className = "${MPCONFIG=bz.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=bz.db.url:jdbc:h2:file:./burgerzaken-data/burgerzaken;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}",
        user = "${MPCONFIG=bz.db.user:sa}",
        password = "${MPCONFIG=bz.db.password:sa}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
public class DataSourceConfig {
}
