package be.burgerzaken.frontoffice.domain;

import be.burgerzaken.kernel.api.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Lead time (doorlooptijd / délai de traitement) of a service request in working days of the kernel's
 * {@link WorkingDayCalendar}: 0 when closed on the day it was received, otherwise the working days after the day of
 * receipt up to and including the closing day. The due day is the target counted the same way.
 */
public final class LeadTimes {
    private LeadTimes() {
    }

    public static int leadDays(WorkingDayCalendar calendar, LocalDate receivedOn, LocalDate closedOn) {
        return Math.max(0, calendar.workingDaysBetween(receivedOn, closedOn));
    }

    public static LocalDate due(WorkingDayCalendar calendar, LocalDate receivedOn, int targetDays) {
        return targetDays == 0 ? receivedOn : calendar.addWorkingDays(receivedOn, targetDays);
    }

    /** The bucket of a lead time: 0, 1, 2 (2-5), 3 (6-10), 4 (over 10). */
    public static int bucket(int leadDays) {
        return leadDays <= 0 ? 0 : leadDays == 1 ? 1 : leadDays <= 5 ? 2 : leadDays <= 10 ? 3 : 4;
    }

    /** The p-th percentile (0-100, nearest rank) of a histogram lead time -> count; null when empty. */
    public static Integer percentile(java.util.SortedMap<Integer, Long> histogram, int p) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * total));
        long seen = 0;
        for (var e : histogram.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        return histogram.lastKey();
    }

    /** The p-th percentile (0-100, nearest rank) of sorted lead times; null when empty. */
    public static Integer percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
