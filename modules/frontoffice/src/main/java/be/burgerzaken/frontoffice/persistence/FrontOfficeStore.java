package be.burgerzaken.frontoffice.persistence;

import be.burgerzaken.frontoffice.domain.AppointmentRow;
import be.burgerzaken.frontoffice.domain.ClosureRow;
import be.burgerzaken.frontoffice.domain.CounterRow;
import be.burgerzaken.frontoffice.domain.OpeningHoursRow;
import be.burgerzaken.frontoffice.domain.ProductRow;
import be.burgerzaken.frontoffice.domain.ServiceRequestRow;
import be.burgerzaken.frontoffice.domain.SlotRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The front office's reads and writes (unit {@code frontoffice}); bulk queries, no per-row loops over the database. */
@ApplicationScoped
public class FrontOfficeStore {
    @PersistenceContext(unitName = "frontoffice")
    EntityManager em;

    public EntityManager em() {
        return em;
    }

    public List<ProductRow> products() {
        return em.createQuery("SELECT p FROM ProductRow p ORDER BY p.code", ProductRow.class).getResultList();
    }

    public Optional<ProductRow> product(String code) {
        return Optional.ofNullable(code == null ? null : em.find(ProductRow.class, code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    public Optional<ServiceRequestRow> request(UUID id, boolean lock) {
        return Optional.ofNullable(lock ? em.find(ServiceRequestRow.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                : em.find(ServiceRequestRow.class, id));
    }

    public List<ServiceRequestRow> requestsOf(UUID personId, int page, int size) {
        return em.createQuery("SELECT r FROM ServiceRequestRow r WHERE r.personId = :p ORDER BY r.receivedAt DESC, r.id",
                ServiceRequestRow.class).setParameter("p", personId).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    public long countRequestsOf(UUID personId) {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequestRow r WHERE r.personId = :p", Long.class)
                .setParameter("p", personId).getSingleResult();
    }

    private static final String OPEN = "r.status IN ('RECEIVED', 'IN_PROGRESS')";

    public List<ServiceRequestRow> requests(String status, String product, int page, int size) {
        return em.createQuery("SELECT r FROM ServiceRequestRow r WHERE " + (status == null ? OPEN : "r.status = :s")
                        + " AND (:p IS NULL OR r.productCode = :p) ORDER BY r.receivedAt, r.id", ServiceRequestRow.class)
                .setParameter("p", product).setParameter("s", status == null ? "" : status)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countRequests(String status, String product) {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequestRow r WHERE " + (status == null ? OPEN : "r.status = :s")
                        + " AND (:p IS NULL OR r.productCode = :p)", Long.class)
                .setParameter("p", product).setParameter("s", status == null ? "" : status).getSingleResult();
    }

    public long countAllRequests() {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequestRow r", Long.class).getSingleResult();
    }

    public List<CounterRow> counters() {
        return em.createQuery("SELECT c FROM CounterRow c WHERE c.active = TRUE ORDER BY c.code", CounterRow.class)
                .getResultList();
    }

    public Optional<CounterRow> counter(String code) {
        return Optional.ofNullable(code == null || code.isBlank() ? null : em.find(CounterRow.class, code.strip()));
    }

    public List<OpeningHoursRow> openingHours(String counter) {
        return em.createQuery("SELECT o FROM OpeningHoursRow o WHERE o.counterCode = :c ORDER BY o.weekday, o.opens",
                OpeningHoursRow.class).setParameter("c", counter).getResultList();
    }

    public List<ClosureRow> closures(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM ClosureRow c WHERE c.day BETWEEN :f AND :t", ClosureRow.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** The occupied slot keys of a counter from..to (keys sort by day and time). */
    public Set<String> occupied(String counter, LocalDate from, LocalDate to) {
        return new HashSet<>(em.createQuery("SELECT s.slotKey FROM SlotRow s WHERE s.slotKey >= :a AND s.slotKey <= :b",
                        String.class).setParameter("a", counter + "/" + from).setParameter("b", counter + "/" + to + "/~")
                .getResultList());
    }

    public Optional<AppointmentRow> appointment(UUID id) {
        return Optional.ofNullable(em.find(AppointmentRow.class, id));
    }

    public List<AppointmentRow> day(String counter, LocalDate day) {
        return em.createQuery("SELECT a FROM AppointmentRow a WHERE a.counterCode = :c AND a.day = :d ORDER BY a.starts, a.id",
                AppointmentRow.class).setParameter("c", counter).setParameter("d", day).getResultList();
    }

    public List<AppointmentRow> appointmentsOf(UUID personId) {
        // person_id is VARCHAR(36) (nullable): compared as text in SQL
        @SuppressWarnings("unchecked")
        List<AppointmentRow> rows = em.createNativeQuery("SELECT * FROM frontoffice.appointment WHERE person_id = ?1 "
                + "ORDER BY on_day DESC, starts DESC", AppointmentRow.class).setParameter(1, personId.toString())
                .setMaxResults(100).getResultList();
        return rows;
    }

    public void freeSlots(UUID appointmentId) {
        em.createQuery("DELETE FROM SlotRow s WHERE s.appointmentId = :a").setParameter("a", appointmentId).executeUpdate();
    }

    public void persist(Object row) {
        em.persist(row);
    }

    public void flush() {
        em.flush();
    }

    public long countAppointments() {
        return em.createQuery("SELECT COUNT(a) FROM AppointmentRow a", Long.class).getSingleResult();
    }

    public SlotRow slot(String key, UUID appointment) {
        SlotRow s = new SlotRow();
        s.slotKey = key;
        s.appointmentId = appointment;
        return s;
    }
}
