package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The population registers' residents (inwoners / habitants): first registration (inschrijving / inscription),
 * the resident file, main-residence history, residents of an address, household composition. Every call checks
 * access and writes the protocol log in its own transaction; refusals are
 * {@link be.burgerzaken.kernel.api.problem.DomainException}s with the offending field named.
 */
public interface Residents {

    /**
     * Registers a person for the first time: register entry, main residence and household membership from
     * {@code date}, all or nothing. A new person is registered in the kernel in the same transaction.
     */
    ResidentFile register(FirstRegistration registration, AccessContext context);

    /**
     * As {@link #register(FirstRegistration, AccessContext)}, idempotent under {@code idempotencyKey} (ADR 0007): a
     * retry with the same key and the same registration returns the file of the first one (null key: not
     * idempotent); the same key with another registration is refused.
     */
    ResidentFile register(FirstRegistration registration, AccessContext context, String idempotencyKey);

    // --- population (issue 3, task M) ---
    /**
     * An arrival from another Belgian municipality (origin MUNICIPALITY; domain.md section 3): checked like a first
     * registration, but not registered at once: the person (created in the kernel when new) gets a resident row in
     * status ARRIVING and a change-of-address procedure of kind ARRIVAL (police residence check, decision; on
     * approval registered from the declaration date, the previous municipality notified). {@link #register} refuses
     * origin MUNICIPALITY ({@code origin.kind} {@code arrival-procedure}).
     */
    AddressChangeView declareArrival(FirstRegistration registration, AccessContext context);

    /**
     * As {@link #declareArrival(FirstRegistration, AccessContext)}, idempotent under {@code idempotencyKey} (ADR
     * 0007): a retry with the same key and declaration answers the procedure of the first one (null key: not
     * idempotent); the same key with another declaration is refused (issue 3, task A).
     */
    AddressChangeView declareArrival(FirstRegistration registration, AccessContext context, String idempotencyKey);

    /** The person's file in the registers. */
    ResidentFile file(UUID personId, AccessContext context);

    /** Every main-residence period of the person, oldest first. */
    List<ResidencePeriod> addressHistory(UUID personId, AccessContext context);

    /**
     * Who had their main residence at the address on {@code date} (default today), with the period they lived
     * there. An address nobody ever lived at gives an empty list.
     */
    List<Occupant> residentsAt(AddressInput address, LocalDate date, AccessContext context);

    /** The household the person belonged to on {@code date} (default today), with its members on that date. */
    HouseholdComposition household(UUID personId, LocalDate date, AccessContext context);
}
