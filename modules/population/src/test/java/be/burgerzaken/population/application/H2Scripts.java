package be.burgerzaken.population.application;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

/** Runs a migration script of the module on the H2 test database, statement by statement (comments dropped). */
final class H2Scripts {
    private H2Scripts() {
    }

    static void run(Statement s, String resource) throws Exception {
        try (InputStream in = H2Scripts.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
            for (String sql : text.split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
    }
}
