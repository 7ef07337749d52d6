package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Residents with their main residence in the city on {@code date}, counted by {@code rowDimension} and, when given,
 * {@code columnDimension}: one {@link Row} per value of the row dimension (every value, also when zero), its cells
 * in the order of {@code columns}, the column totals and the grand total. Counts from 1 up to
 * {@code suppressionThreshold} - 1 are suppressed (count null, {@code suppressed} true); 0 = no suppression.
 */
public record StatisticsTable(LocalDate date, StatisticsDimension rowDimension, StatisticsDimension columnDimension,
                              List<String> columns, List<Row> rows, List<Cell> columnTotals, Cell total,
                              int suppressionThreshold, List<String> ageBands) {
    public StatisticsTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        columnTotals = List.copyOf(columnTotals);
        ageBands = List.copyOf(ageBands);
    }

    /** One value of the row dimension: its cells (empty without a column dimension) and its total. */
    public record Row(String key, List<Cell> cells, Cell total) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A count, or null when suppressed as a small cell. */
    public record Cell(Long count, boolean suppressed) {
    }
}
