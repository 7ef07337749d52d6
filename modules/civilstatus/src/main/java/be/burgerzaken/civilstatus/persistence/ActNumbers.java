package be.burgerzaken.civilstatus.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gap-free act numbers: one counter row per register and year, locked with {@code SELECT ... FOR UPDATE} and
 * advanced inside the registering transaction. Concurrent registrations in the same register and year wait for
 * one another at the lock; a registration that rolls back rolls its counter update back too, so the number it
 * took is the next one's again. There is no sequence object (sequences do not roll back).
 */
@ApplicationScoped
public class ActNumbers {

    @PersistenceContext(unitName = "civilstatus")
    EntityManager em;

    /** The next number of the register in the year; the counter stays locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String register, int year) {
        // the first registration of a year creates the row; a concurrent one waits for it and does nothing
        em.createNativeQuery("INSERT INTO civilstatus.act_number_counter (register_code, act_year, last_number) "
                + "VALUES (?1, ?2, 0) ON CONFLICT DO NOTHING").setParameter(1, register).setParameter(2, year)
                .executeUpdate();
        Number last = (Number) em.createNativeQuery("SELECT last_number FROM civilstatus.act_number_counter "
                        + "WHERE register_code = ?1 AND act_year = ?2 FOR UPDATE")
                .setParameter(1, register).setParameter(2, year).getSingleResult();
        int next = last.intValue() + 1;
        int rows = em.createNativeQuery("UPDATE civilstatus.act_number_counter SET last_number = ?1 "
                        + "WHERE register_code = ?2 AND act_year = ?3 AND last_number = ?4")
                .setParameter(1, next).setParameter(2, register).setParameter(3, year).setParameter(4, last.intValue())
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("the act-number counter " + register + "/" + year + " moved while locked");
        }
        return next;
    }
}
