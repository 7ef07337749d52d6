package be.burgerzaken.kernel.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The core facts of an issued document (what public verification may show) as a flat JSON object of strings,
 * keeping the order they were given in. Written and read here so that the stored form does not depend on a
 * JSON library.
 */
public final class CoreFactsJson {
    private CoreFactsJson() {
    }

    public static String write(Map<String, String> facts) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, String> e : facts.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            string(sb, e.getKey()).append(':');
            if (e.getValue() == null) {
                sb.append("null");
            } else {
                string(sb, e.getValue());
            }
        }
        return sb.append('}').toString();
    }

    /** Reads what {@link #write} wrote. */
    public static Map<String, String> read(String json) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return facts;
        }
        Reader r = new Reader(json.strip());
        r.expect('{');
        if (!r.tryConsume('}')) {
            do {
                String key = r.string();
                r.expect(':');
                facts.put(key, r.nullOrString());
            } while (r.tryConsume(','));
            r.expect('}');
        }
        if (r.pos != r.s.length()) {
            throw new IllegalArgumentException("trailing text after the core facts at " + r.pos);
        }
        return Collections.unmodifiableMap(facts);
    }

    private static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        String nullOrString() {
            if (s.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            return string();
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
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
                    default -> throw new IllegalArgumentException("bad escape \\" + e + " in the core facts");
                }
            }
            throw new IllegalArgumentException("unterminated string in the core facts");
        }

        boolean tryConsume(char c) {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!tryConsume(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in the core facts");
            }
        }
    }
}
