package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.StatisticsDimension;
import be.burgerzaken.population.api.StatisticsTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a statistics table from the query's counts (pure Java): every expected value of each dimension in its
 * order (also with zero residents), values the data has beyond them appended, row and column totals, and small cells
 * suppressed. Suppression (primary only) applies to every count shown, totals included: a count from 1 up to the
 * threshold minus one is not shown. Zero is shown.
 */
public final class StatisticsTables {
    private StatisticsTables() {
    }

    /** One count of the query: row value, column value ("" without a column dimension), number of residents. */
    public record Count(String row, String column, long count) {
    }

    /**
     * @param rowValues    the row dimension's values in order (the empty value of a dimension is written UNKNOWN)
     * @param columnValues the column dimension's values, ignored without a column dimension
     */
    public static StatisticsTable build(LocalDate date, StatisticsDimension rows, StatisticsDimension columns,
                                        List<String> rowValues, List<String> columnValues, List<Count> counts,
                                        int threshold, List<String> ageBands) {
        Set<String> rowKeys = new LinkedHashSet<>(rowValues);
        Set<String> columnKeys = new LinkedHashSet<>(columns == null ? List.of() : columnValues);
        Map<String, Long> cells = new HashMap<>();
        for (Count c : counts) {
            String r = key(c.row());
            String k = columns == null ? "" : key(c.column());
            rowKeys.add(r);
            if (columns != null) {
                columnKeys.add(k);
            }
            cells.merge(r + "\u0000" + k, c.count(), Long::sum);
        }
        List<String> columnList = new ArrayList<>(columnKeys);
        long[] columnTotals = new long[columnList.size()];
        long total = 0;
        List<StatisticsTable.Row> tableRows = new ArrayList<>();
        for (String r : rowKeys) {
            long rowTotal = 0;
            List<StatisticsTable.Cell> rowCells = new ArrayList<>();
            if (columns == null) {
                rowTotal = cells.getOrDefault(r + "\u0000", 0L);
            } else {
                for (int i = 0; i < columnList.size(); i++) {
                    long n = cells.getOrDefault(r + "\u0000" + columnList.get(i), 0L);
                    rowCells.add(cell(n, threshold));
                    columnTotals[i] += n;
                    rowTotal += n;
                }
            }
            total += rowTotal;
            tableRows.add(new StatisticsTable.Row(r, rowCells, cell(rowTotal, threshold)));
        }
        List<StatisticsTable.Cell> totals = new ArrayList<>();
        for (long n : columnTotals) {
            totals.add(cell(n, threshold));
        }
        return new StatisticsTable(date, rows, columns, columnList, tableRows, totals, cell(total, threshold),
                threshold, ageBands);
    }

    /** A count, suppressed when 0 < count < threshold. */
    public static StatisticsTable.Cell cell(long count, int threshold) {
        boolean suppressed = count > 0 && count < threshold;
        return new StatisticsTable.Cell(suppressed ? null : count, suppressed);
    }

    private static String key(String value) {
        return value == null || value.isBlank() ? "UNKNOWN" : value;
    }
}
