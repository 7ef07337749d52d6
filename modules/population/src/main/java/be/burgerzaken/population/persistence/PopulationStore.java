package be.burgerzaken.population.persistence;

import be.burgerzaken.population.domain.AddressRow;
import be.burgerzaken.population.domain.Household;
import be.burgerzaken.population.domain.HouseholdMembership;
import be.burgerzaken.population.domain.RegisterEntry;
import be.burgerzaken.population.domain.Residence;
import be.burgerzaken.population.domain.Resident;
import be.burgerzaken.population.domain.StreetRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Residents, their periods, addresses, households and streets of the population schema. */
@ApplicationScoped
public class PopulationStore {

    @PersistenceContext(unitName = "population")
    EntityManager em;

    public Optional<StreetRow> street(String nis, String streetCode) {
        return Optional.ofNullable(em.find(StreetRow.class, new StreetRow.Key(nis, streetCode)));
    }

    /** The street with this code in any municipality of the list (the list normally holds one). */
    public Optional<StreetRow> street(String streetCode) {
        return em.createQuery("SELECT s FROM StreetRow s WHERE s.streetCode = :c ORDER BY s.nis", StreetRow.class)
                .setParameter("c", streetCode).setMaxResults(1).getResultStream().findFirst();
    }

    public List<StreetRow> streetsByKey(String key, int max) {
        return em.createQuery("SELECT s FROM StreetRow s WHERE s.nameKey LIKE :k"
                        + " AND (s.validTo IS NULL OR s.validTo > CURRENT_DATE) ORDER BY s.nameKey, s.streetCode",
                StreetRow.class).setParameter("k", "%" + key + "%").setMaxResults(max).getResultList();
    }

    public Optional<AddressRow> address(String nis, String streetCode, String houseNumber, String box) {
        return em.createQuery("SELECT a FROM AddressRow a WHERE a.nis = :n AND a.streetCode = :s AND a.houseNumber = :h"
                        + " AND a.box = :b", AddressRow.class)
                .setParameter("n", nis).setParameter("s", streetCode).setParameter("h", houseNumber)
                .setParameter("b", box).getResultStream().findFirst();
    }

    public Optional<AddressRow> address(UUID id) {
        return Optional.ofNullable(em.find(AddressRow.class, id));
    }

    public List<AddressRow> addresses(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM AddressRow a WHERE a.id IN :ids", AddressRow.class)
                .setParameter("ids", ids).getResultList();
    }

    public Optional<Resident> resident(UUID personId) {
        return Optional.ofNullable(em.find(Resident.class, personId));
    }

    public List<RegisterEntry> registerEntries(UUID personId) {
        return em.createQuery("SELECT r FROM RegisterEntry r WHERE r.personId = :p ORDER BY r.validFrom, r.recordedAt",
                RegisterEntry.class).setParameter("p", personId).getResultList();
    }

    public List<Residence> residences(UUID personId) {
        return em.createQuery("SELECT r FROM Residence r WHERE r.personId = :p ORDER BY r.validFrom, r.recordedAt",
                Residence.class).setParameter("p", personId).getResultList();
    }

    /** Residence periods at the address that cover the day (index residence_address_ix). */
    public List<Residence> residencesAt(UUID addressId, LocalDate day) {
        return em.createQuery("SELECT r FROM Residence r WHERE r.addressId = :a AND r.validFrom <= :d"
                        + " AND (r.validTo IS NULL OR r.validTo > :d) ORDER BY r.validFrom, r.personId", Residence.class)
                .setParameter("a", addressId).setParameter("d", day).getResultList();
    }

    public List<HouseholdMembership> memberships(UUID personId) {
        return em.createQuery("SELECT m FROM HouseholdMembership m WHERE m.personId = :p ORDER BY m.validFrom",
                HouseholdMembership.class).setParameter("p", personId).getResultList();
    }

    public List<HouseholdMembership> membersOf(UUID householdId) {
        return em.createQuery("SELECT m FROM HouseholdMembership m WHERE m.householdId = :h ORDER BY m.validFrom",
                HouseholdMembership.class).setParameter("h", householdId).getResultList();
    }

    public Optional<Household> household(UUID id) {
        return Optional.ofNullable(em.find(Household.class, id));
    }

    /** Bumps the household's version at commit: concurrent changes of one household's composition conflict. */
    public void lockForChange(Household household) {
        em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    /** Makes pending changes reach the database now, so constraint and version conflicts surface here. */
    public void flush() {
        em.flush();
    }

    // --- certificate requester rules (issue 3, task C) ---

    /** Every dated requester rule (a few dozen rows), for {@link be.burgerzaken.population.domain.RequesterRules}. */
    public List<be.burgerzaken.population.domain.RequesterRules.Rule> requesterRules() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT requester_kind, certificate_type, name_required, "
                + "basis_required, reference_required, own_national_number, valid_from, valid_to "
                + "FROM population.certificate_requester_rule ORDER BY requester_kind, certificate_type, valid_from")
                .getResultList();
        return rows.stream().map(r -> new be.burgerzaken.population.domain.RequesterRules.Rule(
                be.burgerzaken.population.api.RequesterKind.valueOf((String) r[0]),
                be.burgerzaken.population.api.CertificateType.valueOf((String) r[1]), bool(r[2]), bool(r[3]),
                bool(r[4]), bool(r[5]), date(r[6]), date(r[7]))).toList();
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o != null && ((Number) o).intValue() != 0;
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l
                : LocalDate.parse(o.toString().substring(0, 10));
    }
    // --- end certificate requester rules ---

    // --- registers (issue 3): the reference person dies ---
    /** The kernel's birth dates (YYYY-MM-DD, 00 = unknown part) of the persons, in one query. */
    public java.util.Map<UUID, String> birthDates(Collection<UUID> personIds) {
        java.util.Map<UUID, String> m = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return m;
        }
        for (UUID id : personIds) { // households are small: one indexed read each, by primary key
            jakarta.persistence.Query q = NativeSql.query(em, "SELECT birth_date FROM kernel.person WHERE id = ?");
            NativeSql.bind(q, id);
            for (Object[] r : NativeSql.rows(q)) {
                m.put(id, r[0] == null ? null : r[0].toString());
            }
        }
        return m;
    }
}
