package be.burgerzaken.training.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The training schema's queries: indexed look-ups per staff member, bulk reads for the dashboard and the job. */
@ApplicationScoped
public class TrainingStore {
    @PersistenceContext(unitName = "training")
    EntityManager em;

    public void persist(Object row) {
        em.persist(row);
    }

    public void flush() {
        em.flush();
    }

    public <T> Optional<T> find(Class<T> type, UUID id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public <T> Optional<T> findLocked(Class<T> type, UUID id) {
        return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<StaffMemberRow> staffByUser(String userName) {
        return em.createQuery("SELECT s FROM StaffMemberRow s WHERE s.userName = :u", StaffMemberRow.class)
                .setParameter("u", userName).getResultStream().findFirst();
    }

    public List<StaffMemberRow> staff() {
        return em.createQuery("SELECT s FROM StaffMemberRow s ORDER BY s.team, s.displayName", StaffMemberRow.class)
                .getResultList();
    }

    public List<StaffMemberRow> staff(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT s FROM StaffMemberRow s WHERE s.id IN :ids",
                StaffMemberRow.class).setParameter("ids", ids).getResultList();
    }

    public Optional<CourseRow> courseByCode(String code) {
        return em.createQuery("SELECT c FROM CourseRow c WHERE c.code = :c", CourseRow.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    public List<CourseRow> courses() {
        return em.createQuery("SELECT c FROM CourseRow c ORDER BY c.code", CourseRow.class).getResultList();
    }

    public Optional<DeclarationTypeRow> declarationType(String code) {
        return em.createQuery("SELECT d FROM DeclarationTypeRow d WHERE d.code = :c", DeclarationTypeRow.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public List<DeclarationTypeRow> declarationTypes() {
        return em.createQuery("SELECT d FROM DeclarationTypeRow d ORDER BY d.code", DeclarationTypeRow.class)
                .getResultList();
    }

    /** Sessions starting in [from, to), by start. */
    public List<SessionRow> sessions(LocalDateTime from, LocalDateTime to) {
        return em.createQuery("SELECT s FROM SessionRow s WHERE s.startsAt >= :f AND s.startsAt < :t "
                + "ORDER BY s.startsAt, s.id", SessionRow.class).setParameter("f", from).setParameter("t", to)
                .getResultList();
    }

    public List<SessionRow> sessionsByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT s FROM SessionRow s WHERE s.id IN :ids",
                SessionRow.class).setParameter("ids", ids).getResultList();
    }

    /** The trainer's sessions that overlap [start, end). */
    public List<SessionRow> overlapping(String trainer, LocalDateTime start, LocalDateTime end) {
        return em.createQuery("SELECT s FROM SessionRow s WHERE s.trainer = :t AND s.startsAt < :e AND s.endsAt > :s",
                SessionRow.class).setParameter("t", trainer).setParameter("s", start).setParameter("e", end)
                .getResultList();
    }

    public List<EnrolmentRow> enrolments(UUID sessionId) {
        return em.createQuery("SELECT e FROM EnrolmentRow e WHERE e.sessionId = :s ORDER BY e.enrolledAt, e.id",
                EnrolmentRow.class).setParameter("s", sessionId).getResultList();
    }

    public List<EnrolmentRow> enrolmentsOfSessions(Collection<UUID> sessionIds) {
        return sessionIds.isEmpty() ? List.of() : em.createQuery("SELECT e FROM EnrolmentRow e WHERE e.sessionId IN :s "
                + "ORDER BY e.enrolledAt, e.id", EnrolmentRow.class).setParameter("s", sessionIds).getResultList();
    }

    public Optional<EnrolmentRow> enrolment(UUID sessionId, UUID staffId) {
        return em.createQuery("SELECT e FROM EnrolmentRow e WHERE e.sessionId = :s AND e.staffId = :p",
                EnrolmentRow.class).setParameter("s", sessionId).setParameter("p", staffId).getResultStream().findFirst();
    }

    public List<EnrolmentRow> enrolmentsOfStaff(UUID staffId) {
        return em.createQuery("SELECT e FROM EnrolmentRow e WHERE e.staffId = :p ORDER BY e.enrolledAt DESC",
                EnrolmentRow.class).setParameter("p", staffId).getResultList();
    }

    /** Attended, passed, not revoked: (staff id, course code, attended on, validity months, enrolment id, certificate). */
    public List<Object[]> passedAttendances(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e.staffId, c.code, e.attendedOn, c.validityMonths, e.id, e.certificateCode, "
                        + "c.titleNl FROM EnrolmentRow e, SessionRow s, CourseRow c WHERE e.sessionId = s.id AND "
                        + "s.courseId = c.id AND e.status = 'ATTENDED' AND e.result = 'PASSED' AND e.revokedAt IS NULL "
                        + "AND e.staffId IN :ids", Object[].class)
                .setParameter("ids", staffIds).getResultList();
    }

    public List<Object[]> allPassedAttendances() {
        return em.createQuery("SELECT e.staffId, c.code, e.attendedOn, c.validityMonths, e.id, e.certificateCode, "
                        + "c.titleNl FROM EnrolmentRow e, SessionRow s, CourseRow c WHERE e.sessionId = s.id AND "
                        + "s.courseId = c.id AND e.status = 'ATTENDED' AND e.result = 'PASSED' AND e.revokedAt IS NULL",
                Object[].class).getResultList();
    }

    /** Passed, not revoked attendances of the course by the staff member (to revoke). */
    public List<EnrolmentRow> passed(UUID staffId, UUID courseId) {
        return em.createQuery("SELECT e FROM EnrolmentRow e, SessionRow s WHERE e.sessionId = s.id AND "
                        + "s.courseId = :c AND e.staffId = :p AND e.status = 'ATTENDED' AND e.revokedAt IS NULL",
                EnrolmentRow.class).setParameter("c", courseId).setParameter("p", staffId).getResultList();
    }

    /** Sessions attended and minutes per staff member in [from, to): (staff id, count, minutes). */
    public List<Object[]> attendanceTotals(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT e.staffId, COUNT(e), SUM(c.durationMinutes) FROM EnrolmentRow e, SessionRow s, "
                        + "CourseRow c WHERE e.sessionId = s.id AND s.courseId = c.id AND e.status = 'ATTENDED' AND "
                        + "e.attendedOn >= :f AND e.attendedOn < :t GROUP BY e.staffId", Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    public List<DeclarationRow> declarations(Collection<UUID> staffIds) {
        return staffIds.isEmpty() ? List.of() : em.createQuery("SELECT d FROM DeclarationRow d WHERE d.staffId IN :ids",
                DeclarationRow.class).setParameter("ids", staffIds).getResultList();
    }

    public List<DeclarationRow> allDeclarations() {
        return em.createQuery("SELECT d FROM DeclarationRow d", DeclarationRow.class).getResultList();
    }

    public List<ExemptionRow> exemptions(Collection<UUID> staffIds) {
        return staffIds.isEmpty() ? List.of() : em.createQuery("SELECT x FROM ExemptionRow x WHERE x.staffId IN :ids "
                + "ORDER BY x.validFrom", ExemptionRow.class).setParameter("ids", staffIds).getResultList();
    }

    public List<ExemptionRow> allExemptions() {
        return em.createQuery("SELECT x FROM ExemptionRow x", ExemptionRow.class).getResultList();
    }

    public List<RequirementRow> requirements() {
        return em.createQuery("SELECT r FROM RequirementRow r ORDER BY r.roleName, r.itemKind, r.itemCode, r.validFrom",
                RequirementRow.class).getResultList();
    }

    public Optional<LegalChangeRow> legalChangeByCode(String code) {
        return em.createQuery("SELECT l FROM LegalChangeRow l WHERE l.code = :c", LegalChangeRow.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public List<LegalChangeRow> legalChanges() {
        return em.createQuery("SELECT l FROM LegalChangeRow l ORDER BY l.dueOn DESC, l.code", LegalChangeRow.class)
                .getResultList();
    }

    public List<BriefingCompletionRow> completions(Collection<UUID> staffIds) {
        return staffIds.isEmpty() ? List.of() : em.createQuery("SELECT b FROM BriefingCompletionRow b WHERE "
                + "b.staffId IN :ids", BriefingCompletionRow.class).setParameter("ids", staffIds).getResultList();
    }

    public List<BriefingCompletionRow> allCompletions() {
        return em.createQuery("SELECT b FROM BriefingCompletionRow b", BriefingCompletionRow.class).getResultList();
    }

    public boolean notified(UUID staffId, String itemCode, LocalDate expiresOn) {
        return !em.createQuery("SELECT n.id FROM NotificationRow n WHERE n.staffId = :s AND n.itemCode = :i AND "
                        + "n.expiresOn = :e", UUID.class).setParameter("s", staffId).setParameter("i", itemCode)
                .setParameter("e", expiresOn).setMaxResults(1).getResultList().isEmpty();
    }

    /** Newest first; of one staff member or (null) of everybody. */
    public List<NotificationRow> notifications(UUID staffId, int max) {
        String where = staffId == null ? "" : " WHERE n.staffId = :s";
        var q = em.createQuery("SELECT n FROM NotificationRow n" + where + " ORDER BY n.createdAt DESC, n.id",
                NotificationRow.class).setMaxResults(max);
        if (staffId != null) {
            q.setParameter("s", staffId);
        }
        return q.getResultList();
    }

    public long countNotifications(UUID staffId) {
        String where = staffId == null ? "" : " WHERE n.staffId = :s";
        var q = em.createQuery("SELECT COUNT(n) FROM NotificationRow n" + where, Long.class);
        if (staffId != null) {
            q.setParameter("s", staffId);
        }
        return q.getSingleResult();
    }

    /**
     * Locks up to {@code size} staff members not yet warned on {@code day}, skipping rows another transaction holds
     * (another instance's batch), so two instances take disjoint staff members. Locks last until the transaction ends.
     */
    public List<UUID> lockUnwarned(LocalDate day, int size) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT id FROM training.staff_member WHERE warned_on IS NULL OR "
                + "warned_on < ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED").setParameter(1, day)
                .setParameter(2, size).getResultList();
        return rows.stream().map(r -> r instanceof UUID u ? u : UUID.fromString(r.toString())).toList();
    }

    public int markWarned(Collection<UUID> ids, LocalDate day) {
        return ids.isEmpty() ? 0 : em.createQuery("UPDATE StaffMemberRow s SET s.warnedOn = :d WHERE s.id IN :ids")
                .setParameter("d", day).setParameter("ids", ids).executeUpdate();
    }
}
