package be.burgerzaken.frontoffice.rest;

import be.burgerzaken.frontoffice.api.QualityRow;

import java.util.List;
import java.util.Locale;

/** The quality rows as CSV. */
public final class Csv {
    static final String HEADER = "month,product,targetDays,received,closed,withinTarget,withinTargetShare,leadMedian,"
            + "leadP90,lead0,lead1,lead2to5,lead6to10,leadOver10,firstContact,firstContactShare,counter,eCounter,post,"
            + "backlog,appointments,appointmentWaitDays";

    private Csv() {
    }

    public static String of(List<QualityRow> rows) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (QualityRow r : rows) {
            b.append(r.month()).append(',').append(r.product()).append(',').append(r.targetDays()).append(',')
                    .append(r.received()).append(',').append(r.closed()).append(',').append(r.withinTarget()).append(',')
                    .append(share(r.withinTargetShare())).append(',').append(n(r.leadMedian())).append(',')
                    .append(n(r.leadP90())).append(',').append(r.lead0()).append(',').append(r.lead1()).append(',')
                    .append(r.lead2to5()).append(',').append(r.lead6to10()).append(',').append(r.leadOver10()).append(',')
                    .append(r.firstContact()).append(',').append(share(r.firstContactShare())).append(',')
                    .append(r.counter()).append(',').append(r.eCounter()).append(',').append(r.post()).append(',')
                    .append(r.backlog()).append(',').append(r.appointments()).append(',')
                    .append(r.appointmentWait() == null ? "" : String.format(Locale.ROOT, "%.1f", r.appointmentWait()))
                    .append('\n');
        }
        return b.toString();
    }

    private static String share(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static String n(Integer i) {
        return i == null ? "" : i.toString();
    }
}
