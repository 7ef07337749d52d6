package be.burgerzaken.elections.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Set-based SQL on the elections unit's connection inside the caller's JTA transaction (the same connection the
 * kernel's and population's units use, ADR 0008): voter lists are written in JDBC batches and read row by row.
 */
@ApplicationScoped
public class Db {
    @PersistenceContext(unitName = "elections")
    EntityManager em;

    /** A row mapper that may throw SQLException. */
    public interface Rows<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The transaction's connection (requires an active transaction; do not close it). */
    public Connection connection() {
        return em.unwrap(Connection.class);
    }

    public <T> List<T> list(String sql, Rows<T> mapper, Object... params) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + sql, e);
        }
    }

    /**
     * True when the failure is a unique-constraint violation (SQLState 23505 on PostgreSQL and H2): a concurrent
     * command stored the same thing first, so the caller answers a 409 naming the field instead of a 500.
     */
    public static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if ("23505".equals(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public <T> T one(String sql, Rows<T> mapper, Object... params) {
        List<T> l = list(sql, mapper, params);
        return l.isEmpty() ? null : l.get(0);
    }

    public long count(String sql, Object... params) {
        Long n = one(sql, rs -> rs.getLong(1), params);
        return n == null ? 0 : n;
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + sql, e);
        }
    }

    /** Rows per multi-row INSERT of {@link #batch}. */
    static final int ROWS_PER_INSERT = 250;

    /**
     * Runs one statement for every parameter row. An {@code INSERT ... VALUES (?, ...)} is sent as multi-row inserts
     * of {@link #ROWS_PER_INSERT} rows in JDBC batches (PostgreSQL and H2 both take {@code VALUES (...), (...)}; a
     * voter list of 700,000 rows is written about three times faster than one row per statement); other
     * statements run in JDBC batches of 1000.
     */
    public void batch(String sql, List<Object[]> rows) {
        String group = multiRowGroup(sql);
        if (group == null || rows.size() < 2) {
            batchEach(sql, rows);
            return;
        }
        int full = rows.size() / ROWS_PER_INSERT;
        if (full > 0) {
            String many = sql + (", " + group).repeat(ROWS_PER_INSERT - 1);
            try (PreparedStatement ps = connection().prepareStatement(many)) {
                for (int i = 0; i < full; i++) {
                    bind(ps, flatten(rows.subList(i * ROWS_PER_INSERT, (i + 1) * ROWS_PER_INSERT)));
                    ps.addBatch();
                    if ((i + 1) % 8 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw failure(e, sql);
            }
        }
        List<Object[]> rest = rows.subList(full * ROWS_PER_INSERT, rows.size());
        if (!rest.isEmpty()) {
            update(sql + (", " + group).repeat(rest.size() - 1), flatten(rest));
        }
    }

    /** The {@code (?, ?, ...)} group of a single-row {@code INSERT ... VALUES (...)}, or null for other statements. */
    static String multiRowGroup(String sql) {
        int values = sql.toUpperCase(java.util.Locale.ROOT).lastIndexOf(" VALUES (");
        if (!sql.stripLeading().regionMatches(true, 0, "INSERT ", 0, 7) || values < 0 || !sql.endsWith(")")) {
            return null;
        }
        String group = sql.substring(values + " VALUES ".length());
        return group.indexOf(')') == group.length() - 1 ? group : null;
    }

    private static Object[] flatten(List<Object[]> rows) {
        List<Object> all = new ArrayList<>();
        for (Object[] r : rows) {
            all.addAll(java.util.Arrays.asList(r));
        }
        return all.toArray();
    }

    private void batchEach(String sql, List<Object[]> rows) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failure(e, sql);
        }
    }

    private static IllegalStateException failure(SQLException e, String sql) {
        SQLException next = e.getNextException();
        return new IllegalStateException(e.getMessage() + (next == null ? "" : "; " + next.getMessage()), e);
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object v = params[i];
            if (v instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else if (v instanceof Instant t) {
                ps.setObject(i + 1, t.atOffset(ZoneOffset.UTC));
            } else if (v instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        Object o = rs.getObject(column);
        return o == null ? null : o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Object o = rs.getObject(column);
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
