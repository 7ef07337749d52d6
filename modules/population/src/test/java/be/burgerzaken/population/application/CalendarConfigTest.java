package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;
import be.burgerzaken.population.domain.AddressChangeDeadlines;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The configured working-day calendar (bz.calendar.*) and the deadlines computed with it. */
class CalendarConfigTest {

    @Test
    void nothingConfiguredIsTheBelgianCalendar() {
        assertEquals(WorkingDayCalendar.belgian(), CalendarConfig.parse(null, " ", ""));
    }

    @Test
    void anExtraAnnualHolidayMovesTheDeclarationDeadline() {
        // 11 July 2025 is a Friday: a working day in the federal calendar, a day off in the configured one
        WorkingDayCalendar calendar = CalendarConfig.parse(null, "07-11=Feest van de Vlaamse Gemeenschap, 11-15", null);
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 7, 11)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 11, 15)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 7, 10)));
        // moved Thursday 3 July 2025: 8 working days = Fri 4, Mon 7 .. Fri 11, Mon 14, Tue 15 (federal); with
        // 11 July off the eighth is Wed 16
        AddressChangeDeadlines federal = AddressChangeDeadlines.standard(List.of(), WorkingDayCalendar.belgian());
        AddressChangeDeadlines configured = AddressChangeDeadlines.standard(List.of(), calendar);
        LocalDate move = LocalDate.of(2025, 7, 3);
        assertEquals(LocalDate.of(2025, 7, 15), federal.declarationDeadline(move));
        assertEquals(LocalDate.of(2025, 7, 16), configured.declarationDeadline(move));
    }

    @Test
    void restDaysAndExtraDates() {
        WorkingDayCalendar calendar = CalendarConfig.parse("sunday", null, "2026-06-10, 2026-06-11");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 6, 6)), "a Saturday counts when only Sunday is a rest day");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 6, 7)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 6, 10)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 6, 11)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 6, 12)));
    }

    @Test
    void aBadValueNamesTheKeyAndTheValue() {
        IllegalStateException day = assertThrows(IllegalStateException.class,
                () -> CalendarConfig.parse("SUNDAY,FUNDAY", null, null));
        assertTrue(day.getMessage().startsWith("bz.calendar.rest-days: 'FUNDAY'"), day.getMessage());
        IllegalStateException annual = assertThrows(IllegalStateException.class,
                () -> CalendarConfig.parse(null, "11-07x", null));
        assertTrue(annual.getMessage().startsWith("bz.calendar.extra-annual-holidays: '11-07x'"), annual.getMessage());
        IllegalStateException month = assertThrows(IllegalStateException.class,
                () -> CalendarConfig.parse(null, "13-01", null));
        assertTrue(month.getMessage().contains("'13-01'"), month.getMessage());
        IllegalStateException date = assertThrows(IllegalStateException.class,
                () -> CalendarConfig.parse(null, null, "2026-02-30"));
        assertTrue(date.getMessage().startsWith("bz.calendar.extra-dates: '2026-02-30'"), date.getMessage());
        IllegalStateException all = assertThrows(IllegalStateException.class, () -> CalendarConfig.parse(
                "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY", null, null));
        assertTrue(all.getMessage().startsWith("bz.calendar.rest-days"), all.getMessage());
    }
}
