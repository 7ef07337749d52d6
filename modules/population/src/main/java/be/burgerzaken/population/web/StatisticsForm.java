package be.burgerzaken.population.web;

import be.burgerzaken.population.api.StatisticsQuery;
import be.burgerzaken.population.application.ResidentService;

import java.io.Serializable;

/**
 * The statistics query as the screen and its CSV download take it (date, row and column dimension, age bands as
 * typed): one form, so that the download asks exactly what the screen showed.
 */
public abstract class StatisticsForm implements Serializable {
    private String date;
    private String rows;
    private String columns;
    private String ageBands;

    protected StatisticsForm(String rows, String columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /** The query of the typed values; the facade checks them (a bad date is a problem on "date"). */
    protected StatisticsQuery query() {
        return new StatisticsQuery(ResidentService.date(date, "date"), rows, blankToNull(columns),
                blankToNull(ageBands), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getRows() {
        return rows;
    }

    public void setRows(String rows) {
        this.rows = rows;
    }

    public String getColumns() {
        return columns;
    }

    public void setColumns(String columns) {
        this.columns = columns;
    }

    public String getAgeBands() {
        return ageBands;
    }

    public void setAgeBands(String ageBands) {
        this.ageBands = ageBands;
    }
}
