package be.burgerzaken.kernel.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactTimelineTest {
    static final Instant T1 = Instant.parse("2020-01-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2024-05-01T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-02-01T10:00:00Z");

    static FactTimeline.Entry<String> e(String from, String to, Instant at, String v) {
        return new FactTimeline.Entry<>(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), at, v);
    }

    static String at(FactTimeline<String> t, String day, Instant known) {
        return t.at(LocalDate.parse(day), known).map(FactTimeline.Entry::payload).orElse(null);
    }

    @Test
    void aNameChangeAppliesFromItsDateOnly() {
        var t = new FactTimeline<>(List.of(e(null, null, T1, "Peeters"), e("2024-06-01", null, T2, "Peeters-Maes")));
        assertEquals("Peeters", at(t, "2024-05-31", null));
        assertEquals("Peeters-Maes", at(t, "2024-06-01", null));
        assertEquals("Peeters-Maes", at(t, "2030-01-01", null));
    }

    @Test
    void knownAtAnswersWhatWasRecordedThen() {
        var t = new FactTimeline<>(List.of(e(null, null, T1, "1980-06-15"), e(null, null, T3, "1980-06-16")));
        assertEquals("1980-06-16", at(t, "2025-01-01", null));
        assertEquals("1980-06-15", at(t, "2025-01-01", T2), "before the correction we knew the old value");
        assertEquals(null, at(t, "2025-01-01", Instant.parse("2019-01-01T00:00:00Z")), "nothing was known in 2019");
    }

    @Test
    void aCorrectionOfThePastKeepsLaterValues() {
        var t = new FactTimeline<>(List.of(
                e(null, null, T1, "A"),
                e("2022-01-01", null, T2, "B"),
                e(null, "2022-01-01", T3, "A-corrected")));
        assertEquals("A-corrected", at(t, "2021-12-31", null));
        assertEquals("B", at(t, "2022-01-01", null));
        assertEquals("A", at(t, "2021-12-31", T2));
    }

    @Test
    void supersededOnlyWhenLaterRecordsCoverTheWholePeriod() {
        var first = e(null, null, T1, "A");
        var change = e("2022-01-01", null, T2, "B");
        var t = new FactTimeline<>(List.of(first, change));
        assertFalse(t.superseded(first), "A is still in force before 2022");
        assertFalse(t.superseded(change));
        var correction = e(null, "2022-01-01", T3, "A2");
        var t2 = new FactTimeline<>(List.of(first, change, correction));
        assertTrue(t2.superseded(first), "B from 2022 and A2 before 2022 cover all of A's period");
        assertFalse(t2.superseded(correction));
    }

    @Test
    void sameRecordTimeKeepsListOrder() {
        var t = new FactTimeline<>(List.of(e(null, null, T1, "first"), e(null, null, T1, "second")));
        assertEquals("second", at(t, "2020-01-01", null));
    }

    @Test
    void emptyPeriodsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> e("2024-01-01", "2024-01-01", T1, "x"));
    }
}
