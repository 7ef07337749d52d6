package be.burgerzaken.kernel.api.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory H2 database with the kernel's common migrations, and a minimal JSON reader for the tests. */
final class SyntheticTestDatabase {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private SyntheticTestDatabase() {
    }

    /** A fresh database URL; the database lives until {@code SHUTDOWN} (DB_CLOSE_DELAY=-1). */
    static String newUrl() {
        return "jdbc:h2:mem:synthetic" + NEXT.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** Opens the database and creates the kernel schema from the common migration files on the class path. */
    static Connection openWithSchema(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url, "sa", "");
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA kernel");
            st.execute("SET SCHEMA kernel");
            for (String script : List.of("V1__kernel_identity.sql", "V2__kernel_protocol_log.sql")) {
                for (String sql : statements(script)) {
                    st.execute(sql);
                }
            }
        }
        return c;
    }

    /** The statements of a common kernel migration, read from the class path (comments removed). */
    private static List<String> statements(String script) {
        String path = "/db/migration/kernel/common/" + script;
        try (InputStream in = SyntheticTestDatabase.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration not found on the class path: " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
            List<String> result = new ArrayList<>();
            for (String sql : text.split(";")) {
                if (!sql.isBlank()) {
                    result.add(sql.strip());
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void shutdown(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    /**
     * Reads a JSON object whose values are strings, null or arrays of strings, keeping the key order.
     *
     * @throws IllegalArgumentException when the text is not such an object
     */
    static Map<String, Object> parseJson(String json) {
        JsonReader r = new JsonReader(json);
        Map<String, Object> result = r.object();
        r.skipSpace();
        if (r.pos != json.length()) {
            throw new IllegalArgumentException("trailing text at " + r.pos + " in " + json);
        }
        return result;
    }

    private static final class JsonReader {
        private final String s;
        private int pos;

        JsonReader(String s) {
            this.s = s;
        }

        Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            expect('{');
            skipSpace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            do {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                if (map.put(key, value()) != null) {
                    throw new IllegalArgumentException("duplicate key " + key);
                }
                skipSpace();
            } while (tryConsume(','));
            expect('}');
            return map;
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '[') {
                pos++;
                List<String> list = new ArrayList<>();
                skipSpace();
                if (tryConsume(']')) {
                    return list;
                }
                do {
                    skipSpace();
                    list.add(string());
                    skipSpace();
                } while (tryConsume(','));
                expect(']');
                return list;
            }
            if (s.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            throw new IllegalArgumentException("unexpected '" + c + "' at " + pos + " in " + s);
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw new IllegalArgumentException("unescaped control character at " + (pos - 1));
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape \\" + e);
                }
            }
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            if (pos >= s.length()) {
                throw new IllegalArgumentException("unexpected end of " + s);
            }
            return s.charAt(pos);
        }

        private boolean tryConsume(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!tryConsume(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in " + s);
            }
        }
    }
}
