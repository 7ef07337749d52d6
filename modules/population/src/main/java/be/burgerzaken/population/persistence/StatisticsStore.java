package be.burgerzaken.population.persistence;

import be.burgerzaken.population.api.StatisticsDimension;
import be.burgerzaken.population.domain.AgeBands;
import be.burgerzaken.population.domain.StatisticsTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics' one aggregate query: residents whose main residence (residence period) and register period
 * both cover the date, with the kernel person's sex, birth date and nationalities and the street's district, grouped
 * by one or two dimensions. Joins only what the dimensions need; no row leaves the database but the counts.
 *
 * <p>Sex and nationality are those valid on the date (issue 3, task U): the kernel keeps them as bitemporal
 * {@code kernel.person_fact} rows (the latest recorded row covering a date wins). Persons whose facts of that kind
 * are all undated have the same value on every date, the current {@code kernel.person} column; only persons with a
 * dated fact (a naturalisation, a change of registered sex) are resolved from their facts, set-based in the same
 * query (partial indexes of population V41 on PostgreSQL find them without scanning every fact).
 */
@ApplicationScoped
public class StatisticsStore {
    /** The stored birth date as the comparable key of {@link AgeBands#birthKey} (partial dates: latest possible). */
    static final String BIRTH_KEY = "CASE WHEN p.birth_date LIKE '0000%' THEN NULL"
            + " WHEN SUBSTRING(p.birth_date, 6, 2) = '00' THEN SUBSTRING(p.birth_date, 1, 4) || '-12-99'"
            + " WHEN SUBSTRING(p.birth_date, 9, 2) = '00' THEN SUBSTRING(p.birth_date, 1, 7) || '-99'"
            + " ELSE p.birth_date END";

    @PersistenceContext(unitName = "population")
    EntityManager em;

    /** Residents on {@code day} counted by {@code rows} and, when not null, {@code columns}. */
    public List<StatisticsTables.Count> count(LocalDate day, StatisticsDimension rows, StatisticsDimension columns,
                                              AgeBands bands) {
        Sql sql = sql(day, rows, columns, bands);
        Query q = NativeSql.query(em, sql.text());
        NativeSql.bind(q, sql.params().toArray());
        List<StatisticsTables.Count> counts = new ArrayList<>();
        for (Object[] row : NativeSql.rows(q)) {
            counts.add(new StatisticsTables.Count(row[0] == null ? "" : row[0].toString(),
                    row[1] == null ? "" : row[1].toString(), ((Number) row[2]).longValue()));
        }
        return counts;
    }

    /** The query text with {@code ?} placeholders and its parameters in order. */
    public record Sql(String text, List<Object> params) {
    }

    /** The aggregate query: row value, column value ("" without columns), count. */
    public static Sql sql(LocalDate day, StatisticsDimension rows, StatisticsDimension columns, AgeBands bands) {
        List<Object> params = new ArrayList<>();
        boolean person = uses(rows, columns, StatisticsDimension.SEX) || uses(rows, columns, StatisticsDimension.AGE_BAND)
                || uses(rows, columns, StatisticsDimension.NATIONALITY_GROUP);
        boolean street = uses(rows, columns, StatisticsDimension.DISTRICT);
        boolean nationality = uses(rows, columns, StatisticsDimension.NATIONALITY_GROUP);
        boolean sex = uses(rows, columns, StatisticsDimension.SEX);

        StringBuilder base = new StringBuilder("SELECT re.register_type AS register_type");
        if (person) {
            base.append(", ").append(sex ? SEX : "p.sex").append(" AS sex, ").append(BIRTH_KEY).append(" AS birth_key");
        }
        if (nationality) {
            base.append(", ").append(nationalityGroup(day, params)).append(" AS nationality_group");
        }
        if (street) {
            base.append(", COALESCE(s.district, '') AS district");
        }
        base.append(" FROM population.residence r JOIN population.register_entry re ON re.person_id = r.person_id"
                + " AND re.valid_from <= ? AND (re.valid_to IS NULL OR re.valid_to > ?)");
        params.add(day);
        params.add(day);
        if (person) {
            base.append(" JOIN kernel.person p ON p.id = r.person_id");
            if (sex) {
                base.append(factOnDate("SEX", SEX_VALUE, "sf", day, params));
            }
        }
        if (nationality) {
            base.append(factOnDate("NATIONALITY", NATIONALITIES_VALUE, "nf", day, params));
            base.append(" LEFT JOIN population.eu_member_state eu ON eu.country = " + NATIONALITIES
                    + " AND eu.member_from <= ? AND (eu.member_to IS NULL OR eu.member_to > ?)");
            params.add(day);
            params.add(day);
        }
        if (street) {
            base.append(" JOIN population.address a ON a.id = r.address_id"
                    + " LEFT JOIN population.street s ON s.nis = a.nis AND s.street_code = a.street_code");
        }
        base.append(" WHERE r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to > ?)");
        params.add(day);
        params.add(day);

        // the dimension expressions come first in the text, so their parameters are bound first
        List<Object> outer = new ArrayList<>();
        String rowExpr = expression(rows, day, bands, outer);
        String columnExpr = columns == null ? "''" : expression(columns, day, bands, outer);
        outer.addAll(params);
        return new Sql("SELECT g.rk, g.ck, COUNT(*) FROM (SELECT " + rowExpr + " AS rk, " + columnExpr
                + " AS ck FROM (" + base + ") b) g GROUP BY g.rk, g.ck", outer);
    }

    /** The districts of the street list, sorted. */
    public List<String> districts() {
        return em.createQuery("SELECT DISTINCT s.district FROM StreetRow s WHERE s.district IS NOT NULL"
                + " ORDER BY s.district", String.class).getResultList();
    }

    private static boolean uses(StatisticsDimension rows, StatisticsDimension columns, StatisticsDimension d) {
        return rows == d || columns == d;
    }

    private static String expression(StatisticsDimension d, LocalDate day, AgeBands bands, List<Object> params) {
        return switch (d) {
            case REGISTER -> "b.register_type";
            case SEX -> "b.sex";
            case NATIONALITY_GROUP -> "b.nationality_group";
            case DISTRICT -> "b.district";
            case AGE_BAND -> ageBand(day, bands, params);
        };
    }

    /** {@link AgeBands#bandOfKey} in SQL: the highest band whose cutoff key the birth key does not exceed. */
    private static String ageBand(LocalDate day, AgeBands bands, List<Object> params) {
        StringBuilder b = new StringBuilder("CASE WHEN b.birth_key IS NULL THEN '").append(AgeBands.UNKNOWN).append('\'');
        List<String> cutoffs = bands.cutoffKeys(day);
        List<String> labels = bands.upperLabels();
        for (int i = cutoffs.size() - 1; i >= 0; i--) {
            b.append(" WHEN b.birth_key <= ? THEN '").append(labels.get(i)).append('\'');
            params.add(cutoffs.get(i));
        }
        return b.append(" ELSE '").append(bands.firstLabel()).append("' END").toString();
    }

    /** {@link be.burgerzaken.population.domain.NationalityGroups} in SQL on the comma-separated nationalities. */
    private static String nationalityGroup(LocalDate day, List<Object> params) {
        params.add(day);
        params.add(day);
        String n = NATIONALITIES;
        return "CASE WHEN " + n + " IS NULL OR " + n + " = '' THEN 'UNKNOWN'"
                + " WHEN " + n + " = 'BE' OR " + n + " LIKE 'BE,%' OR " + n + " LIKE '%,BE'"
                + " OR " + n + " LIKE '%,BE,%' THEN 'BELGIAN'"
                + " WHEN eu.country IS NOT NULL THEN 'EU'"
                + " WHEN " + n + " NOT LIKE '%,%' THEN 'NON_EU'"
                + " WHEN EXISTS (SELECT 1 FROM population.eu_member_state e2 WHERE e2.member_from <= ?"
                + " AND (e2.member_to IS NULL OR e2.member_to > ?)"
                + " AND (',' || " + n + " || ',') LIKE ('%,' || e2.country || ',%')) THEN 'EU'"
                + " ELSE 'NON_EU' END";
    }

    // --- issue 3 (task U): sex and nationality valid on the date, from the kernel's bitemporal facts ---

    /** The nationalities on the date: from the facts for persons with dated facts, else the current column. */
    static final String NATIONALITIES = "COALESCE(nf.fact_value, p.nationalities)";
    /** The sex on the date, likewise. */
    static final String SEX = "COALESCE(sf.fact_value, p.sex)";
    /** {@code {"nationalities":["BE","NL"]}} (the kernel's compact JSON) as {@code BE,NL}. */
    static final String NATIONALITIES_VALUE = "REPLACE(REPLACE(REPLACE(REPLACE(f.fact_value, '{\"nationalities\":[', ''),"
            + " ']}', ''), '\"', ''), ' ', '')";
    /** {@code {"sex":"F"}} as {@code F}. */
    static final String SEX_VALUE = "REPLACE(REPLACE(f.fact_value, '{\"sex\":\"', ''), '\"}', '')";

    /**
     * A left join {@code alias(person_id, fact_value)} with the value of {@code fact} valid on {@code day} for the
     * persons who have a dated row of that fact (valid from or to set): the latest recorded row whose period covers
     * the day, per person (one correlated pick per such person, over the kernel's (person, fact, recorded_at)
     * index). Persons without a dated row get no row: their value is the same on every date, the current one.
     */
    static String factOnDate(String fact, String valueExpression, String alias, LocalDate day, List<Object> params) {
        params.add(day);
        params.add(day);
        return " LEFT JOIN (SELECT d.person_id, (SELECT " + valueExpression + " FROM kernel.person_fact f"
                + " WHERE f.person_id = d.person_id AND f.fact = '" + fact + "'"
                + " AND (f.valid_from IS NULL OR f.valid_from <= ?) AND (f.valid_to IS NULL OR f.valid_to > ?)"
                + " ORDER BY f.recorded_at DESC, f.id DESC FETCH FIRST 1 ROWS ONLY) AS fact_value"
                + " FROM (SELECT DISTINCT g.person_id FROM kernel.person_fact g WHERE g.fact = '" + fact + "'"
                + " AND (g.valid_from IS NOT NULL OR g.valid_to IS NOT NULL)) d) " + alias
                + " ON " + alias + ".person_id = p.id";
    }
}
