package be.burgerzaken.frontoffice.web;

import be.burgerzaken.frontoffice.api.Product;
import be.burgerzaken.frontoffice.api.QualityDashboard;
import be.burgerzaken.frontoffice.api.QualityRow;
import be.burgerzaken.frontoffice.api.ServiceCatalogue;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.web.FacesProblems;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality dashboard, {@code /frontoffice/dashboard.xhtml}: per product and month the volumes, lead times against
 * the target, first contact, channels, backlog and appointment wait; a bar chart of the lead time per product against
 * its target; the same figures as CSV and JSON over REST.
 */
@Named("foDashboard")
@ViewScoped
public class DashboardBean implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("from", "dashboardForm:from", "to", "dashboardForm:to",
            "product", "dashboardForm:product");
    private static final List<String> COLOURS = List.of("#1f5f99", "#b35900", "#2e7d32");

    private String from = YearMonth.now(ZoneId.of("Europe/Brussels")).minusMonths(3).toString();
    private String to = YearMonth.now(ZoneId.of("Europe/Brussels")).toString();
    private String product;
    private List<QualityRow> rows;

    @Inject
    QualityDashboard dashboard;
    @Inject
    ServiceCatalogue catalogue;

    public void load() {
        if (rows == null) {
            show();
        }
    }

    public void show() {
        try {
            rows = dashboard.rows(month(from, "from"), month(to, "to"), product, AccessContext.ui("service quality figures"));
        } catch (DomainException e) {
            rows = null;
            FacesProblems.show(e, FIELDS);
        } catch (DateTimeParseException e) {
            rows = null;
        }
    }

    private static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(FIELDS.get(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, "yyyy-MM", "yyyy-MM"));
            faces.validationFailed();
            throw e;
        }
    }

    public String productName(String code) {
        return catalogue.product(code).name(Texts.language());
    }

    public List<Product> getProducts() {
        return catalogue.products(null);
    }

    public String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    public String waitDays(Double days) {
        return days == null ? "—" : String.format(Locale.ROOT, "%.1f", days);
    }

    /** Chart.js bars per product: the closed-weighted monthly median and 90th percentile, and the target. */
    public String getChartModel() {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        Map<String, double[]> byProduct = new LinkedHashMap<>();
        for (QualityRow r : rows) {
            double[] a = byProduct.computeIfAbsent(r.product(), k -> new double[4]);
            if (r.leadMedian() != null) {
                a[0] += r.leadMedian() * (double) r.closed();
                a[1] += r.leadP90() * (double) r.closed();
                a[2] += r.closed();
            }
            a[3] = r.targetDays();
        }
        List<String> labels = new ArrayList<>();
        List<String> median = new ArrayList<>();
        List<String> p90 = new ArrayList<>();
        List<String> target = new ArrayList<>();
        byProduct.forEach((code, a) -> {
            labels.add(json(productName(code)));
            median.add(a[2] == 0 ? "null" : String.format(Locale.ROOT, "%.1f", a[0] / a[2]));
            p90.add(a[2] == 0 ? "null" : String.format(Locale.ROOT, "%.1f", a[1] / a[2]));
            target.add(String.format(Locale.ROOT, "%.0f", a[3]));
        });
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + String.join(",", labels) + "],\"datasets\":["
                + dataset(Texts.text("dashboard.median"), median, 0) + "," + dataset(Texts.text("dashboard.p90"), p90, 1)
                + "," + dataset(Texts.text("dashboard.target"), target, 2) + "]},\"options\":{\"responsive\":true,"
                + "\"animation\":false,\"indexAxis\":\"y\",\"plugins\":{\"title\":{\"display\":true,\"text\":"
                + json(Texts.text("dashboard.chart")) + "}},\"scales\":{\"x\":{\"beginAtZero\":true}}}}";
    }

    private static String dataset(String label, List<String> values, int i) {
        return "{\"label\":" + json(label) + ",\"backgroundColor\":\"" + COLOURS.get(i) + "\",\"data\":["
                + String.join(",", values) + "]}";
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
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

    public String getQuery() {
        return "from=" + from + "&to=" + to + (product == null || product.isBlank() ? "" : "&product=" + product);
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public List<QualityRow> getRows() { return rows; }
}
