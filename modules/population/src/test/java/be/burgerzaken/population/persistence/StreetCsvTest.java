package be.burgerzaken.population.persistence;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreetCsvTest {

    @Test
    void theShippedLeuvenListIsValid() throws Exception {
        try (InputStream in = StreetCsv.class.getResourceAsStream(StreetLoader.SHIPPED)) {
            List<StreetCsv.Line> lines = StreetCsv.read(in, "shipped");
            assertTrue(lines.size() > 80, "streets: " + lines.size());
            assertTrue(lines.stream().allMatch(l -> l.nis().equals("24062")));
            assertTrue(lines.stream().allMatch(l -> List.of("3000", "3001", "3010", "3012", "3018").contains(l.postcode())));
            assertTrue(lines.stream().anyMatch(l -> l.nameNl().equals("Naamsesteenweg") && l.district().equals("Heverlee")));
        }
    }

    @Test
    void aBadLineRefusesTheWholeFileNamingTheLine() {
        String csv = StreetCsv.HEADER + "\n24062;1010;Bondgenotenlaan;;3000;Leuven\n24062;1010;Naamsestraat;;3000;Leuven\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StreetCsv.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "city.csv"));
        assertEquals("city.csv:3: duplicate street code 1010", e.getMessage());
    }

    @Test
    void searchKeyIgnoresCaseAndAccents() {
        assertEquals("rue de l eglise", StreetCsv.key("Rue de l'Église"));
    }
}
