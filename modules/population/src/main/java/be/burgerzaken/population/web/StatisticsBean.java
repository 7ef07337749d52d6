package be.burgerzaken.population.web;

import be.burgerzaken.kernel.api.web.FacesProblems;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.population.api.PopulationStatistics;
import be.burgerzaken.population.api.StatisticsDimension;
import be.burgerzaken.population.api.StatisticsTable;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The statistics screen (bevolkingsstatistiek / statistiques de population): a date, a row dimension and optionally
 * a column dimension; the table, a bar chart (PrimeFaces {@code p:chart} with a Chart.js model) and a CSV download
 * ({@link StatisticsCsvBean}). Translates only: the facade counts and logs.
 */
@Named
@ViewScoped
public class StatisticsBean extends StatisticsForm {
    private static final Map<String, String> FIELDS = Map.of("date", "statsForm:date", "rows", "statsForm:rows",
            "columns", "statsForm:columns", "ageBands", "statsForm:ageBands");
    /** Colours for the chart's data sets, contrast at least 3:1 on white. */
    private static final List<String> COLOURS = List.of("#0b4f8a", "#a4161a", "#1d6b35", "#7a4a00", "#5b2a86",
            "#00676b", "#8a3b00", "#3d3d3d");

    @Inject
    PopulationStatistics statistics;

    private StatisticsTable table;

    public StatisticsBean() {
        super(StatisticsDimension.AGE_BAND.name(), "");
    }

    public void show() {
        try {
            table = statistics.table(query(), AccessContext.ui(null));
        } catch (DomainException e) {
            table = null;
            FacesProblems.show(e, FIELDS);
        }
    }

    /** A value of a dimension in the user's language (register, sex and nationality names; others as they are). */
    public String label(StatisticsDimension dimension, String key) {
        if (dimension == null) {
            return key;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "pm");
        String k = "stat.value." + dimension.name() + "." + key;
        return bundle.containsKey(k) ? bundle.getString(k) : bundle.containsKey("stat.value." + key)
                ? bundle.getString("stat.value." + key) : key;
    }

    /** The Chart.js model of the table as a bar chart: one data set per column value, or the totals. */
    public String getChartModel() {
        if (table == null) {
            return null;
        }
        StringBuilder b = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
        List<String> labels = new ArrayList<>();
        table.rows().forEach(r -> labels.add(json(label(table.rowDimension(), r.key()))));
        b.append(String.join(",", labels)).append("],\"datasets\":[");
        List<String> sets = new ArrayList<>();
        if (table.columnDimension() == null) {
            sets.add(dataset(label(null, text("stat.count")), table.rows().stream().map(StatisticsTable.Row::total).toList(), 0));
        } else {
            for (int i = 0; i < table.columns().size(); i++) {
                int c = i;
                sets.add(dataset(label(table.columnDimension(), table.columns().get(i)),
                        table.rows().stream().map(r -> r.cells().get(c)).toList(), i));
            }
        }
        b.append(String.join(",", sets)).append("]},\"options\":{\"responsive\":true,\"animation\":false,")
                .append("\"plugins\":{\"legend\":{\"display\":").append(table.columnDimension() != null)
                .append("},\"title\":{\"display\":true,\"text\":").append(json(text("stat.chart") + " " + table.date()))
                .append("}},\"scales\":{\"y\":{\"beginAtZero\":true}}}}");
        return b.toString();
    }

    private static String dataset(String label, List<StatisticsTable.Cell> cells, int index) {
        return "{\"label\":" + json(label) + ",\"backgroundColor\":\"" + COLOURS.get(index % COLOURS.size())
                + "\",\"data\":[" + String.join(",", cells.stream().map(c -> c.suppressed() ? "null"
                : Long.toString(c.count())).toList()) + "]}";
    }

    /** The CSV download of the same table (GET, the session's user). */
    public String getCsvUrl() {
        if (table == null) {
            return null;
        }
        return "statistics-csv.xhtml?date=" + table.date() + "&rows=" + table.rowDimension()
                + (table.columnDimension() == null ? "" : "&columns=" + table.columnDimension())
                + (getAgeBands() == null || getAgeBands().isBlank() ? "" : "&ageBands="
                + URLEncoder.encode(getAgeBands().strip(), StandardCharsets.UTF_8));
    }

    public List<String> getDimensions() {
        return List.of(StatisticsDimension.values()).stream().map(Enum::name).toList();
    }

    public String getToday() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).toString();
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "pm");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public StatisticsTable getTable() {
        return table;
    }
}
