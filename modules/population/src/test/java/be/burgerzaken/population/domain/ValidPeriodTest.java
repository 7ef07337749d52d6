package be.burgerzaken.population.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidPeriodTest {
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);

    @Test
    void periodsAreHalfOpen() {
        assertTrue(ValidPeriod.covers(JAN_1, FEB_1, JAN_1));
        assertTrue(ValidPeriod.covers(JAN_1, FEB_1, FEB_1.minusDays(1)));
        assertFalse(ValidPeriod.covers(JAN_1, FEB_1, FEB_1));
        assertFalse(ValidPeriod.covers(JAN_1, FEB_1, JAN_1.minusDays(1)));
        assertTrue(ValidPeriod.covers(JAN_1, null, LocalDate.of(2099, 1, 1)));
    }

    @Test
    void overlapNeedsACommonDay() {
        assertTrue(ValidPeriod.overlaps(JAN_1, FEB_1, FEB_1.minusDays(1), null));
        assertFalse(ValidPeriod.overlaps(JAN_1, FEB_1, FEB_1, null), "a period ending on the 1st leaves the 1st free");
        assertTrue(ValidPeriod.overlaps(JAN_1, null, LocalDate.of(2020, 1, 1), null));
    }

    @Test
    void aDeathClosesOnTheDayAfterSoTheDayOfDeathIsStillCovered() {
        LocalDate death = LocalDate.of(2026, 1, 20);
        LocalDate end = ValidPeriod.endAfterDeath(JAN_1, death);
        assertEquals(LocalDate.of(2026, 1, 21), end);
        assertTrue(ValidPeriod.covers(JAN_1, end, death));
        assertFalse(ValidPeriod.covers(JAN_1, end, death.plusDays(1)));
        assertEquals(FEB_1, ValidPeriod.endAfterDeath(FEB_1, death), "never before the start");
    }
}
