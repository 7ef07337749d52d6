package be.burgerzaken.population.application;

import be.burgerzaken.population.domain.CardNumberFormat;
import be.burgerzaken.population.domain.ValidityRuleTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The V10 migration runs on H2 in PostgreSQL mode, and the demo documents load into it once. */
class IdentityDocumentDemoDataTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void loadsValidEidsSomeExpiringWithinEightWeeksAndOnlyOnce() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:iddocs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA kernel");
                s.execute("CREATE TABLE kernel.person (id UUID PRIMARY KEY, birth_date VARCHAR(10) NOT NULL, "
                        + "nationalities VARCHAR(200) NOT NULL, status VARCHAR(20) NOT NULL)");
                s.execute("CREATE SCHEMA population");
                s.execute("SET SCHEMA population");
                // comments removed first (they may hold semicolons); the file has no string literal with "--"
                for (String statement : migration().replaceAll("--[^\\n]*", "").split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            Random r = new Random(1);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO kernel.person VALUES (?, ?, ?, 'ACTIVE')")) {
                for (int i = 0; i < 2000; i++) {
                    LocalDate birth = TODAY.minusDays(r.nextInt(95 * 365));
                    // ids from the seeded generator: the demo walks persons by id, so random ids made the number
                    // of overdue cards vary from run to run (2 in one CI run)
                    p.setObject(1, new UUID(r.nextLong(), r.nextLong()));
                    p.setString(2, i % 50 == 0 ? birth.getYear() + "-00-00" : birth.toString());
                    p.setString(3, i % 5 == 0 ? "NL" : i % 7 == 0 ? "BE,MA" : "BE");
                    p.addBatch();
                }
                p.executeBatch();
            }
            IdentityDocumentDemoData demo = new IdentityDocumentDemoData();
            demo.rules = ValidityRuleTable.standard();
            c.setAutoCommit(false);
            int loaded = demo.load(c, 42, TODAY);
            assertTrue(loaded > 800, "about 70% of the Belgians aged 12+: " + loaded);
            assertEquals(0, demo.load(c, 42, TODAY), "idempotent");
            try (Statement s = c.createStatement()) {
                assertEquals(loaded, count(s, "SELECT COUNT(*) FROM population.identity_document"));
                assertEquals(4L * loaded, count(s, "SELECT COUNT(*) FROM population.identity_document_event"));
                long overdue = count(s, "SELECT COUNT(*) FROM population.identity_document WHERE valid_until < DATE '"
                        + TODAY + "'");
                assertTrue(overdue >= 3, "a few cards wait for the expiry job: " + overdue);
                assertEquals(0, count(s, "SELECT COUNT(*) FROM population.identity_document WHERE valid_until < DATE '"
                        + TODAY.minusDays(IdentityDocumentDemoData.OVERDUE_DAYS) + "'"), "at most 30 days overdue");
                assertEquals(loaded, count(s, "SELECT COUNT(*) FROM population.identity_document "
                        + "WHERE status = 'ACTIVATED'"), "all activated: expiry is the job's work");
                long soon = count(s, "SELECT COUNT(*) FROM population.identity_document WHERE valid_until >= DATE '"
                        + TODAY + "' AND valid_until < DATE '" + TODAY.plusWeeks(8) + "'");
                assertTrue(soon > 10, "some expire within 8 weeks: " + soon);
                assertEquals(0, count(s, "SELECT COUNT(*) FROM population.identity_document d JOIN kernel.person p "
                        + "ON p.id = d.person_id WHERE p.nationalities = 'NL' OR p.birth_date LIKE '%-00'"));
                try (ResultSet rs = s.executeQuery("SELECT card_number FROM population.identity_document")) {
                    while (rs.next()) {
                        assertFalse(CardNumberFormat.DIGITS_12_MOD97.check(rs.getString(1)).isPresent());
                    }
                }
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String migration() throws IOException {
        try (InputStream in = IdentityDocumentDemoData.class.getResourceAsStream(
                "/db/migration/population/common/V10__identity_documents.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
