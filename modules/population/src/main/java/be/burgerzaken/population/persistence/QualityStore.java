package be.burgerzaken.population.persistence;

import be.burgerzaken.population.domain.HousingUnitRow;
import be.burgerzaken.population.domain.QualityChecks;
import be.burgerzaken.population.domain.QualityRule;
import be.burgerzaken.population.domain.QualityRuleChangeRow;
import be.burgerzaken.population.domain.QualitySignalPerson;
import be.burgerzaken.population.domain.QualitySignalRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Quality rules, signals and housing units, and the queries the rules run over the residence and household
 * histories on a date (native SQL: candidates are selected and counted in the database, never person by person).
 */
@ApplicationScoped
public class QualityStore {
    /** Main residence on ?: the residence period covers the day. */
    private static final String RESIDENCE_ON = "r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to > ?)";
    /** The person's household membership on the same day, and its household (collective or not). */
    private static final String HOUSEHOLD_ON = " LEFT JOIN population.household_membership m ON m.person_id = r.person_id"
            + " AND m.valid_from <= ? AND (m.valid_to IS NULL OR m.valid_to > ?)"
            + " LEFT JOIN population.household h ON h.id = m.household_id";
    /**
     * --- issue 3 (task U) --- Not living there: a main residence that is only a reference address at the OCMW/CPAS
     * (referentieadres / adresse de référence, IT 024) does not count as a resident of that address.
     */
    private static final String NOT_AT_OCMW = " AND (r.reference_address IS NULL OR r.reference_address <> 'OCMW')";
    /** Parameters: the day six times, N. Residents with a reference address at the OCMW are left out. */
    public static final String CROWDED = "SELECT r.address_id, r.person_id, m.household_id, h.collective, p.family_key"
            + " FROM population.residence r" + HOUSEHOLD_ON + " JOIN kernel.person p ON p.id = r.person_id"
            + " WHERE " + RESIDENCE_ON + NOT_AT_OCMW + " AND r.address_id IN (SELECT r.address_id FROM"
            + " population.residence r WHERE " + RESIDENCE_ON + NOT_AT_OCMW + " GROUP BY r.address_id"
            + " HAVING COUNT(*) > ?) ORDER BY r.address_id, r.person_id";
    /** Parameters: the day four times. */
    public static final String WITHOUT_UNIT = "SELECT r.address_id, r.person_id, m.household_id, h.collective"
            + " FROM population.residence r JOIN population.address a ON a.id = r.address_id" + HOUSEHOLD_ON
            + " WHERE " + RESIDENCE_ON + " AND NOT EXISTS (SELECT 1 FROM population.housing_unit u"
            + " WHERE u.nis = a.nis AND u.street_code = a.street_code AND u.house_number = a.house_number"
            + " AND u.box = a.box) ORDER BY r.address_id, r.person_id";
    private static final String IN_WINDOW = "r.valid_from > ? AND r.valid_from <= ?"
            + " AND (r.valid_to IS NULL OR r.valid_to > r.valid_from)";
    /** Parameters: from, to, from, to, N. */
    public static final String STARTS = "SELECT r.person_id, r.valid_from FROM population.residence r WHERE " + IN_WINDOW
            + " AND r.person_id IN (SELECT r.person_id FROM population.residence r WHERE " + IN_WINDOW
            + " GROUP BY r.person_id HAVING COUNT(*) > ?) ORDER BY r.person_id, r.valid_from";

    @PersistenceContext(unitName = "population")
    EntityManager em;

    // --- rules

    public List<QualityRule> rules() {
        return em.createQuery("SELECT r FROM QualityRule r ORDER BY r.code, r.validFrom", QualityRule.class)
                .getResultList();
    }

    public Optional<QualityRule> rule(UUID id) {
        return Optional.ofNullable(em.find(QualityRule.class, id));
    }

    public List<QualityRuleChangeRow> ruleChanges(UUID ruleId) {
        return em.createQuery("SELECT c FROM QualityRuleChangeRow c WHERE c.ruleId = :r ORDER BY c.changedAt DESC",
                QualityRuleChangeRow.class).setParameter("r", ruleId).getResultList();
    }

    // --- housing units

    public List<HousingUnitRow> housingUnits(String nis, String streetCode, String houseNumber) {
        TypedQuery<HousingUnitRow> q = em.createQuery("SELECT u FROM HousingUnitRow u WHERE u.nis = :n"
                + " AND u.streetCode = :s" + (houseNumber == null ? "" : " AND u.houseNumber = :h")
                + " ORDER BY u.houseNumber, u.box", HousingUnitRow.class)
                .setParameter("n", nis).setParameter("s", streetCode);
        if (houseNumber != null) {
            q.setParameter("h", houseNumber);
        }
        return q.setMaxResults(5000).getResultList();
    }

    public Optional<HousingUnitRow> housingUnit(String nis, String streetCode, String houseNumber, String box) {
        return em.createQuery("SELECT u FROM HousingUnitRow u WHERE u.nis = :n AND u.streetCode = :s"
                        + " AND u.houseNumber = :h AND u.box = :b", HousingUnitRow.class)
                .setParameter("n", nis).setParameter("s", streetCode).setParameter("h", houseNumber)
                .setParameter("b", box).getResultStream().findFirst();
    }

    /** Every known unit of the street list as {@code nis|street|number|box}, for loading lists. */
    public Set<String> housingUnitKeys() {
        Set<String> keys = new HashSet<>();
        for (Object[] row : NativeSql.rows(em.createQuery("SELECT u.nis, u.streetCode, u.houseNumber, u.box FROM HousingUnitRow u"))) {
            keys.add(row[0] + "|" + row[1] + "|" + row[2] + "|" + row[3]);
        }
        return keys;
    }

    public long housingUnitCount() {
        return em.createQuery("SELECT COUNT(u) FROM HousingUnitRow u", Long.class).getSingleResult();
    }

    // --- what the rules look at

    /**
     * The residents on {@code day} of every address where more than {@code moreThan} persons have their main
     * residence, with household (collective or not) and family-name key: the candidates of OVERCROWDED_ADDRESS and
     * MANY_SURNAMES, which leave collective dwellings out themselves (fewer residents outside them than in all).
     * Persons whose main residence is a reference address at the OCMW/CPAS do not live there and are not counted.
     */
    public List<QualityChecks.Occupancy> crowdedAddresses(LocalDate day, int moreThan) {
        Query q = NativeSql.query(em, CROWDED);
        NativeSql.bind(q, day, day, day, day, day, day, moreThan);
        return occupancies(NativeSql.rows(q), true);
    }

    /** The residents on {@code day} of every address that is not a known housing unit (street, number and box). */
    public List<QualityChecks.Occupancy> addressesWithoutUnit(LocalDate day) {
        Query q = NativeSql.query(em, WITHOUT_UNIT);
        NativeSql.bind(q, day, day, day, day);
        return occupancies(NativeSql.rows(q), false);
    }

    /**
     * The first days of the main-residence periods starting in {@code (from, to]} of every person with more than
     * {@code moreThan} of them (empty periods, closed on their first day, left out).
     */
    public Map<UUID, List<LocalDate>> residenceStarts(LocalDate from, LocalDate to, int moreThan) {
        Query q = NativeSql.query(em, STARTS);
        NativeSql.bind(q, from, to, from, to, moreThan);
        Map<UUID, List<LocalDate>> starts = new LinkedHashMap<>();
        for (Object[] row : NativeSql.rows(q)) {
            starts.computeIfAbsent(NativeSql.uuid(row[0]), k -> new ArrayList<>()).add(NativeSql.date(row[1]));
        }
        return starts;
    }

    // --- signals

    /** The subjects (ids as text) of the rule's open signals. */
    public Set<String> openSubjects(String ruleCode) {
        return new HashSet<>(em.createQuery("SELECT s.subjectId FROM QualitySignalRow s WHERE s.ruleCode = :c"
                + " AND s.status = 'OPEN'", String.class).setParameter("c", ruleCode).getResultList());
    }

    /** {@code subject|fingerprint} of the rule's reviewed signals. */
    public Set<String> reviewedFingerprints(String ruleCode) {
        Set<String> keys = new HashSet<>();
        for (Object[] row : NativeSql.rows(em.createQuery("SELECT s.subjectId, s.fingerprint FROM QualitySignalRow s"
                + " WHERE s.ruleCode = :c AND s.status <> 'OPEN'").setParameter("c", ruleCode))) {
            keys.add(row[0] + "|" + row[1]);
        }
        return keys;
    }

    public List<QualitySignalRow> signals(String ruleCode, String status, int page, int size) {
        TypedQuery<QualitySignalRow> q = em.createQuery("SELECT s FROM QualitySignalRow s" + where(ruleCode, status)
                + " ORDER BY s.detectedAt DESC, s.ruleCode, s.subjectId", QualitySignalRow.class);
        bind(q, ruleCode, status);
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countSignals(String ruleCode, String status) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(s) FROM QualitySignalRow s" + where(ruleCode, status), Long.class);
        bind(q, ruleCode, status);
        return q.getSingleResult();
    }

    public Optional<QualitySignalRow> signal(UUID id) {
        return Optional.ofNullable(em.find(QualitySignalRow.class, id));
    }

    public List<UUID> signalPersons(UUID signalId) {
        return em.createQuery("SELECT p.personId FROM QualitySignalPerson p WHERE p.signalId = :s ORDER BY p.personId",
                UUID.class).setParameter("s", signalId).getResultList();
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void addPersons(UUID signalId, List<UUID> persons) {
        for (UUID p : persons) {
            em.persist(new QualitySignalPerson(signalId, p));
        }
    }

    /** Makes pending changes reach the database now, so constraint and version conflicts surface here. */
    public void flush() {
        em.flush();
    }

    private static String where(String ruleCode, String status) {
        List<String> conditions = new ArrayList<>();
        if (ruleCode != null) {
            conditions.add("s.ruleCode = :rule");
        }
        if (status != null) {
            conditions.add("s.status = :status");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(Query q, String ruleCode, String status) {
        if (ruleCode != null) {
            q.setParameter("rule", ruleCode);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
    }

    private static List<QualityChecks.Occupancy> occupancies(List<Object[]> rows, boolean withFamilyKey) {
        Map<UUID, List<QualityChecks.Occupant>> byAddress = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byAddress.computeIfAbsent(NativeSql.uuid(row[0]), k -> new ArrayList<>()).add(new QualityChecks.Occupant(
                    NativeSql.uuid(row[1]), NativeSql.uuid(row[2]), Boolean.TRUE.equals(row[3]),
                    withFamilyKey ? (String) row[4] : null));
        }
        return byAddress.entrySet().stream().map(e -> new QualityChecks.Occupancy(e.getKey(), e.getValue())).toList();
    }
}
