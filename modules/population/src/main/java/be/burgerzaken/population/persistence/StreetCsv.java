package be.burgerzaken.population.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a street list: UTF-8, {@code ;}-separated, header {@value #HEADER}, one street per line. Refuses the
 * whole file on the first bad line (naming it), so a half-loaded street list never happens.
 */
public final class StreetCsv {
    public static final String HEADER = "nis;street_code;name_nl;name_fr;postcode;district";

    /** One street of the list. */
    public record Line(String nis, String streetCode, String nameNl, String nameFr, String postcode, String district) {
        public String nameKey() {
            return key(nameNl + (nameFr == null || nameFr.isEmpty() ? "" : " / " + nameFr));
        }
    }

    private StreetCsv() {
    }

    /** The list is refused at this line (1 = the header) for this reason. */
    public static final class BadLine extends IllegalArgumentException {
        private final int line;
        private final String reason;

        BadLine(String source, int line, String reason) {
            super(source + ":" + line + ": " + reason);
            this.line = line;
            this.reason = reason;
        }

        public int line() {
            return line;
        }

        public String reason() {
            return reason;
        }
    }

    public static List<Line> read(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = reader.readLine();
        if (first != null && first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        if (!HEADER.equals(first == null ? null : first.strip())) {
            throw new BadLine(source, 1, "expected header '" + HEADER + "' but was '" + first + "'");
        }
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 6) {
                throw new BadLine(source, number, "expected 6 fields, found " + f.length);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            if (!f[0].matches("[0-9]{5}")) {
                throw new BadLine(source, number, "nis must be 5 digits: " + f[0]);
            }
            if (!f[1].matches("[0-9A-Za-z]{1,10}")) {
                throw new BadLine(source, number, "bad street code: " + f[1]);
            }
            if (f[2].isEmpty() || f[2].length() > 200) {
                throw new BadLine(source, number, "name_nl is required (max 200)");
            }
            if (f[3].length() > 200 || f[5].length() > 100) {
                throw new BadLine(source, number, "name_fr has at most 200 characters, district at most 100");
            }
            if (!f[4].matches("[1-9][0-9]{3}")) {
                throw new BadLine(source, number, "postcode must be 4 digits: " + f[4]);
            }
            if (!seen.add(f[0] + "/" + f[1])) {
                throw new BadLine(source, number, "duplicate street code " + f[1]);
            }
            lines.add(new Line(f[0], f[1], f[2], f[3].isEmpty() ? null : f[3], f[4], f[5].isEmpty() ? null : f[5]));
        }
        return lines;
    }

    /** Search key: lower case, no diacritics, letters and digits separated by single spaces. */
    public static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
