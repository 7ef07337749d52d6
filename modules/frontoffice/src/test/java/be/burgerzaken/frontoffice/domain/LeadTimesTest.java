package be.burgerzaken.frontoffice.domain;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LeadTimesTest {
    static final WorkingDayCalendar CAL = WorkingDayCalendar.belgian();
    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 18);

    @Test
    void sameDayIsZeroAndWeekendsAndHolidaysDoNotCount() {
        assertEquals(0, LeadTimes.leadDays(CAL, FRIDAY, FRIDAY));
        assertEquals(1, LeadTimes.leadDays(CAL, FRIDAY, FRIDAY.plusDays(3)), "Friday to Monday: one working day");
        // Christmas (Friday 25th) is a legal holiday: Thursday 24th to Monday 28th is one working day
        assertEquals(1, LeadTimes.leadDays(CAL, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28)));
    }

    @Test
    void dueDayCountsTheTargetInWorkingDays() {
        assertEquals(FRIDAY, LeadTimes.due(CAL, FRIDAY, 0));
        assertEquals(LocalDate.of(2026, 12, 21), LeadTimes.due(CAL, FRIDAY, 1));
        assertEquals(LocalDate.of(2026, 12, 28), LeadTimes.due(CAL, FRIDAY, 5), "over the weekend and Christmas");
    }

    @Test
    void bucketsAtTheirBoundaries() {
        assertEquals(List.of(0, 1, 2, 2, 3, 3, 4), List.of(LeadTimes.bucket(0), LeadTimes.bucket(1), LeadTimes.bucket(2),
                LeadTimes.bucket(5), LeadTimes.bucket(6), LeadTimes.bucket(10), LeadTimes.bucket(11)));
    }

    @Test
    void percentilesFromAHistogram() {
        TreeMap<Integer, Long> h = new TreeMap<>();
        assertNull(LeadTimes.percentile(h, 50));
        h.put(0, 5L);
        h.put(3, 4L);
        h.put(20, 1L);
        assertEquals(0, LeadTimes.percentile(h, 50));
        assertEquals(3, LeadTimes.percentile(h, 60));
        assertEquals(3, LeadTimes.percentile(h, 90));
        assertEquals(20, LeadTimes.percentile(h, 91));
        assertEquals(LeadTimes.percentile(List.of(0, 0, 0, 0, 0, 3, 3, 3, 3, 20), 90), LeadTimes.percentile(h, 90));
    }
}
