package be.burgerzaken.kernel.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database product the application runs on (PostgreSQL in production, H2 in the embedded run). */
@ApplicationScoped
public class Database {
    /** The application's JTA datasource, defined by the app module. */
    public static final String JNDI_NAME = "java:app/jdbc/burgerzaken";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    private volatile Boolean postgres;

    public boolean isPostgres() {
        Boolean p = postgres;
        if (p == null) {
            try (Connection c = dataSource.getConnection()) {
                p = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the database", e);
            }
            postgres = p;
        }
        return p;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The SQL that draws the next value of a sequence. */
    public String nextValue(String qualifiedSequence) {
        return isPostgres() ? "SELECT nextval('" + qualifiedSequence + "')"
                : "SELECT NEXT VALUE FOR " + qualifiedSequence;
    }
}
