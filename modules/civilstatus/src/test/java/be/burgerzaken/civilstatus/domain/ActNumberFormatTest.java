package be.burgerzaken.civilstatus.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ActNumberFormatTest {

    @Test
    void theDefaultIsYearRegisterNumber() {
        assertEquals("2026/BIRTH/17", new ActNumberFormat(ActNumberFormat.DEFAULT).format(2026, "BIRTH", 17));
    }

    @Test
    void theNumberMayBeZeroPadded() {
        ActNumberFormat f = new ActNumberFormat("{register}-{year}-{number:5}");
        assertEquals("G-2026-00017", f.format(2026, "G", 17));
        assertEquals("G-2026-123456", f.format(2026, "G", 123456), "wider numbers are not cut");
    }

    @Test
    void aFormatWithoutItsPartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ActNumberFormat("{year}/{number}"));
        assertThrows(IllegalArgumentException.class, () -> new ActNumberFormat(null));
        assertThrows(IllegalArgumentException.class, () -> new ActNumberFormat(ActNumberFormat.DEFAULT).format(2026, "B", 0));
    }
}
