package be.burgerzaken.population.application;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static be.burgerzaken.population.application.H2Scripts.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The change-of-address migrations of issue 3 task M (V31 provisional / withdrawn, V32 arrival) run on H2 in
 * PostgreSQL mode (the demo run) after the ones they change, and their constraints hold.
 */
class ArrivalMigrationH2Test {

    @Test
    void theMigrationsRunOnH2AndTheirConstraintsHold() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:arrival;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH"); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA kernel");
            s.execute("CREATE TABLE kernel.person (id UUID PRIMARY KEY, birth_date VARCHAR(10), status VARCHAR(20))");
            s.execute("CREATE SCHEMA population");
            s.execute("SET SCHEMA population");
            run(s, "/db/migration/population/common/V1__population_registers.sql");
            run(s, "/db/migration/population/h2/V2__population_h2.sql");
            run(s, "/db/migration/population/common/V11__address_change.sql");
            run(s, "/db/migration/population/common/V12__register_procedures.sql");
            run(s, "/db/migration/population/h2/V13__register_procedures_h2.sql");
            run(s, "/db/migration/population/common/V30__address_change_counter.sql");
            run(s, "/db/migration/population/common/V31__address_change_provisional_withdrawn.sql");
            run(s, "/db/migration/population/common/V32__address_change_arrival.sql");

            s.execute("INSERT INTO kernel.person VALUES ('00000000-0000-0000-0000-000000000001', '1980-01-01', 'ACTIVE')");
            s.execute("INSERT INTO kernel.person VALUES ('00000000-0000-0000-0000-000000000002', '1980-01-01', 'ACTIVE')");
            s.execute("INSERT INTO resident VALUES ('00000000-0000-0000-0000-000000000001', 'POPULATION', 'ARRIVING',"
                    + " DATE '2026-03-03', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO resident VALUES"
                    + " ('00000000-0000-0000-0000-000000000002', 'POPULATION', 'ARRIVED', DATE '2026-03-03',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)"), "an unknown status is refused");
            assertEquals("YES", column(s, "address_change", "from_household_id"), "an arrival leaves no household");
            assertEquals("NO", column(s, "address_change", "kind"));
            assertEquals("YES", column(s, "address_change", "provisional_reason"));
            assertEquals("YES", column(s, "residence", "provisional_reason"));
        }
    }

    private static String column(Statement s, String table, String column) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT is_nullable FROM information_schema.columns WHERE table_schema ="
                + " 'population' AND table_name = '" + table + "' AND column_name = '" + column + "'")) {
            r.next();
            return r.getString(1);
        }
    }
}
