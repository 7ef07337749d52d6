package be.burgerzaken.population.persistence;

import be.burgerzaken.population.api.NationalityGroup;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.ResidentOnDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * --- elections (issue 7) --- The residents on a date in ONE query: residence and register periods covering the day,
 * the address, the kernel person, the nationalities valid on the day (the kernel's NATIONALITY facts) and the
 * nationality group (EU membership on the day, as the statistics count it).
 * Indexed by {@code residence (address_id, valid_from, valid_to)} / {@code register_entry (person_id, valid_from)}.
 */
@ApplicationScoped
public class ResidentsOnDateStore {
    /**
     * The nationalities valid on the day: the kernel's NATIONALITY fact covering the day (valid_to exclusive, the latest
     * recorded row wins, as the kernel's timeline reads it), its JSON list flattened to "BE,NL"; the person's current
     * nationalities when no fact covers the day.
     */
    static final String NATIONALITIES_ON_DAY = "COALESCE((SELECT REPLACE(REPLACE(REPLACE(REPLACE(f.fact_value,"
            + " '{\"nationalities\":[', ''), ']}', ''), '\"', ''), ' ', '') FROM kernel.person_fact f"
            + " WHERE f.person_id = p.id AND f.fact = 'NATIONALITY' AND (f.valid_from IS NULL OR f.valid_from <= ?)"
            + " AND (f.valid_to IS NULL OR f.valid_to > ?) ORDER BY f.recorded_at DESC LIMIT 1), p.nationalities)";
    static final String SQL = "SELECT q.person_id, q.register_type, q.family_name, q.given_names, q.birth_date, q.sex,"
            + " q.nat, CASE WHEN q.nat IS NULL OR q.nat = '' THEN 'UNKNOWN'"
            + " WHEN q.nat = 'BE' OR q.nat LIKE 'BE,%' OR q.nat LIKE '%,BE'"
            + " OR q.nat LIKE '%,BE,%' THEN 'BELGIAN'"
            + " WHEN EXISTS (SELECT 1 FROM population.eu_member_state e WHERE e.member_from <= ?"
            + " AND (e.member_to IS NULL OR e.member_to > ?)"
            + " AND (',' || q.nat || ',') LIKE ('%,' || e.country || ',%')) THEN 'EU' ELSE 'NON_EU' END,"
            + " q.death_date, q.nis, q.street_code, q.house_number, q.box, q.postcode FROM ("
            + "SELECT r.person_id, re.register_type, p.family_name, p.given_names, p.birth_date, p.sex, "
            + NATIONALITIES_ON_DAY + " AS nat, p.death_date, a.nis, a.street_code, a.house_number, a.box, a.postcode"
            + " FROM population.residence r"
            + " JOIN population.register_entry re ON re.person_id = r.person_id AND re.valid_from <= ?"
            + " AND (re.valid_to IS NULL OR re.valid_to > ?)"
            + " JOIN population.address a ON a.id = r.address_id"
            + " JOIN kernel.person p ON p.id = r.person_id"
            // OFFSET 0 ROWS keeps the inner query a fence: the day's nationalities are looked up once per resident;
            // flattened, PostgreSQL ran the lookup up to 8 times per row (once per use of q.nat in the CASE) and JIT-
            // compiled the plan: 1.07 s instead of 0.17 s for 20k residents (EXPLAIN ANALYZE, benchmark issue 10)
            + " WHERE r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to > ?) OFFSET 0 ROWS) q"
            + " ORDER BY q.person_id";

    @PersistenceContext(unitName = "population")
    EntityManager em;

    /** Rows the JDBC driver fetches at a time (a cursor within the transaction) instead of the whole result. */
    static final int FETCH_SIZE = 10_000;

    /**
     * The residents on the day. Memory (issue 10: the voter list of 1M residents spent 100 s in full GCs in a 1 GiB
     * heap and did not finish): the driver fetches {@value #FETCH_SIZE} rows at a time instead of holding the whole
     * result besides the persistence unit's copy, each raw row is released once converted, and the repeated values
     * (family names, birth dates, streets, postcodes, nationalities) are shared instead of one String per row.
     */
    public List<ResidentOnDate> residentsOn(LocalDate day) {
        Query q = NativeSql.query(em, SQL);
        NativeSql.bind(q, day, day, day, day, day, day, day, day);
        q.setHint("eclipselink.jdbc.fetch-size", FETCH_SIZE);
        @SuppressWarnings("unchecked")
        List<Object> rows = (List<Object>) q.getResultList();
        List<ResidentOnDate> residents = new ArrayList<>(rows.size());
        Map<String, String> shared = new HashMap<>();
        boolean release = true;
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = (Object[]) rows.get(i);
            residents.add(new ResidentOnDate(NativeSql.uuid(r[0]), RegisterType.valueOf(r[1].toString()),
                    str(r[2], shared), str(r[3]), str(r[4], shared), str(r[5], shared), str(r[6], shared),
                    NationalityGroup.valueOf(r[7].toString().trim()), str(r[8], shared), str(r[9], shared),
                    str(r[10], shared), str(r[11], shared), str(r[12], shared), str(r[13], shared)));
            if (release) {
                try {
                    rows.set(i, null);
                } catch (UnsupportedOperationException readOnly) {
                    release = false;
                }
            }
        }
        return residents;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String str(Object o, Map<String, String> shared) {
        return o == null ? null : shared.computeIfAbsent(o.toString(), k -> k);
    }
}
