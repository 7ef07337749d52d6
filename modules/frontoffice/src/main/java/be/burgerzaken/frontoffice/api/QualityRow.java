package be.burgerzaken.frontoffice.api;

/**
 * The quality figures of one product in one month ({@code yyyy-MM}): requests received, closed, fulfilled within
 * the target, lead times in working days (median, 90th percentile, buckets 0 / 1 / 2-5 / 6-10 / over 10), the share
 * handled at the first contact, the channel mix, the backlog (open at month end), and the average appointment wait
 * (working days to the first free slot at booking).
 */
public record QualityRow(String month, String product, int targetDays, long received, long closed,
                         long withinTarget, Integer leadMedian, Integer leadP90, long lead0, long lead1,
                         long lead2to5, long lead6to10, long leadOver10, long firstContact, long counter,
                         long eCounter, long post, long backlog, long appointments, Double appointmentWait) {

    /** Share (0-1) of the closed requests within the target; null when none closed. */
    public Double withinTargetShare() {
        return closed == 0 ? null : (double) withinTarget / closed;
    }

    /** Share (0-1) of the closed requests handled at the first contact. */
    public Double firstContactShare() {
        return closed == 0 ? null : (double) firstContact / closed;
    }
}
