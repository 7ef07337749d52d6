package be.burgerzaken.population.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes the street list in a transaction of its own (all streets or none). */
@ApplicationScoped
public class StreetImport {
    @Resource(lookup = "java:app/jdbc/burgerzaken")
    DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int importIfEmpty(List<StreetCsv.Line> lines) {
        try (Connection c = dataSource.getConnection()) {
            return StreetLoader.loadInto(c, lines);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the street list", e);
        }
    }
}
