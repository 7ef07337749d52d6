package be.burgerzaken.criminalrecords.persistence;

import be.burgerzaken.criminalrecords.api.Conviction;
import be.burgerzaken.criminalrecords.api.CriminalRegisterSource;
import be.burgerzaken.criminalrecords.api.OffenceCategory;
import be.burgerzaken.criminalrecords.api.Penalty;
import be.burgerzaken.criminalrecords.api.RequestStatus;
import be.burgerzaken.criminalrecords.domain.ConvictionHistoryRow;
import be.burgerzaken.criminalrecords.domain.ConvictionRow;
import be.burgerzaken.criminalrecords.domain.ExtractRequestRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Our store of the register's convictions (the {@link CriminalRegisterSource} in use) and of the extract requests.
 * Bulk reads: one query per batch of central ids or per person, never one per row.
 */
@ApplicationScoped
public class CriminalRecordStore implements CriminalRegisterSource {
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type PENALTIES = new ArrayList<Penalty>() { }.getClass().getGenericSuperclass();

    @PersistenceContext(unitName = "criminalrecords")
    EntityManager em;

    @Override
    public List<Conviction> convictionsOf(UUID personId) {
        return em.createQuery("SELECT c FROM ConvictionRow c WHERE c.personId = :p ORDER BY c.decisionDate, c.centralId",
                ConvictionRow.class).setParameter("p", personId).getResultList().stream().map(CriminalRecordStore::conviction)
                .toList();
    }

    public static Conviction conviction(ConvictionRow r) {
        return new Conviction(r.centralId(), r.personId(), r.court(), r.decisionDate(), r.finalDate(),
                OffenceCategory.valueOf(r.category()), penalties(r.penalties()), r.rehabilitatedOn());
    }

    public static String json(List<Penalty> penalties) {
        return JSON.toJson(penalties, PENALTIES);
    }

    public static List<Penalty> penalties(String json) {
        return JSON.fromJson(json, PENALTIES);
    }

    /** The stored convictions with these central ids, locked for the import's transaction. */
    public Map<String, ConvictionRow> byCentralIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        TypedQuery<ConvictionRow> q = em.createQuery("SELECT c FROM ConvictionRow c WHERE c.centralId IN :ids",
                ConvictionRow.class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE);
        return q.getResultList().stream().collect(Collectors.toMap(ConvictionRow::centralId, Function.identity()));
    }

    public void add(ConvictionRow row) {
        em.persist(row);
    }

    public void history(ConvictionHistoryRow row) {
        em.persist(row);
    }

    public long historyCount(String centralId) {
        return em.createQuery("SELECT COUNT(h) FROM ConvictionHistoryRow h WHERE h.centralId = :c", Long.class)
                .setParameter("c", centralId).getSingleResult();
    }

    public void flush() {
        em.flush();
    }

    // --- requests ----------------------------------------------------------------------------------------------

    public void add(ExtractRequestRow row) {
        em.persist(row);
        em.flush();
    }

    public Optional<ExtractRequestRow> request(UUID id) {
        return Optional.ofNullable(em.find(ExtractRequestRow.class, id));
    }

    public Optional<ExtractRequestRow> lockedRequest(UUID id) {
        return Optional.ofNullable(em.find(ExtractRequestRow.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<ExtractRequestRow> requests(RequestStatus status, int page, int size) {
        return em.createQuery("SELECT r FROM ExtractRequestRow r WHERE (:s IS NULL OR r.status = :s) "
                                + "ORDER BY r.receivedAt DESC, r.id", ExtractRequestRow.class)
                .setParameter("s", status).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countRequests(RequestStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM ExtractRequestRow r WHERE (:s IS NULL OR r.status = :s)", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    public List<ExtractRequestRow> requestsOf(UUID personId, int page, int size) {
        return em.createQuery("SELECT r FROM ExtractRequestRow r WHERE r.personId = :p ORDER BY r.receivedAt DESC, r.id",
                ExtractRequestRow.class).setParameter("p", personId).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    public long countRequestsOf(UUID personId) {
        return em.createQuery("SELECT COUNT(r) FROM ExtractRequestRow r WHERE r.personId = :p", Long.class)
                .setParameter("p", personId).getSingleResult();
    }

    public long convictionCount() {
        return em.createQuery("SELECT COUNT(c) FROM ConvictionRow c", Long.class).getSingleResult();
    }
}
