package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.util.List;
import java.util.UUID;

/**
 * Household maintenance without a move (issue 3): change of the reference person, a member's position, and the
 * household's composition history. Commands: WRITE_PERSON, rule checks (all problems at once), the household's
 * version bumped (a concurrent change of the household: 409 {@code concurrent-change}); {@code expectedVersion}
 * (If-Match, the composition's ETag) optional, stale: 412; {@code idempotencyKey} as for the register procedures.
 * Each command answers the composition as of the change date.
 */
public interface HouseholdMaintenance {

    HouseholdComposition changeReferencePerson(UUID householdId, ReferencePersonChange change, Long expectedVersion,
                                               AccessContext context, String idempotencyKey);

    HouseholdComposition changePosition(UUID householdId, UUID personId, PositionChange change, Long expectedVersion,
                                        AccessContext context, String idempotencyKey);

    /** Every membership period of the household, oldest first. */
    List<HouseholdHistoryEntry> history(UUID householdId, AccessContext context);
}
