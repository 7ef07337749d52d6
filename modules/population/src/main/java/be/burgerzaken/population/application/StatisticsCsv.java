package be.burgerzaken.population.application;

import be.burgerzaken.population.api.StatisticsTable;

import java.util.List;

/**
 * A statistics table as CSV (UTF-8, {@code ;}-separated, one header line): the row dimension's name, then one
 * column per value of the column dimension and {@code TOTAL} (or {@code COUNT} without a column dimension); one line
 * per row value and a last {@code TOTAL} line. A suppressed small cell is written {@code <N} (N the threshold).
 */
public final class StatisticsCsv {
    private StatisticsCsv() {
    }

    public static String write(StatisticsTable t) {
        StringBuilder b = new StringBuilder();
        b.append(field(t.rowDimension().name()));
        if (t.columnDimension() == null) {
            b.append(";COUNT\n");
        } else {
            t.columns().forEach(c -> b.append(';').append(field(c)));
            b.append(";TOTAL\n");
        }
        for (StatisticsTable.Row r : t.rows()) {
            b.append(field(r.key()));
            cells(b, r.cells(), t.suppressionThreshold());
            b.append(';').append(cell(r.total(), t.suppressionThreshold())).append('\n');
        }
        b.append("TOTAL");
        cells(b, t.columnTotals(), t.suppressionThreshold());
        b.append(';').append(cell(t.total(), t.suppressionThreshold())).append('\n');
        return b.toString();
    }

    /** A file name for the download: {@code population-2026-05-01-AGE_BAND-SEX.csv}. */
    public static String fileName(StatisticsTable t) {
        return "population-" + t.date() + "-" + t.rowDimension() + (t.columnDimension() == null ? ""
                : "-" + t.columnDimension()) + ".csv";
    }

    private static void cells(StringBuilder b, List<StatisticsTable.Cell> cells, int threshold) {
        cells.forEach(c -> b.append(';').append(cell(c, threshold)));
    }

    private static String cell(StatisticsTable.Cell c, int threshold) {
        return c.suppressed() ? "<" + threshold : Long.toString(c.count());
    }

    /** Quotes a value holding the separator, a quote or a line break; neutralises a leading formula character. */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
