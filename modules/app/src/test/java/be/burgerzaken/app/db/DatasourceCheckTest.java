package be.burgerzaken.app.db;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasourceCheckTest {

    private static Optional<String> problemWith(String configured) {
        DatasourceCheck check = new DatasourceCheck();
        check.configuredClass = Optional.ofNullable(configured);
        return check.problem();
    }

    @Test
    void xaDatasourcesPass() {
        assertEquals(Optional.empty(), problemWith("org.postgresql.xa.PGXADataSource"));
        assertEquals(Optional.empty(), problemWith(null), "the default, H2's JdbcDataSource, is an XADataSource");
    }

    @Test
    void aPlainDatasourceIsNamedWithTheRemedy() {
        String warning = problemWith(" org.postgresql.ds.PGSimpleDataSource ").orElseThrow();
        assertTrue(warning.contains("org.postgresql.ds.PGSimpleDataSource is not an XADataSource"), warning);
        assertTrue(warning.contains("org.postgresql.xa.PGXADataSource"), warning);
    }

    @Test
    void aClassThatCannotBeLoadedIsLeftToThePool() {
        assertEquals(Optional.empty(), problemWith("com.example.NoSuchDataSource"));
    }
}
