package be.burgerzaken.civilstatus.persistence;

import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.civilstatus.domain.ActNameRow;
import be.burgerzaken.civilstatus.domain.ActNames;
import be.burgerzaken.civilstatus.domain.ActSubjectRow;
import be.burgerzaken.civilstatus.domain.AttachmentContentRow;
import be.burgerzaken.civilstatus.domain.AttachmentRow;
import be.burgerzaken.kernel.api.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Acts, their index rows and attachments in schema {@code civilstatus}. */
@ApplicationScoped
public class ActStore {

    @PersistenceContext(unitName = "civilstatus")
    EntityManager em;
    @Inject
    Platform platform;

    private volatile Boolean postgres;

    public Optional<Act> find(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Act.class, id));
    }

    /** The act of that number (numbers are unique across registers: they carry the register's code). */
    public Optional<Act> findByNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Act a WHERE a.number = :n", Act.class).setParameter("n", number.strip())
                .getResultList().stream().findFirst();
    }

    /** The act with its row locked until the transaction ends ({@code SELECT ... FOR UPDATE}). */
    public Optional<Act> lock(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        Act act = em.find(Act.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(act);
    }

    /** Inserts the act (flushed at once) and, for an amended act, its link to the original. */
    public void add(Act act) {
        em.persist(act);
        em.flush();
        if (act.amendsActId() != null) {
            int rows = em.createNativeQuery("UPDATE civilstatus.act SET amends_act_id = ?1 WHERE id = ?2")
                    .setParameter(1, act.amendsActId()).setParameter(2, act.id()).executeUpdate();
            if (rows != 1) {
                throw new IllegalStateException("act " + act.id() + " not found to link it to " + act.amendsActId());
            }
        }
    }

    /** Makes the pending changes reach the database now, so that version conflicts surface here. */
    public void flush() {
        em.flush();
    }

    /**
     * Writes the act's content (after {@link #flush()}): jsonb on PostgreSQL needs a cast that a JPA mapping
     * cannot express, so the column is written here and only read by the mapping.
     */
    public void writeContent(UUID actId, String json) {
        String sql = isPostgres()
                ? "UPDATE civilstatus.act SET content = CAST(?1 AS jsonb) WHERE id = ?2"
                : "UPDATE civilstatus.act SET content = ?1 WHERE id = ?2";
        int rows = em.createNativeQuery(sql).setParameter(1, json).setParameter(2, actId).executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("act " + actId + " not found to write its content");
        }
    }

    /** The amended acts of an original, in the order of registration (drafts last, by creation). */
    public List<Act> amendmentsOf(UUID originalId) {
        return em.createQuery("SELECT a FROM Act a WHERE a.amendsActId = :o ORDER BY a.createdAt, a.id", Act.class)
                .setParameter("o", originalId).getResultList().stream()
                .sorted(java.util.Comparator.comparing((Act a) -> a.registeredAt() == null)
                        .thenComparing(a -> a.registeredAt() == null ? a.createdAt() : a.registeredAt()))
                .toList();
    }

    // --- subjects ----------------------------------------------------------------------------------------------

    /** Replaces the act's index rows. */
    public void replaceSubjects(UUID actId, List<Subject> subjects) {
        em.createQuery("DELETE FROM ActSubjectRow s WHERE s.actId = :a").setParameter("a", actId).executeUpdate();
        for (Subject s : subjects) {
            em.persist(new ActSubjectRow(actId, s.personId(), s.role()));
        }
    }

    /**
     * Adds one index row to an act, also a registered one (the PostgreSQL triggers refuse only changes and removals):
     * the person an effect of the registration created, e.g. the child of a birth act.
     */
    public void addSubject(UUID actId, Subject subject) {
        em.persist(new ActSubjectRow(actId, subject.personId(), subject.role()));
    }

    /** Replaces the act's name keys (act index by the names the act writes). */
    public void replaceNames(UUID actId, List<ActNames.Key> names) {
        em.createQuery("DELETE FROM ActNameRow n WHERE n.actId = :a").setParameter("a", actId).executeUpdate();
        for (ActNames.Key k : names) {
            em.persist(new ActNameRow(actId, k.role(), k.family(), k.given()));
        }
    }

    public Map<UUID, List<Subject>> subjects(Collection<UUID> actIds) {
        Map<UUID, List<Subject>> out = new HashMap<>();
        if (actIds.isEmpty()) {
            return out;
        }
        for (ActSubjectRow r : em.createQuery("SELECT s FROM ActSubjectRow s WHERE s.actId IN :ids",
                ActSubjectRow.class).setParameter("ids", actIds).getResultList()) {
            out.computeIfAbsent(r.actId(), k -> new ArrayList<>()).add(new Subject(r.personId(), r.role()));
        }
        return out;
    }

    // --- attachments -------------------------------------------------------------------------------------------

    public List<AttachmentRow> attachments(UUID actId) {
        return em.createQuery("SELECT t FROM AttachmentRow t WHERE t.actId = :a ORDER BY t.uploadedAt, t.id",
                AttachmentRow.class).setParameter("a", actId).getResultList();
    }

    public Optional<AttachmentRow> attachment(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(AttachmentRow.class, id));
    }

    public byte[] attachmentContent(UUID id) {
        AttachmentContentRow row = em.find(AttachmentContentRow.class, id);
        return row == null ? new byte[0] : row.content();
    }

    public void add(AttachmentRow row, byte[] content) {
        em.persist(row);
        em.flush();
        em.persist(new AttachmentContentRow(row.id(), content));
    }

    public void remove(AttachmentRow row) {
        AttachmentContentRow content = em.find(AttachmentContentRow.class, row.id());
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(row);
    }

    // --- the act index -----------------------------------------------------------------------------------------

    /**
     * Criteria of the index, already resolved to person ids (null = no person criterion). A name criterion
     * ({@code familyKey}, optionally {@code givenKey}: search keys, matched as prefixes) finds the acts that write
     * that name, or that name one of {@code namedPersonIds} (the kernel's tolerant search for it).
     */
    public record Criteria(Collection<UUID> personIds, ActType type, ActStatus status, LocalDate from,
                           LocalDate to, String number, String officer, Collection<UUID> namedPersonIds,
                           String familyKey, String givenKey) {
        public Criteria(Collection<UUID> personIds, ActType type, ActStatus status, LocalDate from, LocalDate to,
                        String number, String officer) {
            this(personIds, type, status, from, to, number, officer, null, null, null);
        }

        boolean byName() {
            return familyKey != null || givenKey != null;
        }
    }

    public List<Act> search(Criteria c, int page, int size) {
        TypedQuery<Act> q = em.createQuery("SELECT a FROM Act a" + where(c) + " ORDER BY a.createdAt DESC, a.id",
                Act.class);
        bind(q, c);
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** The acts waiting for signature, the longest waiting first (submitted earliest). */
    public List<Act> waitingForSignature(int page, int size) {
        return em.createQuery("SELECT a FROM Act a WHERE a.status = :s ORDER BY a.updatedAt, a.id", Act.class)
                .setParameter("s", ActStatus.READY_FOR_SIGNATURE).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    public long countWaitingForSignature() {
        return em.createQuery("SELECT COUNT(a) FROM Act a WHERE a.status = :s", Long.class)
                .setParameter("s", ActStatus.READY_FOR_SIGNATURE).getSingleResult();
    }

    public long count(Criteria c) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM Act a" + where(c), Long.class);
        bind(q, c);
        return q.getSingleResult();
    }

    private static String where(Criteria c) {
        List<String> conditions = new ArrayList<>();
        if (c.personIds() != null) {
            conditions.add("a.id IN (SELECT s.actId FROM ActSubjectRow s WHERE s.personId IN :persons)");
        }
        if (c.byName()) {
            String written = "a.id IN (SELECT n.actId FROM ActNameRow n WHERE n.familyKey LIKE :familyKey"
                    + " AND n.givenKey LIKE :givenKey)";
            boolean named = c.namedPersonIds() != null && !c.namedPersonIds().isEmpty();
            conditions.add(named ? "(" + written + " OR a.id IN (SELECT t.actId FROM ActSubjectRow t"
                    + " WHERE t.personId IN :named))" : written);
        }
        if (c.type() != null) {
            conditions.add("a.type = :type");
        }
        if (c.status() != null) {
            conditions.add("a.status = :status");
        }
        if (c.from() != null) {
            conditions.add("a.drawnUpOn >= :from");
        }
        if (c.to() != null) {
            conditions.add("a.drawnUpOn <= :to");
        }
        if (c.number() != null) {
            conditions.add("a.number = :number");
        }
        if (c.officer() != null) {
            conditions.add("a.officerUser = :officer");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> q, Criteria c) {
        if (c.personIds() != null) {
            q.setParameter("persons", c.personIds());
        }
        if (c.byName()) {
            q.setParameter("familyKey", (c.familyKey() == null ? "" : c.familyKey()) + "%");
            q.setParameter("givenKey", (c.givenKey() == null ? "" : c.givenKey()) + "%");
            if (c.namedPersonIds() != null && !c.namedPersonIds().isEmpty()) {
                q.setParameter("named", c.namedPersonIds());
            }
        }
        if (c.type() != null) {
            q.setParameter("type", c.type());
        }
        if (c.status() != null) {
            q.setParameter("status", c.status());
        }
        if (c.from() != null) {
            q.setParameter("from", c.from());
        }
        if (c.to() != null) {
            q.setParameter("to", c.to());
        }
        if (c.number() != null) {
            q.setParameter("number", c.number());
        }
        if (c.officer() != null) {
            q.setParameter("officer", c.officer());
        }
    }

    private boolean isPostgres() {
        Boolean p = postgres;
        if (p == null) {
            p = platform.isPostgres();
            postgres = p;
        }
        return p;
    }
}
