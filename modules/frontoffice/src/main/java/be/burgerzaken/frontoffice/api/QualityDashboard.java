package be.burgerzaken.frontoffice.api;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.time.YearMonth;
import java.util.List;

/** The front office's quality figures per product and month (aggregates, no personal data). */
public interface QualityDashboard {

    /** Months {@code from}..{@code to} (at most 24), every product or one; by month then product. */
    List<QualityRow> rows(YearMonth from, YearMonth to, String product, AccessContext context);
}
