package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;

/**
 * The population officer's work lists of the register procedures (capability WRITE_PERSON, a purpose; every list
 * is protocol-logged with the persons it names): households left without a reference person, ex-officio removals
 * by stage (the college's agenda), temporary absences past their planned end. Each list is computed from the
 * registers (nothing is queued), so it empties itself when the officer acts.
 */
public interface RegisterWorkLists {
    int MAX_PAGE_SIZE = 200;

    /** Households with current members and no current reference person, oldest first. */
    Page<HouseholdWithoutReference> householdsWithoutReferencePerson(int page, int size, AccessContext context);

    /** Removal procedures in the stage (null: the open ones, both stages), oldest proposal first. */
    Page<RemovalWorkItem> removalProposals(RemovalStage stage, int page, int size, AccessContext context);

    /** Open temporary absences whose planned end is before today, oldest planned end first. */
    Page<OverdueAbsence> overdueAbsences(int page, int size, AccessContext context);

    /** Current reference addresses at a private host who no longer has their main residence there, oldest first. */
    Page<HostGoneReferenceAddress> hostGoneReferenceAddresses(int page, int size, AccessContext context);
}
