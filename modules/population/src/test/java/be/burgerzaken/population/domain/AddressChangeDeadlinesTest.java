package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;
import be.burgerzaken.population.domain.DeadlineRule.Deadline;
import be.burgerzaken.population.domain.DeadlineRule.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressChangeDeadlinesTest {
    final AddressChangeDeadlines standard = AddressChangeDeadlines.standard(List.of(), WorkingDayCalendar.belgian());

    @Test
    void declarationDeadlineSkipsWeekends() {
        // moved on Monday 2 March 2026: 8 working days = Tue 3 .. Thu 12 March
        assertEquals(LocalDate.of(2026, 3, 12), standard.declarationDeadline(LocalDate.of(2026, 3, 2)));
        // moved on a Saturday: counting starts Monday
        assertEquals(LocalDate.of(2026, 3, 18), standard.declarationDeadline(LocalDate.of(2026, 3, 7)));
    }

    @Test
    void declarationDeadlineSkipsEasterMonday() {
        // Easter 2026 is 5 April; Easter Monday 6 April is a legal holiday
        // moved Thursday 2 April: Fri 3, Tue 7, Wed 8, Thu 9, Fri 10, Mon 13, Tue 14, Wed 15
        assertEquals(LocalDate.of(2026, 4, 15), standard.declarationDeadline(LocalDate.of(2026, 4, 2)));
    }

    @Test
    void lateOnlyAfterTheLastDay() {
        LocalDate move = LocalDate.of(2026, 4, 2);
        assertFalse(standard.late(move, LocalDate.of(2026, 4, 15)), "the last day is in time");
        assertTrue(standard.late(move, LocalDate.of(2026, 4, 16)));
        assertFalse(standard.late(move, move));
    }

    @Test
    void checkInWorkingDaysAndDecisionInCalendarDaysFromTheDeclaration() {
        LocalDate declared = LocalDate.of(2026, 4, 3); // Friday before Easter
        assertEquals(LocalDate.of(2026, 4, 16), standard.checkDue(declared));
        assertEquals(LocalDate.of(2026, 4, 23), standard.decisionDue(declared));
    }

    @Test
    void aLaterDatedRuleAppliesToEventsFromItsStart() {
        var fifteen = new DeadlineRule(Deadline.RESIDENCE_CHECK, 15, Unit.CALENDAR_DAYS, LocalDate.of(2026, 1, 1),
                "test", false);
        var d = AddressChangeDeadlines.standard(List.of(fifteen), WorkingDayCalendar.belgian());
        assertEquals(LocalDate.of(2026, 4, 18), d.checkDue(LocalDate.of(2026, 4, 3)));
        assertEquals(LocalDate.of(2025, 12, 12), d.checkDue(LocalDate.of(2025, 12, 2)), "older events: 8 working days");
        assertEquals(8, d.rule(Deadline.DECLARATION, LocalDate.of(2026, 4, 3)).amount());
    }

    @Test
    void aConfiguredRuleWithTheDefaultStartReplacesTheDefault() {
        var working = new DeadlineRule(Deadline.DECISION, 20, Unit.WORKING_DAYS, AddressChangeDeadlines.DEFAULT_FROM,
                "test", false);
        var d = AddressChangeDeadlines.standard(List.of(working), WorkingDayCalendar.belgian());
        assertEquals(Unit.WORKING_DAYS, d.rule(Deadline.DECISION, LocalDate.of(2026, 4, 3)).unit());
        assertEquals(3, d.rules().size());
    }

    @Test
    void everyDeadlineNeedsARule() {
        assertThrows(IllegalArgumentException.class, () -> new AddressChangeDeadlines(List.of(),
                WorkingDayCalendar.belgian()));
    }
}
