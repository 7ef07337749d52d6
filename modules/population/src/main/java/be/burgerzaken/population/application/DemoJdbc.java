package be.burgerzaken.population.application;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The JDBC steps the population's demo-data contributors take the same way (bulk loads, not the facades). */
final class DemoJdbc {
    private DemoJdbc() {
    }

    /** A bulk load on one connection. */
    @FunctionalInterface
    interface Load<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code load} in one transaction of its own: committed whole, or rolled back whole on any failure (an
     * {@link IllegalStateException} "cannot load the {@code what}" for a database error).
     */
    static <T> T inOneTransaction(DataSource dataSource, String what, Load<T> load) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = load.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the " + what, e);
        }
    }

    /** Runs one INSERT or UPDATE with its parameters in order (each bound with setObject); the rows it changed. */
    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }

    /** The number a {@code SELECT COUNT(*)} answers. */
    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
