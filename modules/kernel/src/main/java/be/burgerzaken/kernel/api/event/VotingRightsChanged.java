package be.burgerzaken.kernel.api.event;

import java.util.UUID;

/**
 * A voting-rights suspension of the person was published, replaced or withdrawn (see
 * {@link be.burgerzaken.kernel.api.person.VotingRights}). Synchronous CDI event inside the transaction that made the
 * change, so e.g. elections can record a voter-list mutation that commits or rolls back with it.
 */
public record VotingRightsChanged(UUID personId, String sourceRef) {
}
