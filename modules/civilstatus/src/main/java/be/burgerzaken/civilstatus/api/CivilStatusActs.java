package be.burgerzaken.civilstatus.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;

import java.util.UUID;

/**
 * Civil-status acts (akten van de burgerlijke stand / actes de l'état civil) from draft to registration.
 *
 * <p>Life of an act: DRAFT -SUBMIT-> READY_FOR_SIGNATURE -REGISTER-> REGISTERED; READY_FOR_SIGNATURE
 * -BACK_TO_DRAFT-> DRAFT; DRAFT or READY_FOR_SIGNATURE -ABANDON-> ABANDONED (with a reason). Drafts change with
 * the version they are based on (optimistic locking). A registered act is never changed: every attempt is a
 * {@link RegisteredActException} (409) naming the amendment route; a correction is an amended act linked to
 * it, and the act's history lists the original and its amendments in order.
 *
 * <p>Registration (the civil registrar only) allocates the act number inside its transaction: numbers are
 * unique and gap-free per register and year, because the counter row is locked and updated in the same
 * transaction and rolls back with it. {@link ActRegistered} is fired in that transaction.
 *
 * <p>Drafts are checked for consistency on every save (dates, codes, references); completeness (required data
 * of the act type) is checked at submission and again at registration. Every call checks access and writes the
 * protocol log with the persons the act concerns, in the same transaction; refusals are logged on their own.
 */
public interface CivilStatusActs {

    /** A new draft (clerk or civil registrar); {@code idempotencyKey} optional (ADR 0007). */
    ActView createDraft(ActDraft draft, AccessContext context, String idempotencyKey);

    ActView get(UUID actId, AccessContext context);

    // --- integrators (issue 9, second part) ---
    /**
     * The act's type, status and persons, without its content and without a protocol entry (the read that follows
     * writes it); empty when there is no such act. Used to pick the integrator field catalog before the read.
     */
    java.util.Optional<ActReference> reference(UUID actId);
    // --- end integrators ---

    /** Replaces a draft's place, legal basis and content; the content's type may not change. */
    ActView updateDraft(UUID actId, ActDraft draft, long expectedVersion, AccessContext context);

    /** DRAFT to READY_FOR_SIGNATURE, after the full check of the act type's data. */
    ActView submit(UUID actId, long expectedVersion, AccessContext context);

    /** READY_FOR_SIGNATURE back to DRAFT, without a remark. */
    default ActView backToDraft(UUID actId, long expectedVersion, AccessContext context) {
        return backToDraft(actId, null, expectedVersion, context);
    }

    /**
     * READY_FOR_SIGNATURE back to DRAFT with a remark for whoever drafted it (what to correct; optional, at most
     * 500 characters), kept with the act until it is sent back again.
     */
    ActView backToDraft(UUID actId, String remark, long expectedVersion, AccessContext context);

    /** Abandons a draft or an act waiting for signature, with the reason. */
    ActView abandon(UUID actId, String reason, long expectedVersion, AccessContext context);

    /** Signs and registers an act waiting for signature (civil registrar only): number, date, officer, sign-off. */
    ActView register(UUID actId, long expectedVersion, AccessContext context);

    /**
     * Drafts an amended act correcting the registered act {@code actId} (or, when {@code actId} is itself an
     * amended act, its original). The original is not changed.
     */
    ActView amend(UUID actId, Amendment amendment, AccessContext context, String idempotencyKey);

    /** The act index: acts matching the criteria, newest first. */
    Page<ActSummary> search(ActSearch search, AccessContext context);

    /**
     * The civil registrar's signing queue: the acts waiting for signature (READY_FOR_SIGNATURE), the longest
     * waiting first (by the time they were submitted).
     */
    Page<ActSummary> signingQueue(int page, int size, AccessContext context);
}
