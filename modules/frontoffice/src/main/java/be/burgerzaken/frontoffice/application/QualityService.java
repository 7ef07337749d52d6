package be.burgerzaken.frontoffice.application;

import be.burgerzaken.frontoffice.api.QualityDashboard;
import be.burgerzaken.frontoffice.api.QualityRow;
import be.burgerzaken.frontoffice.domain.LeadTimes;
import be.burgerzaken.frontoffice.domain.ProductRow;
import be.burgerzaken.frontoffice.persistence.FrontOfficeStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quality figures, computed in the database with GROUP BY over the month range (a handful of queries whatever
 * the number of requests): volumes, channels, closings, first contact and within-target counts, the lead-time
 * histogram (percentiles from it), the backlog at each month end, the average appointment wait.
 */
@ApplicationScoped
@Transactional
public class QualityService implements QualityDashboard {
    static final int MAX_MONTHS = 24;

    @Inject
    FrontOfficeStore store;
    @Inject
    AccessControl access;

    private static final class Acc {
        long received, closed, within, first, counter, eCounter, post, backlog, appointments;
        double waitSum;
        final TreeMap<Integer, Long> leads = new TreeMap<>();
    }

    @Override
    public List<QualityRow> rows(YearMonth from, YearMonth to, String product, AccessContext context) {
        access.require(Capability.READ_SERVICE_QUALITY, context);
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("from", "required", "the first month, yyyy-MM"));
        }
        if (to == null) {
            problems.add(new FieldProblem("to", "required", "the last month, yyyy-MM"));
        }
        if (from != null && to != null && (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to))) {
            problems.add(new FieldProblem("to", "invalid", "from..to is 1 to " + MAX_MONTHS + " months"));
        }
        String code = product == null || product.isBlank() ? null : product.strip().toUpperCase(Locale.ROOT);
        Map<String, ProductRow> products = new HashMap<>();
        store.products().forEach(p -> products.put(p.code, p));
        if (code != null && !products.containsKey(code)) {
            problems.add(new FieldProblem("product", "unknown", "no product '" + product.strip() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate start = from.atDay(1);
        LocalDate end = to.atEndOfMonth();
        Map<String, Acc> acc = new TreeMap<>();
        String productFilter = code == null ? "" : " AND product_code = ?3";

        for (Object[] r : rows("SELECT EXTRACT(YEAR FROM received_on), EXTRACT(MONTH FROM received_on), product_code, "
                + "COUNT(*), SUM(CASE WHEN closed_on IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN closed_on IS NOT NULL AND lead_days <= target_days THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN first_contact THEN 1 ELSE 0 END), SUM(CASE WHEN channel = 'COUNTER' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN channel = 'E_COUNTER' THEN 1 ELSE 0 END), SUM(CASE WHEN channel = 'POST' THEN 1 ELSE 0 END) "
                + "FROM frontoffice.service_request WHERE received_on BETWEEN ?1 AND ?2" + productFilter
                + " GROUP BY EXTRACT(YEAR FROM received_on), EXTRACT(MONTH FROM received_on), product_code", start, end, code)) {
            Acc a = acc.computeIfAbsent(key(r), k -> new Acc());
            a.received = n(r[3]);
            a.closed = n(r[4]);
            a.within = n(r[5]);
            a.first = n(r[6]);
            a.counter = n(r[7]);
            a.eCounter = n(r[8]);
            a.post = n(r[9]);
        }
        for (Object[] r : rows("SELECT EXTRACT(YEAR FROM received_on), EXTRACT(MONTH FROM received_on), product_code, "
                + "lead_days, COUNT(*) FROM frontoffice.service_request WHERE received_on BETWEEN ?1 AND ?2"
                + " AND lead_days IS NOT NULL" + productFilter + " GROUP BY EXTRACT(YEAR FROM received_on), "
                + "EXTRACT(MONTH FROM received_on), product_code, lead_days", start, end, code)) {
            acc.computeIfAbsent(key(r), k -> new Acc()).leads.put((int) n(r[3]), n(r[4]));
        }
        for (Object[] r : rows("SELECT EXTRACT(YEAR FROM booked_on), EXTRACT(MONTH FROM booked_on), product_code, "
                + "COUNT(*), SUM(first_free_days) FROM frontoffice.appointment WHERE booked_on BETWEEN ?1 AND ?2"
                + productFilter + " GROUP BY EXTRACT(YEAR FROM booked_on), EXTRACT(MONTH FROM booked_on), product_code",
                start, end, code)) {
            Acc a = acc.computeIfAbsent(key(r), k -> new Acc());
            a.appointments = n(r[3]);
            a.waitSum = n(r[4]);
        }
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate monthEnd = m.atEndOfMonth();
            for (Object[] r : rows("SELECT product_code, COUNT(*) FROM frontoffice.service_request WHERE received_on <= ?1 "
                    + "AND (closed_on IS NULL OR closed_on > ?2)" + productFilter + " GROUP BY product_code",
                    monthEnd, monthEnd, code)) {
                acc.computeIfAbsent(m + "|" + r[0], k -> new Acc()).backlog = n(r[1]);
            }
        }
        List<QualityRow> out = new ArrayList<>();
        acc.forEach((k, a) -> {
            String[] parts = k.split("\\|");
            ProductRow p = products.get(parts[1]);
            long[] buckets = new long[5];
            a.leads.forEach((days, count) -> buckets[LeadTimes.bucket(days)] += count);
            out.add(new QualityRow(parts[0], parts[1], p == null ? 0 : p.targetDays, a.received, a.closed, a.within,
                    LeadTimes.percentile(a.leads, 50), LeadTimes.percentile(a.leads, 90), buckets[0], buckets[1],
                    buckets[2], buckets[3], buckets[4], a.first, a.counter, a.eCounter, a.post, a.backlog,
                    a.appointments, a.appointments == 0 ? null : a.waitSum / a.appointments));
        });
        return out;
    }

    private static String key(Object[] r) {
        return YearMonth.of((int) n(r[0]), (int) n(r[1])) + "|" + r[2];
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate a, LocalDate b, String product) {
        var q = store.em().createNativeQuery(sql).setParameter(1, a).setParameter(2, b);
        if (product != null) {
            q.setParameter(3, product);
        }
        return q.getResultList();
    }
}
