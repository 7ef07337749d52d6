package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;
import be.burgerzaken.population.api.CardCategory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Urgent procedure: next working day when applied for before the cut-off; Kids-ID code letter by age. */
class UrgentProcedureTest {
    private final UrgentProcedure standard = new UrgentProcedure(UrgentProcedure.STANDARD_CUT_OFF,
            WorkingDayCalendar.belgian());

    @Test
    void beforeTheCutOffOnAWorkingDayTheCardIsReadyTheNextWorkingDay() {
        // Tuesday 3 March 2026
        assertEquals(LocalDate.of(2026, 3, 4), standard.expectedOn(LocalDateTime.of(2026, 3, 3, 14, 59)));
        // from 15:00 the application counts from the next working day
        assertEquals(LocalDate.of(2026, 3, 5), standard.expectedOn(LocalDateTime.of(2026, 3, 3, 15, 0)));
    }

    @Test
    void weekendsAndHolidaysAreSkipped() {
        // Friday 3 April 2026 before 15:00 -> Monday 6 April is Easter Monday -> Tuesday 7 April
        assertEquals(LocalDate.of(2026, 4, 7), standard.expectedOn(LocalDateTime.of(2026, 4, 3, 10, 0)));
        // Friday after the cut-off: counts from Tuesday 7 April, ready Wednesday 8 April
        assertEquals(LocalDate.of(2026, 4, 8), standard.expectedOn(LocalDateTime.of(2026, 4, 3, 16, 0)));
        // Saturday morning: counts from Monday 9 March, ready Tuesday 10 March
        assertEquals(LocalDate.of(2026, 3, 10), standard.expectedOn(LocalDateTime.of(2026, 3, 7, 9, 0)));
    }

    @Test
    void theCutOffIsConfigurable() {
        UrgentProcedure early = new UrgentProcedure(LocalTime.of(12, 0), WorkingDayCalendar.belgian());
        assertEquals(LocalDate.of(2026, 3, 4), early.expectedOn(LocalDateTime.of(2026, 3, 3, 11, 59)));
        assertEquals(LocalDate.of(2026, 3, 5), early.expectedOn(LocalDateTime.of(2026, 3, 3, 12, 0)));
    }

    @Test
    void kidsIdHasAPukOnlyLetterUnderSixAndAPinFromSix() {
        assertEquals(CodeLetter.PUK_ONLY, CodeLetter.of(CardCategory.KIDS_ID, 0));
        assertEquals(CodeLetter.PUK_ONLY, CodeLetter.of(CardCategory.KIDS_ID, 5));
        assertEquals(CodeLetter.PIN_AND_PUK, CodeLetter.of(CardCategory.KIDS_ID, 6));
        assertEquals(CodeLetter.PIN_AND_PUK, CodeLetter.of(CardCategory.KIDS_ID, 11));
        assertEquals(CodeLetter.PIN_AND_PUK, CodeLetter.of(CardCategory.EID, 12));
        assertEquals(CodeLetter.PIN_AND_PUK, CodeLetter.of(CardCategory.FOREIGNER_CARD, 3));
    }
}
