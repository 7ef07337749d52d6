package be.burgerzaken.kernel.api.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Voting-rights suspensions (schorsing van het kiesrecht / suspension des droits électoraux): published by the
 * criminal-records module (from convictions), read by elections for the voter list of a date. The kernel keeps them
 * so neither module depends on the other. Every change fires {@link be.burgerzaken.kernel.api.event.VotingRightsChanged}
 * synchronously inside the caller's transaction.
 * <p>
 * No access check of its own: the calling module checks its capability for the command (importing convictions,
 * generating a voter list) and protocol-logs the persons concerned, in the same transaction.
 */
public interface VotingRights {

    /**
     * Records or replaces the suspension of its source (idempotent: the same suspension again changes nothing and
     * fires no event). Returns true when something changed.
     */
    boolean publish(VotingRightsSuspension suspension);

    /** Marks the suspension of that source as withdrawn (rehabilitation, corrected conviction); true when it changed. */
    boolean withdraw(String sourceRef);

    /** Every suspension in force on that day (not withdrawn, the day within its period), ordered by person. */
    List<VotingRightsSuspension> inForceOn(LocalDate day);

    /** All suspensions of the person, withdrawn ones included, oldest first. */
    List<VotingRightsSuspension> ofPerson(UUID personId);
}
