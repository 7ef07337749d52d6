package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The change-of-address procedure (adreswijziging / changement d'adresse): declaration, police residence check
 * (woonstvaststelling), decision, and the work queue. One transaction per command, access checked and
 * protocol-logged (MAIN_RESIDENCE 020, HOUSEHOLD 140) in it; problems name the offending field.
 */
public interface AddressChanges {

    /** Takes a declaration (status DECLARED); a person with an open procedure is refused with 409. */
    AddressChangeView declare(AddressChangeDeclaration declaration, AccessContext context);

    /**
     * As {@link #declare(AddressChangeDeclaration, AccessContext)}, idempotent under {@code idempotencyKey}
     * (ADR 0007): a retry with the same key and the same declaration returns the procedure the first one started
     * (null key: not idempotent); the same key with another declaration is refused (422
     * {@code idempotency-key-reused}).
     */
    AddressChangeView declare(AddressChangeDeclaration declaration, AccessContext context, String idempotencyKey);

    /**
     * The declaration deadline of a move declared on {@code declaredOn} (null = today) and whether that is late;
     * no personal data, for the declaration screen.
     */
    DeclarationDeadline declarationDeadline(LocalDate moveDate, LocalDate declaredOn);

    AddressChangeView get(UUID id, AccessContext context);

    /** Open procedures (or those of {@code status}), earliest due date first, overdue flagged. */
    Page<AddressChangeView> queue(AddressChangeStatus status, int page, int size, AccessContext context);

    /** Declarations waiting for the police residence check, oldest due first. */
    Page<AddressChangeView> pendingChecks(int page, int size, AccessContext context);

    /** Records the residence check; {@code version} null = not checked (the status still is). */
    AddressChangeView recordCheck(UUID id, ResidenceCheck check, Long version, AccessContext context);

    /**
     * Approves (residence and household from the declaration date; a new reference person of the household left
     * behind takes that position from the same date) or refuses, based on {@code version}.
     */
    AddressChangeView decide(UUID id, AddressChangeDecision decision, long version, AccessContext context);

    // --- population (issue 3, task E): correcting a police residence check posted by mistake ---
    /**
     * A new check outcome superseding the current one while the procedure is undecided (status CHECKED; otherwise
     * 409): the population officer at any time before the decision, the police client only for its own check and
     * within the configured window after posting it. {@code version} is the procedure's (If-Match, required).
     */
    AddressChangeView correctCheck(UUID id, ResidenceCheckCorrection correction, long version, AccessContext context);

    /** The procedure's residence checks, oldest first, corrected ones kept (who, when, why). */
    java.util.List<ResidenceCheckEntryView> checkHistory(UUID id, AccessContext context);
    // --- end task E ---

    // --- issue 3 (task U) ---

    /**
     * The change-of-address procedures the person moves in (open and past), newest declaration first; {@code status}
     * null: every status. Needs READ_PERSON and a purpose; logged (SEARCH) with the persons of the page.
     */
    Page<AddressChangeView> ofPerson(UUID personId, AddressChangeStatus status, int page, int size,
                                     AccessContext context);
}
