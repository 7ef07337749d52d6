package be.burgerzaken.kernel.persistence;

import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.domain.ProtocolChainHead;
import be.burgerzaken.kernel.domain.ProtocolEntry;
import be.burgerzaken.kernel.domain.ProtocolEntryPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Storage of the protocol log. There is deliberately no update or delete here. */
@ApplicationScoped
public class ProtocolStore {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    Database database;

    /** Locks the stripe's head row for the rest of the transaction; the head rows are created at start-up. */
    public ProtocolChainHead lockHead(int stripe) {
        ProtocolChainHead head = em.find(ProtocolChainHead.class, stripe, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("protocol chain stripe " + stripe + " has no head row; "
                    + "the heads are created at start-up for bz.protocol.stripes stripes");
        }
        return head;
    }

    /**
     * Locks the stripe's head row when no other transaction holds it ({@code FOR UPDATE SKIP LOCKED}), else
     * returns null at once, so an append can take a free stripe instead of queueing behind a busy one.
     */
    public ProtocolChainHead tryLockHead(int stripe) {
        List<?> free = em.createNativeQuery("SELECT stripe FROM kernel.protocol_chain_head WHERE stripe = ?1 "
                + "FOR UPDATE SKIP LOCKED").setParameter(1, stripe).getResultList();
        if (free.isEmpty()) {
            return null;
        }
        // this transaction holds the row lock now: the find below reads the current head without waiting
        return lockHead(stripe);
    }

    /** Whether the store runs on PostgreSQL (H2 for the demo run). */
    public boolean postgres() {
        return database.isPostgres();
    }

    /**
     * Locks one free head row among stripes {@code 0..count-1} except {@code excluded}, picked at random, with one
     * statement ({@code ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED}), or returns null when every one is busy.
     * PostgreSQL only (the caller scans stripe by stripe elsewhere).
     */
    public ProtocolChainHead tryLockAnyHead(int count, java.util.Set<Integer> excluded) {
        StringBuilder sql = new StringBuilder("SELECT stripe FROM kernel.protocol_chain_head WHERE stripe < ?1");
        for (int s : excluded) {
            sql.append(" AND stripe <> ").append(s);
        }
        sql.append(" ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED");
        List<?> free = em.createNativeQuery(sql.toString()).setParameter(1, count).getResultList();
        if (free.isEmpty()) {
            return null;
        }
        // this transaction holds the row lock now: the find below reads the current head without waiting
        return lockHead(((Number) free.get(0)).intValue());
    }

    /**
     * Waits for the stripe's head row lock (plain {@code FOR UPDATE}) and returns the head, or null when the
     * statement answered no row after the wait (seen under load through the persistence unit's own lock; the
     * caller then scans again).
     */
    public ProtocolChainHead waitForHead(int stripe) {
        List<?> row = em.createNativeQuery("SELECT stripe FROM kernel.protocol_chain_head WHERE stripe = ?1 FOR UPDATE")
                .setParameter(1, stripe).getResultList();
        return row.isEmpty() ? null : lockHead(stripe);
    }

    /** Creates missing head rows for stripes 0..count-1 (start-up, own transaction). */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void ensureHeads(int count) {
        for (int s = 0; s < count; s++) {
            if (em.find(ProtocolChainHead.class, s) == null) {
                em.persist(new ProtocolChainHead(s));
            }
        }
    }

    public long nextEntryId() {
        Object v = em.createNativeQuery(database.nextValue("kernel.protocol_entry_seq")).getSingleResult();
        return ((Number) v).longValue();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public List<ProtocolChainHead> heads() {
        return em.createQuery("SELECT h FROM ProtocolChainHead h ORDER BY h.stripe", ProtocolChainHead.class)
                .getResultList();
    }

    public List<ProtocolEntry> stripeBatch(int stripe, long afterSeq, int max) {
        return em.createQuery("SELECT e FROM ProtocolEntry e WHERE e.stripe = :s AND e.stripeSeq > :after "
                        + "ORDER BY e.stripeSeq", ProtocolEntry.class)
                .setParameter("s", stripe).setParameter("after", afterSeq).setMaxResults(max).getResultList();
    }

    /** Person ids of the index rows of the given entries. */
    public Map<Long, List<String>> indexedPersons(List<Long> entryIds) {
        Map<Long, List<String>> result = new HashMap<>();
        if (entryIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("SELECT p.entryId, p.personId FROM ProtocolEntryPerson p "
                + "WHERE p.entryId IN :ids", Object[].class).setParameter("ids", entryIds).getResultList();
        for (Object[] r : rows) {
            result.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r[1].toString());
        }
        return result;
    }

    public Page<ProtocolEntry> find(UUID personId, String actor, Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (personId != null) {
            where.append(" AND e.id IN (SELECT p.entryId FROM ProtocolEntryPerson p WHERE p.personId = :person)");
        }
        if (actor != null) {
            where.append(" AND e.actor = :actor");
        }
        if (from != null) {
            where.append(" AND e.occurredAt >= :from");
        }
        if (to != null) {
            where.append(" AND e.occurredAt < :to");
        }
        TypedQuery<ProtocolEntry> q = em.createQuery("SELECT e FROM ProtocolEntry e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", ProtocolEntry.class);
        TypedQuery<Long> c = em.createQuery("SELECT COUNT(e) FROM ProtocolEntry e" + where, Long.class);
        for (TypedQuery<?> tq : List.of(q, c)) {
            if (personId != null) {
                tq.setParameter("person", personId);
            }
            if (actor != null) {
                tq.setParameter("actor", actor);
            }
            if (from != null) {
                tq.setParameter("from", from);
            }
            if (to != null) {
                tq.setParameter("to", to);
            }
        }
        List<ProtocolEntry> items = q.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, c.getSingleResult());
    }

}
