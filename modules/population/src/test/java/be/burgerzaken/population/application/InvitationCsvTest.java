package be.burgerzaken.population.application;

import be.burgerzaken.population.api.ExpiringDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invitation CSV: BOM, header, one line per card, quoting and no spreadsheet formulas. */
class InvitationCsvTest {

    @Test
    void writesHeaderAndQuotedLines() {
        UUID doc = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID person = UUID.fromString("00000000-0000-0000-0000-000000000002");
        String csv = InvitationCsv.write(List.of(
                new ExpiringDocument(doc, person, "EID", "591-0000001-20", LocalDate.of(2026, 12, 14), "Çelik",
                        "Şükrü \"Sami\"", "Naamsestraat 12 bus 3, 3000"),
                new ExpiringDocument(doc, person, "EID", "591-0000002-21", LocalDate.of(2026, 12, 15), "=HYPERLINK(1)",
                        "An;Marie", null)));
        String[] lines = csv.split("\r\n");
        assertEquals('\uFEFF', csv.charAt(0), "byte-order mark for spreadsheets");
        assertEquals(InvitationCsv.HEADER, lines[0].substring(1));
        assertEquals(3, lines.length);
        assertEquals(doc + ";" + person + ";Çelik;\"Şükrü \"\"Sami\"\"\";\"Naamsestraat 12 bus 3, 3000\";EID;"
                + "591-0000001-20;2026-12-14", lines[1]);
        assertTrue(lines[2].contains(";'=HYPERLINK(1);\"An;Marie\";;EID;"), lines[2]);
    }

    @Test
    void emptyListIsTheHeaderOnly() {
        assertEquals("\uFEFF" + InvitationCsv.HEADER + "\r\n", InvitationCsv.write(List.of()));
    }
}
