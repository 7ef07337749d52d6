package be.burgerzaken.population.persistence;

import be.burgerzaken.population.domain.AddressChange;
import be.burgerzaken.population.domain.AddressChangeMember;
import be.burgerzaken.population.domain.OpenAddressChange;
import be.burgerzaken.population.domain.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Change-of-address procedures, their members, the open-procedure guard and the outbox. */
@ApplicationScoped
public class AddressChangeStore {
    static final String OPEN = "('DECLARED', 'CHECKED')";
    static final String BY_DUE = " ORDER BY CASE WHEN c.status = 'DECLARED' THEN c.checkDue ELSE c.decisionDue END,"
            + " c.declaredAt, c.id";

    @PersistenceContext(unitName = "population")
    EntityManager em;

    public Optional<AddressChange> find(UUID id) {
        return Optional.ofNullable(em.find(AddressChange.class, id));
    }

    public List<AddressChangeMember> members(UUID addressChangeId) {
        return em.createQuery("SELECT m FROM AddressChangeMember m WHERE m.addressChangeId = :c ORDER BY m.position,"
                + " m.personId", AddressChangeMember.class).setParameter("c", addressChangeId).getResultList();
    }

    /** The open procedures of any of the persons. */
    public List<OpenAddressChange> open(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM OpenAddressChange o WHERE o.personId IN :p", OpenAddressChange.class)
                .setParameter("p", personIds).getResultList();
    }

    public List<OpenAddressChange> openOf(UUID addressChangeId) {
        return em.createQuery("SELECT o FROM OpenAddressChange o WHERE o.addressChangeId = :c", OpenAddressChange.class)
                .setParameter("c", addressChangeId).getResultList();
    }

    /** Procedures with the status (null: all open ones), earliest due first. */
    public List<AddressChange> byDue(String status, int first, int max) {
        String where = status == null ? "c.status IN " + OPEN : "c.status = :s";
        var query = em.createQuery("SELECT c FROM AddressChange c WHERE " + where + BY_DUE, AddressChange.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String status) {
        String where = status == null ? "c.status IN " + OPEN : "c.status = :s";
        var query = em.createQuery("SELECT COUNT(c) FROM AddressChange c WHERE " + where, Long.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getSingleResult();
    }

    // --- issue 3 (task U): a person's procedures, and the members of a page in one query ---

    /**
     * The procedures the person moves in (as a member), newest declaration first; {@code status} null: every status.
     * Over the member table's person index.
     */
    public List<AddressChange> ofPerson(UUID personId, String status, int first, int max) {
        var query = em.createQuery("SELECT c FROM AddressChange c WHERE c.id IN (SELECT m.addressChangeId FROM"
                + " AddressChangeMember m WHERE m.personId = :p)" + (status == null ? "" : " AND c.status = :s")
                + " ORDER BY c.declaredAt DESC, c.id", AddressChange.class).setParameter("p", personId);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countOfPerson(UUID personId, String status) {
        var query = em.createQuery("SELECT COUNT(c) FROM AddressChange c WHERE c.id IN (SELECT m.addressChangeId FROM"
                + " AddressChangeMember m WHERE m.personId = :p)" + (status == null ? "" : " AND c.status = :s"),
                Long.class).setParameter("p", personId);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getSingleResult();
    }

    /** The members of every procedure, in the order of {@link #members(UUID)} per procedure. */
    public List<AddressChangeMember> members(Collection<UUID> addressChangeIds) {
        if (addressChangeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM AddressChangeMember m WHERE m.addressChangeId IN :c ORDER BY"
                + " m.addressChangeId, m.position, m.personId", AddressChangeMember.class)
                .setParameter("c", addressChangeIds).getResultList();
    }

    public List<OutboxMessage> unpublished(int max) {
        return em.createQuery("SELECT o FROM OutboxMessage o WHERE o.publishedAt IS NULL ORDER BY o.createdAt",
                OutboxMessage.class).setMaxResults(max).getResultList();
    }

    /**
     * Claims an outbox row for publication: sets its {@code published_at} unless another transaction did (the row
     * lock makes a concurrent claim wait and then find it published). True when this transaction claimed it.
     */
    public boolean claim(UUID outboxId, java.time.Instant at) {
        return em.createNativeQuery("UPDATE population.outbox SET published_at = ? WHERE id = CAST(? AS UUID)"
                        + " AND published_at IS NULL")
                .setParameter(1, java.sql.Timestamp.from(at)).setParameter(2, outboxId.toString()).executeUpdate() == 1;
    }

    /**
     * Writes the household a change of address moves from (read-only in the entity, see
     * {@code AddressChange.fromHouseholdId}); an arrival has none.
     */
    public void setFromHousehold(UUID addressChangeId, UUID householdId) {
        em.createNativeQuery("UPDATE population.address_change SET from_household_id = CAST(? AS UUID)"
                        + " WHERE id = CAST(? AS UUID)")
                .setParameter(1, householdId.toString()).setParameter(2, addressChangeId.toString()).executeUpdate();
    }

    /** Bumps the version at commit: a concurrent change of the same row fails. */
    /** The residence checks of a procedure, oldest first (issue 3, task E). */
    public List<be.burgerzaken.population.domain.ResidenceCheckEntry> checkEntries(UUID addressChangeId) {
        return em.createQuery("SELECT e FROM ResidenceCheckEntry e WHERE e.addressChangeId = :id"
                        + " ORDER BY e.recordedAt, e.id", be.burgerzaken.population.domain.ResidenceCheckEntry.class)
                .setParameter("id", addressChangeId).getResultList();
    }

    public void lockForChange(Object entity) {
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }
}
