package be.burgerzaken.population.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Native SQL with EclipseLink: numbered positional parameters, SQL dates, raw rows and their JDBC values. */
final class NativeSql {
    private NativeSql() {
    }

    /** A native query whose {@code ?} placeholders are numbered {@code ?1, ?2, ...} in order (EclipseLink binds those). */
    static Query query(EntityManager em, String sql) {
        return em.createNativeQuery(numbered(sql));
    }

    static String numbered(String sql) {
        StringBuilder b = new StringBuilder(sql.length() + 16);
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            b.append(c);
            if (c == '?') {
                b.append(++n);
            }
        }
        return b.toString();
    }

    /** Binds positional parameters in order; dates as SQL dates. */
    static void bind(Query q, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            q.setParameter(i + 1, v instanceof LocalDate d ? Date.valueOf(d) : v);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query q) {
        List<?> result = q.getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object o : result) {
            rows.add(o instanceof Object[] a ? a : new Object[] {o});
        }
        return rows;
    }

    static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : LocalDate.parse(value.toString());
    }
}
