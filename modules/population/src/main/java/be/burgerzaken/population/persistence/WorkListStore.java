package be.burgerzaken.population.persistence;

import be.burgerzaken.population.api.RemovalStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The officer's work lists of the register procedures as queries on the registers (issue 3): one page per query,
 * bounded by LIMIT/OFFSET, counted separately; the open memberships are found through the partial index of V34.
 */
@ApplicationScoped
public class WorkListStore {
    @PersistenceContext(unitName = "population")
    EntityManager em;

    private static final String WITHOUT_REFERENCE = " FROM population.household_membership m"
            + " JOIN population.household h ON h.id = m.household_id WHERE m.valid_to IS NULL"
            + " GROUP BY m.household_id, h.address_id, h.collective, h.version"
            + " HAVING SUM(CASE WHEN m.position = '01' THEN 1 ELSE 0 END) = 0";

    /** household_id, address_id, collective, version, members, since (last reference membership's end). */
    public List<Object[]> householdsWithoutReference(int page, int size) {
        Query q = NativeSql.query(em, "SELECT m.household_id, h.address_id, h.collective, h.version, COUNT(*),"
                + " (SELECT MAX(r.valid_to) FROM population.household_membership r WHERE r.household_id = m.household_id"
                + " AND r.position = '01') AS since" + WITHOUT_REFERENCE
                + " ORDER BY since NULLS LAST, m.household_id LIMIT ? OFFSET ?");
        NativeSql.bind(q, size, page * size);
        return NativeSql.rows(q);
    }

    public long countHouseholdsWithoutReference() {
        Query q = NativeSql.query(em, "SELECT COUNT(*) FROM (SELECT m.household_id" + WITHOUT_REFERENCE + ") x");
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String removalWhere(RemovalStage stage) {
        if (stage == null) {
            return " WHERE status = 'PROPOSED'";
        }
        return switch (stage) {
            case AWAITING_POLICE_REPORT -> " WHERE status = 'PROPOSED' AND police_report_ref IS NULL";
            case AWAITING_DECISION -> " WHERE status = 'PROPOSED' AND police_report_ref IS NOT NULL";
            case DECIDED -> " WHERE status = 'DECIDED'";
            case CANCELLED -> " WHERE status = 'CANCELLED'";
        };
    }

    /** id, person_id, status, absent_since, police_report_ref, police_finding_date, short_absence, proposed_at, decision_date. */
    public List<Object[]> removals(RemovalStage stage, int page, int size) {
        Query q = NativeSql.query(em, "SELECT id, person_id, status, absent_since, police_report_ref,"
                + " police_finding_date, short_absence, proposed_at, decision_date FROM population.removal_proposal"
                + removalWhere(stage) + " ORDER BY proposed_at, id LIMIT ? OFFSET ?");
        NativeSql.bind(q, size, page * size);
        return NativeSql.rows(q);
    }

    public long countRemovals(RemovalStage stage) {
        Query q = NativeSql.query(em, "SELECT COUNT(*) FROM population.removal_proposal" + removalWhere(stage));
        return ((Number) q.getSingleResult()).longValue();
    }

    /** id, person_id, reason, valid_from, planned_end, extensions of open absences whose planned end is before today. */
    public List<Object[]> overdueAbsences(LocalDate today, int page, int size) {
        Query q = NativeSql.query(em, "SELECT id, person_id, reason, valid_from, planned_end, extensions"
                + " FROM population.temporary_absence WHERE valid_to IS NULL AND planned_end < ?"
                + " ORDER BY planned_end, id LIMIT ? OFFSET ?");
        NativeSql.bind(q, today, size, page * size);
        return NativeSql.rows(q);
    }

    public long countOverdueAbsences(LocalDate today) {
        Query q = NativeSql.query(em, "SELECT COUNT(*) FROM population.temporary_absence WHERE valid_to IS NULL"
                + " AND planned_end < ?");
        NativeSql.bind(q, today);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static final String HOST_GONE = " FROM population.reference_address ra WHERE ra.valid_to IS NULL"
            + " AND ra.kind = 'PRIVATE_HOST' AND NOT EXISTS (SELECT 1 FROM population.residence r"
            + " WHERE r.person_id = CAST(ra.host_person_id AS UUID) AND r.address_id = ra.address_id"
            + " AND r.valid_to IS NULL)";

    /** id, person_id, host_person_id, address_id, valid_from, host_left_on (the host's last residence end there). */
    public List<Object[]> hostGone(int page, int size) {
        Query q = NativeSql.query(em, "SELECT ra.id, ra.person_id, ra.host_person_id, ra.address_id, ra.valid_from,"
                + " (SELECT MAX(r.valid_to) FROM population.residence r WHERE r.person_id = CAST(ra.host_person_id AS UUID)"
                + " AND r.address_id = ra.address_id) AS host_left_on" + HOST_GONE
                + " ORDER BY ra.valid_from, ra.id LIMIT ? OFFSET ?");
        NativeSql.bind(q, size, page * size);
        return NativeSql.rows(q);
    }

    public long countHostGone() {
        Query q = NativeSql.query(em, "SELECT COUNT(*)" + HOST_GONE);
        return ((Number) q.getSingleResult()).longValue();
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }

    public static LocalDate date(Object value) {
        return value == null ? null : NativeSql.date(value);
    }

    public static java.util.UUID uuid(Object value) {
        return NativeSql.uuid(value);
    }
}
