package be.burgerzaken.kernel.persistence;

import be.burgerzaken.kernel.domain.NationalNumberSeriesRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** The national-number series rows; each allocation locks its row until the transaction ends. */
@ApplicationScoped
public class SeriesStore {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    Database database;

    /**
     * Locks the series row, creating it when missing. Concurrent creators do not fail: on PostgreSQL the
     * second insert waits for the first and then does nothing.
     */
    public NationalNumberSeriesRow lock(String prefix, int century, int parity) {
        String insert = database.isPostgres()
                ? "INSERT INTO kernel.national_number_series (prefix, century, parity, last_serial) "
                + "VALUES (?1, ?2, ?3, 0) ON CONFLICT DO NOTHING"
                : "MERGE INTO kernel.national_number_series (prefix, century, parity, last_serial) "
                + "KEY (prefix, century, parity) SELECT ?1, ?2, ?3, COALESCE(MAX(last_serial), 0) "
                + "FROM kernel.national_number_series WHERE prefix = ?1 AND century = ?2 AND parity = ?3";
        em.createNativeQuery(insert).setParameter(1, prefix).setParameter(2, century).setParameter(3, parity)
                .executeUpdate();
        var key = new NationalNumberSeriesRow.Key(prefix, century, parity);
        NationalNumberSeriesRow row = em.find(NationalNumberSeriesRow.class, key, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
        return row;
    }
}
