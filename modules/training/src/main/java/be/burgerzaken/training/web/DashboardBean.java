package be.burgerzaken.training.web;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.training.api.Dashboard;
import be.burgerzaken.training.api.DashboardRow;
import be.burgerzaken.training.api.NotificationView;
import be.burgerzaken.training.api.Training;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The compliance dashboard: per team and role, per person (sessions and hours in the year), a chart and the CSV. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Training training;
    private int year = Year.now().getValue();
    private transient Dashboard dashboard;
    private transient List<NotificationView> notifications;

    public String show() {
        try {
            dashboard = training.dashboard(year, AccessContext.ui(null));
        } catch (DomainException e) {
            TrainingFaces.show(e, Map.of("year", "dash:year"));
        }
        return null;
    }

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = training.dashboard(year, AccessContext.ui(null));
        }
        return dashboard;
    }

    public List<NotificationView> getNotifications() {
        if (notifications == null) {
            notifications = training.notifications(AccessContext.ui(null));
        }
        return notifications;
    }

    /** Chart.js stacked bar model: per team, compliant / expiring soon / blocked staff (roles counted per person). */
    public String getChartModel() {
        Dashboard d = getDashboard();
        Map<String, int[]> perTeam = new java.util.TreeMap<>();
        d.staff().forEach(s -> perTeam.computeIfAbsent(s.team(), k -> new int[3])[s.status().ordinal()]++);
        String labels = perTeam.keySet().stream().map(DashboardBean::json).collect(Collectors.joining(","));
        String[] names = {TrainingFaces.text("status.COMPLIANT"), TrainingFaces.text("status.EXPIRING_SOON"),
                TrainingFaces.text("status.BLOCKED")};
        String[] colours = {"#1b7f3b", "#b36b00", "#b00020"};
        StringBuilder sets = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            int c = i;
            if (i > 0) {
                sets.append(',');
            }
            sets.append("{\"label\":").append(json(names[i])).append(",\"backgroundColor\":\"").append(colours[i])
                    .append("\",\"data\":[").append(perTeam.values().stream().map(v -> Integer.toString(v[c]))
                            .collect(Collectors.joining(","))).append("]}");
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[" + sets + "]},"
                + "\"options\":{\"responsive\":true,\"animation\":false,\"scales\":{\"x\":{\"stacked\":true},"
                + "\"y\":{\"stacked\":true,\"beginAtZero\":true}}}}";
    }

    public String getCsvUrl() {
        return "dashboard-csv.xhtml?year=" + year;
    }

    public List<DashboardRow> getRows() {
        return getDashboard().rows();
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public int getYear() { return year; }
    public void setYear(int v) { year = v; }
}
