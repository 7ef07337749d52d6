package be.burgerzaken.kernel.persistence;

import be.burgerzaken.kernel.api.identity.PartialDate;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonStatus;
import be.burgerzaken.kernel.api.person.PersonSummary;
import be.burgerzaken.kernel.domain.NameNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tolerant name search, ranked. Candidates come from indexed keys only (family-name key prefix, phonetic key
 * and, on PostgreSQL, trigram similarity), so the search stays fast on millions of persons; given names,
 * initials and a full or partial birth date narrow and rank them.
 *
 * <p>Score: family name exact 100, prefix 80, phonetic 70, similar (trigram, only when the others find no one)
 * up to 60; given names exact +30,
 * every word contained +25, phonetically +15, initials +10; an exact birth date +10.
 */
@ApplicationScoped
public class PersonSearchEngine {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    Database database;

    /** Criteria already validated by the caller. */
    public record Criteria(String familyName, String givenNames, PartialDate birthDate, int page, int size) {
    }

    /**
     * Exact, prefix and phonetic candidates first; only when they find no one does the search widen to trigram
     * similarity (PostgreSQL), which is costly for common name fragments such as "van den" (measured on 1M
     * persons: 390 ms with it, 10 ms without; issue 10). Widening whenever the precise candidates did not fill the
     * page ran the trigram search for nearly every search with given names and a birth date (a handful of
     * precise matches), only to add dissimilar names below the ones sought.
     */
    public Page<PersonSummary> search(Criteria c) {
        Page<PersonSummary> precise = search(c, false);
        if (database.isPostgres() && precise.total() == 0) {
            return search(c, true);
        }
        return precise;
    }

    private Page<PersonSummary> search(Criteria c, boolean fuzzy) {
        boolean pg = fuzzy; // trigram conditions exist only on PostgreSQL
        Map<String, Object> params = new LinkedHashMap<>();
        String fk = NameNormalizer.key(c.familyName());
        String fp = NameNormalizer.phonetic(c.familyName());
        params.put("fk", fk);
        params.put("fkp", like(fk) + "%");
        params.put("fp", fp);

        StringBuilder where = new StringBuilder("(family_key LIKE ?fkp OR family_phonetic = ?fp");
        if (pg && c.birthDate() != null) {
            // the birth year's index range narrows first (about 1% of the persons); the trigram index would
            // collect every name sharing a common fragment (147,000 of 1M for "vandenbosch")
            where.append(" OR public.similarity(family_key, ?fk) >= public.show_limit()");
        } else if (pg) {
            where.append(" OR family_key OPERATOR(public.%) ?fk");
        }
        where.append(')');

        String givenScore = "0";
        if (c.givenNames() != null && !c.givenNames().isBlank()) {
            String raw = c.givenNames().strip();
            if (looksLikeInitials(raw)) {
                String initials = raw.replaceAll("[^\\p{L}]", "").toUpperCase();
                params.put("ini", like(NameNormalizer.key(initials).toUpperCase()) + "%");
                where.append(" AND initials LIKE ?ini");
                givenScore = "10";
            } else {
                List<String> tokens = NameNormalizer.tokens(raw);
                StringBuilder all = new StringBuilder();
                StringBuilder any = new StringBuilder();
                int i = 0;
                for (String t : tokens) {
                    String k = "gk" + i;
                    String p = "gp" + i;
                    params.put(k, "%" + like(t) + "%");
                    params.put(p, "%" + like(NameNormalizer.phonetic(t)) + "%");
                    all.append(i == 0 ? "" : " AND ").append("given_key LIKE ?").append(k);
                    any.append(i == 0 ? "" : " AND ").append("(given_key LIKE ?").append(k)
                            .append(" OR given_phonetic LIKE ?").append(p).append(')');
                    i++;
                }
                String initial = NameNormalizer.initials(raw);
                params.put("gk", NameNormalizer.key(raw));
                where.append(" AND ((").append(any).append(") OR initials = ?giniexact)");
                params.put("giniexact", initial);
                givenScore = "CASE WHEN given_key = ?gk THEN 30 WHEN (" + all + ") THEN 25 WHEN (" + any
                        + ") THEN 15 ELSE 10 END";
            }
        }
        String dateScore = "0";
        if (c.birthDate() != null) {
            PartialDate d = c.birthDate();
            String y = String.format("%04d", d.year());
            // an index range over the sortable birth dates of the year (LIKE uses the index only in the C collation)
            params.put("bdlo", y + "-00-00");
            params.put("bdhi", y + "-99-99");
            where.append(" AND birth_date BETWEEN ?bdlo AND ?bdhi");
            if (d.month() == 0) {
                params.put("bd", y + "-%");
                where.append(" AND birth_date LIKE ?bd");
            } else if (d.day() == 0) {
                params.put("bd", y + String.format("-%02d-%%", d.month()));
                params.put("bdy", y + "-00-00");
                where.append(" AND (birth_date LIKE ?bd OR birth_date = ?bdy)");
            } else {
                params.put("bd", d.toString());
                params.put("bdm", y + String.format("-%02d-00", d.month()));
                params.put("bdy", y + "-00-00");
                where.append(" AND birth_date IN (?bd, ?bdm, ?bdy)");
                dateScore = "CASE WHEN birth_date = ?bd THEN 10 ELSE 0 END";
            }
        }
        String familyScore = "CASE WHEN family_key = ?fk THEN 100 WHEN family_key LIKE ?fkp THEN 80 "
                + "WHEN family_phonetic = ?fp THEN 70 ELSE "
                + (pg ? "CAST(public.similarity(family_key, ?fk) * 60 AS INTEGER)" : "30") + " END";
        String score = "(" + familyScore + " + " + givenScore + " + " + dateScore + ")";

        // the total comes with the page (one scan of the candidates instead of a second COUNT query)
        String select = "SELECT id, national_number, family_name, given_names, birth_date, sex, status, " + score
                + " AS score, COUNT(*) OVER () AS total FROM kernel.person WHERE " + where
                + " ORDER BY score DESC, family_name, given_names, birth_date, id";
        Query q = em.createNativeQuery(positional(select, params, new ArrayList<>()));
        bind(q, select, params);
        q.setFirstResult(c.page() * c.size()).setMaxResults(c.size());
        List<PersonSummary> items = new ArrayList<>();
        long total = -1;
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new PersonSummary(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], PersonStatus.valueOf((String) r[6]), ((Number) r[7]).intValue()));
            total = ((Number) r[8]).longValue();
        }
        if (total >= 0) {
            return new Page<>(items, c.page(), c.size(), total);
        }
        if (c.page() == 0) {
            return new Page<>(items, c.page(), c.size(), 0);
        }
        // a page past the end: the total needs its own count
        String countSql = "SELECT COUNT(*) FROM kernel.person WHERE " + where;
        Query cq = em.createNativeQuery(positional(countSql, params, new ArrayList<>()));
        bind(cq, countSql, params);
        return new Page<>(items, c.page(), c.size(), ((Number) cq.getSingleResult()).longValue());
    }

    static boolean looksLikeInitials(String raw) {
        String[] parts = raw.split("[\\s.\\-]+");
        for (String p : parts) {
            if (p.length() > 1) {
                return false;
            }
        }
        return true;
    }

    /** Escapes LIKE wildcards in user input (keys contain letters only, but stay safe). */
    private static String like(String s) {
        return s.replace("\\", "").replace("%", "").replace("_", "");
    }

    private static UUID uuid(Object o) {
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    /** Rewrites ?name markers into JDBC positional markers, recording the order of names. */
    private static String positional(String sql, Map<String, Object> params, List<String> order) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '?' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1))) {
                int j = i + 1;
                while (j < sql.length() && Character.isLetterOrDigit(sql.charAt(j))) {
                    j++;
                }
                String name = sql.substring(i + 1, j);
                if (!params.containsKey(name)) {
                    throw new IllegalStateException("unbound parameter " + name);
                }
                order.add(name);
                out.append('?').append(order.size());
                i = j;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    private static void bind(Query q, String sql, Map<String, Object> params) {
        List<String> order = new ArrayList<>();
        positional(sql, params, order);
        for (int i = 0; i < order.size(); i++) {
            q.setParameter(i + 1, params.get(order.get(i)));
        }
    }
}
