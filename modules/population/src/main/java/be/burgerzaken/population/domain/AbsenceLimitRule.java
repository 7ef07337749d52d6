package be.burgerzaken.population.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One dated rule for temporary absences (tijdelijke afwezigheid / absence temporaire, IT 026): for absences starting
 * on or after {@code validFrom}, at most {@code maxDuration} from the start to the planned end, extendable
 * {@code maxExtensions} times by at most {@code maxExtension} each, with its legal source and whether that source
 * was checked.
 */
public record AbsenceLimitRule(LocalDate validFrom, Period maxDuration, Period maxExtension, int maxExtensions,
                               String source, boolean verified) {

    public AbsenceLimitRule {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(maxDuration, "maxDuration");
        Objects.requireNonNull(maxExtension, "maxExtension");
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("a maximum absence of " + maxDuration);
        }
        if (maxExtension.isNegative()) {
            throw new IllegalArgumentException("a maximum extension of " + maxExtension);
        }
        if (maxExtensions < 0) {
            throw new IllegalArgumentException(maxExtensions + " extensions");
        }
    }

    /** Stable id stored with each absence: which rule limited it. */
    public String id() {
        return "temporary-absence " + validFrom + " (" + source + ")";
    }
}
