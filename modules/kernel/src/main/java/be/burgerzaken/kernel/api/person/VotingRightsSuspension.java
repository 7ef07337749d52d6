package be.burgerzaken.kernel.api.person;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A suspension of a person's voting rights (schorsing van het kiesrecht / suspension des droits électoraux), as the
 * criminal-records module derives it from a conviction.
 *
 * @param sourceRef  what suspends (e.g. {@code criminal-records:conviction:<id>}); one suspension per source
 * @param from       the first day without voting rights
 * @param until      the last day without voting rights, {@code null} when no end is known
 * @param legalBasis the decision and the legal provision, as printed on a refusal
 * @param withdrawn  the source no longer suspends (rehabilitation, corrected conviction); kept for the history
 */
public record VotingRightsSuspension(String sourceRef, UUID personId, LocalDate from, LocalDate until,
                                     String legalBasis, boolean withdrawn) {

    public VotingRightsSuspension {
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a suspension cannot end before it starts");
        }
    }

    /** True when the person has no voting rights on that day because of this suspension. */
    public boolean inForceOn(LocalDate day) {
        return !withdrawn && !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
