package be.burgerzaken.criminalrecords.api;

import java.math.BigDecimal;

/**
 * One penalty or measure of a conviction.
 *
 * @param type      the kind
 * @param months    prison, probation, forfeiture or disqualification months (null: none; a disqualification without
 *                  months is for life)
 * @param days      prison days on top of the months
 * @param hours     work-penalty hours
 * @param amount    fine in euro
 * @param suspended with suspension of execution (uitstel / sursis), in full
 * @param subject   what a disqualification takes away
 */
public record Penalty(PenaltyType type, Integer months, Integer days, Integer hours, BigDecimal amount,
                      boolean suspended, DisqualificationSubject subject) {

    /** Prison length in days, a month counting 30 days (the legal thresholds are in months and days). */
    public int prisonDays() {
        return (months == null ? 0 : months * 30) + (days == null ? 0 : days);
    }

    public static Penalty prisonMonths(int months) {
        return new Penalty(PenaltyType.PRISON, months, null, null, null, false, null);
    }

    public static Penalty prisonDays(int days) {
        return new Penalty(PenaltyType.PRISON, null, days, null, null, false, null);
    }

    public static Penalty fine(String euro) {
        return new Penalty(PenaltyType.FINE, null, null, null, new BigDecimal(euro), false, null);
    }

    public static Penalty workPenalty(int hours) {
        return new Penalty(PenaltyType.WORK_PENALTY, null, null, hours, null, false, null);
    }

    public static Penalty of(PenaltyType type) {
        return new Penalty(type, null, null, null, null, false, null);
    }

    public static Penalty disqualification(DisqualificationSubject subject, Integer months) {
        return new Penalty(PenaltyType.DISQUALIFICATION, months, null, null, null, false, subject);
    }
}
