package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.util.List;

/** The compliance dashboard on a day, with attendance and hours per person in a year. */
public record Dashboard(LocalDate day, int year, int compliant, int expiringSoon, int blocked, List<DashboardRow> rows, List<StaffLine> staff) {
}
