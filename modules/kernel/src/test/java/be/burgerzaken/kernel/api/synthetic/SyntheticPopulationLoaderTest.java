package be.burgerzaken.kernel.api.synthetic;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import static be.burgerzaken.kernel.api.synthetic.SyntheticTestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticPopulationLoaderTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SyntheticPopulationLoader.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void loadsAndCommitsAPopulation() throws SQLException {
        String url = SyntheticTestDatabase.newUrl();
        try (Connection c = SyntheticTestDatabase.openWithSchema(url)) {
            int status = run("--jdbc", url, "--user", "sa", "--password", "", "--count", "1500", "--seed", "42");
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
            assertEquals(1_500, count(c, "SELECT COUNT(*) FROM kernel.person"));
            assertEquals(9_000, count(c, "SELECT COUNT(*) FROM kernel.person_fact WHERE basis_ref = 'synthetic:seed=42'"
                    + " AND recorded_by = 'synthetic-loader'"));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("Loaded 1,500 persons and 9,000 facts") && printed.contains("persons/s"),
                    printed);
            SyntheticTestDatabase.shutdown(c);
        }
    }

    @Test
    void rollsBackEverythingWhenTheLoadFails() throws SQLException {
        String url = SyntheticTestDatabase.newUrl();
        try (Connection c = SyntheticTestDatabase.openWithSchema(url)) {
            try (var st = c.createStatement()) {
                st.execute("DROP TABLE kernel.national_number_series");   // the last step will fail
            }
            int status = run("--jdbc", url, "--user", "sa", "--password", "", "--count", "500");
            assertEquals(1, status);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("nothing committed"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM kernel.person"));
            SyntheticTestDatabase.shutdown(c);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertEquals(2, run("--count", "10"));
        assertEquals(2, run("--jdbc", "jdbc:h2:mem:x", "--count", "many"));
        assertEquals(2, run("--jdbc", "jdbc:h2:mem:x", "--colour", "red"));
        assertEquals(2, run("--jdbc"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
        assertEquals(0, run("--help"));
    }

    @Test
    void acceptsOptionsWithEqualsSign() throws SQLException {
        String url = SyntheticTestDatabase.newUrl();
        try (Connection c = SyntheticTestDatabase.openWithSchema(url)) {
            assertEquals(0, run("--jdbc=" + url, "--user=sa", "--password=", "--count=10", "--seed=7",
                    "--recorded-by=cli-test"));
            assertEquals(60, count(c, "SELECT COUNT(*) FROM kernel.person_fact WHERE recorded_by = 'cli-test'"));
            SyntheticTestDatabase.shutdown(c);
        }
    }
}
