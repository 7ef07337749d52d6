package be.burgerzaken.frontoffice.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    static OpeningHoursRow row(int weekday, String opens, String closes, LocalDate from, LocalDate to) {
        OpeningHoursRow r = new OpeningHoursRow();
        r.id = UUID.randomUUID();
        r.counterCode = "C";
        r.weekday = weekday;
        r.opens = LocalTime.parse(opens);
        r.closes = LocalTime.parse(closes);
        r.validFrom = from;
        r.validTo = to;
        return r;
    }

    final List<OpeningHoursRow> week = List.of(row(1, "08:30", "12:30", LocalDate.of(2020, 1, 1), null),
            row(1, "13:30", "16:00", LocalDate.of(2020, 1, 1), null),
            row(2, "08:30", "12:30", LocalDate.of(2020, 1, 1), MONDAY.plusDays(1)));

    @Test
    void periodsOfTheDayFromTheRowsValidThen() {
        assertEquals(2, Schedule.periods(week, MONDAY).size());
        assertEquals(LocalTime.of(8, 30), Schedule.periods(week, MONDAY).get(0).opens());
        assertEquals(0, Schedule.periods(week, MONDAY.plusDays(1)).size(), "the Tuesday row ended the day before");
        assertEquals(0, Schedule.periods(week, MONDAY.plusDays(5)).size(), "no Saturday hours");
    }

    @Test
    void startsFitInsideOnePeriodOnTheGrid() {
        List<Schedule.Period> periods = Schedule.periods(week, MONDAY);
        List<LocalTime> starts = Schedule.starts(periods, 15, 20);
        assertEquals(LocalTime.of(8, 30), starts.get(0));
        assertTrue(starts.contains(LocalTime.of(12, 0)), "12:00-12:20 fits before 12:30");
        assertTrue(!starts.contains(LocalTime.of(12, 15)), "12:15-12:35 runs past closing");
        assertTrue(starts.contains(LocalTime.of(13, 30)));
        assertEquals(LocalTime.of(15, 30), starts.get(starts.size() - 1));
    }

    @Test
    void refusalNamesTheReason() {
        List<Schedule.Period> periods = Schedule.periods(week, MONDAY);
        assertEquals(Optional.empty(), Schedule.refusal(periods, Optional.empty(), 15, LocalTime.of(9, 0), 20));
        assertTrue(Schedule.refusal(periods, Optional.empty(), 15, LocalTime.of(12, 45), 20).orElseThrow()
                .startsWith("outside the opening hours"));
        assertTrue(Schedule.refusal(periods, Optional.empty(), 15, LocalTime.of(12, 15), 20).orElseThrow()
                .contains("ends after closing"));
        assertTrue(Schedule.refusal(periods, Optional.empty(), 15, LocalTime.of(9, 10), 20).orElseThrow()
                .contains("every 15 minutes"));
        assertTrue(Schedule.refusal(periods, Optional.of("Christmas"), 15, LocalTime.of(9, 0), 20).orElseThrow()
                .contains("closed"));
        assertTrue(Schedule.refusal(List.of(), Optional.empty(), 15, LocalTime.of(9, 0), 20).orElseThrow()
                .contains("not open"));
    }

    @Test
    void holidaysAndClosuresCloseTheCounter() {
        assertTrue(Schedule.closedBecause(LocalDate.of(2026, 12, 25), "C", List.of()).isPresent());
        ClosureRow c = new ClosureRow();
        c.day = MONDAY;
        c.reason = "staff day";
        c.counterCode = null;
        assertEquals(Optional.of("staff day"), Schedule.closedBecause(MONDAY, "C", List.of(c)));
        c.counterCode = "OTHER";
        assertEquals(Optional.empty(), Schedule.closedBecause(MONDAY, "C", List.of(c)));
    }

    @Test
    void anAppointmentOccupiesEveryGridSlotItCovers() {
        assertEquals(List.of("C/2026-11-30/09:00", "C/2026-11-30/09:15"),
                Schedule.slotKeys("C", MONDAY, LocalTime.of(9, 0), 20, 15));
        assertEquals(List.of("C/2026-11-30/09:00"), Schedule.slotKeys("C", MONDAY, LocalTime.of(9, 0), 15, 15));
    }
}
