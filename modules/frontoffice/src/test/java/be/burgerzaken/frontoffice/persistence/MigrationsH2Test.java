package be.burgerzaken.frontoffice.persistence;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The front office's migrations run on the demo's H2 in PostgreSQL mode (PostgreSQL itself in the ITs): the seeded
 * catalogue and counters are there, a slot cannot be booked twice, an open request cannot carry a closing time, and
 * the quality query's month grouping works.
 */
class MigrationsH2Test {

    static void run(Statement s, String resource) throws Exception {
        String sql;
        try (InputStream in = MigrationsH2Test.class.getResourceAsStream(resource)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        sql = sql.lines().filter(l -> !l.strip().startsWith("--")).map(l -> l.replaceAll("\\s+--.*$", ""))
                .collect(Collectors.joining("\n"));
        for (String statement : sql.split(";\\s*\n")) {
            if (!statement.isBlank()) {
                s.execute(statement);
            }
        }
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void migrationsRunOnH2AndKeepTheirRules() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:frontoffice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA frontoffice");
            s.execute("SET SCHEMA frontoffice");
            run(s, "/db/migration/frontoffice/common/V1__front_office.sql");
            run(s, "/db/migration/frontoffice/common/V2__front_office_catalogue.sql");
            assertEquals(16, count(s, "SELECT COUNT(*) FROM frontoffice.product"));
            assertEquals(3, count(s, "SELECT COUNT(*) FROM frontoffice.counter"));
            assertTrue(count(s, "SELECT COUNT(*) FROM frontoffice.opening_hours WHERE counter_code = 'POP-1'") >= 7);

            s.execute("INSERT INTO frontoffice.appointment (id, counter_code, product_code, on_day, starts, minutes, person_id,"
                    + " citizen_name, channel, status, first_free_days, booked_on, booked_at, booked_by, version) VALUES"
                    + " ('00000000-0000-0000-0000-00000000000a', 'POP-1', 'EID_APPLICATION', DATE '2026-12-01', TIME '09:00:00',"
                    + " 20, NULL, 'A, B', 'COUNTER', 'BOOKED', 2, DATE '2026-11-29', CURRENT_TIMESTAMP, 'clerk', 1)");
            s.execute("INSERT INTO frontoffice.appointment_slot VALUES ('POP-1/2026-12-01/09:00', "
                    + "'00000000-0000-0000-0000-00000000000a')");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO frontoffice.appointment_slot VALUES "
                    + "('POP-1/2026-12-01/09:00', '00000000-0000-0000-0000-00000000000a')"), "one booking per slot");

            String request = "INSERT INTO frontoffice.service_request (id, product_code, person_id, requester_relation,"
                    + " channel, status, received_on, received_at, received_by, closed_on, closed_at, target_days,"
                    + " lead_days, first_contact, version) VALUES ('%s', 'ADDRESS_CHANGE', '00000000-0000-0000-0000-000000000001',"
                    + " 'SELF', 'COUNTER', '%s', DATE '2026-11-02', CURRENT_TIMESTAMP, 'clerk', %s, %s, 20, %s, FALSE, 1)";
            s.execute(String.format(request, "00000000-0000-0000-0000-0000000000b1", "FULFILLED", "DATE '2026-11-20'",
                    "CURRENT_TIMESTAMP", "14"));
            assertThrows(SQLException.class, () -> s.execute(String.format(request, "00000000-0000-0000-0000-0000000000b2",
                    "RECEIVED", "DATE '2026-11-20'", "CURRENT_TIMESTAMP", "14")), "an open request has no closing");
            assertThrows(SQLException.class, () -> s.execute(String.format(request, "00000000-0000-0000-0000-0000000000b3",
                    "LOST", "NULL", "NULL", "NULL")), "unknown status");
            try (ResultSet r = s.executeQuery("SELECT EXTRACT(YEAR FROM received_on), EXTRACT(MONTH FROM received_on),"
                    + " product_code, COUNT(*), SUM(CASE WHEN closed_on IS NOT NULL AND lead_days <= target_days THEN 1 ELSE 0 END)"
                    + " FROM frontoffice.service_request GROUP BY EXTRACT(YEAR FROM received_on),"
                    + " EXTRACT(MONTH FROM received_on), product_code")) {
                assertTrue(r.next());
                assertEquals(2026, ((Number) r.getObject(1)).intValue());
                assertEquals(11, ((Number) r.getObject(2)).intValue());
                assertEquals(1, ((Number) r.getObject(5)).intValue());
            }
        }
    }
}
