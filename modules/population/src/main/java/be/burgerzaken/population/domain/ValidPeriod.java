package be.burgerzaken.population.domain;

import java.time.LocalDate;

/**
 * The valid-time rule of every population period (residence, register, household membership): half-open
 * {@code [from, to)}; {@code to} null means open. A period ended by a death closes on the day after the death, so
 * the person counts as living at the address on the day they died.
 */
public final class ValidPeriod {
    private ValidPeriod() {
    }

    /** True when the period covers the day. */
    public static boolean covers(LocalDate from, LocalDate to, LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }

    /** True when the two periods share at least one day. */
    public static boolean overlaps(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
        return (to2 == null || from1.isBefore(to2)) && (to1 == null || from2.isBefore(to1));
    }

    /** The end to record when a period is closed by a death on {@code deathDay}: the day after, never before the start. */
    public static LocalDate endAfterDeath(LocalDate from, LocalDate deathDay) {
        LocalDate end = deathDay.plusDays(1);
        return end.isBefore(from) ? from : end;
    }
}
