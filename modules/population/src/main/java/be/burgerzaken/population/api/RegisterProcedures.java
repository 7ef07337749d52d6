package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.util.List;
import java.util.UUID;

/**
 * The register procedures of a resident besides first registration and change of address: departure abroad and
 * return (vertrek naar / terugkeer uit het buitenland), temporary absence (tijdelijke afwezigheid, IT 026),
 * reference address (referentieadres, IT 024) and ex-officio removal (afvoering van ambtswege).
 *
 * <p>Every command: access check, rule checks (all problems of one request at once, with field names), then the
 * change in one transaction with its protocol-log entry; a refusal stores nothing and is logged on its own. Every
 * command bumps the resident's version, so two concurrent changes of one person cannot both commit (the second is
 * a 409 {@code concurrent-change}). {@code expectedVersion} (If-Match, the resident file's ETag) is optional: when
 * given and stale the command is refused (412). {@code idempotencyKey} (optional, ADR 0007): a retry with the same
 * key and the same request returns the current file instead of applying the command again; the same key with
 * another request is refused. Each command returns the resident's file after the change.
 */
public interface RegisterProcedures {

    /** Departure abroad: residence, household membership and register period end on the date; status EMIGRATED. */
    ResidentFile emigrate(UUID personId, EmigrationDeclaration declaration, Long expectedVersion,
                          AccessContext context, String idempotencyKey);

    // --- population (issue 3, task E): a household departs abroad in one declaration ---
    /**
     * Departure abroad of several members of one household in one transaction (all or nothing), each as by
     * {@link #emigrate}; {@code expectedVersion} is the household's version (If-Match, 412 when stale), a concurrent
     * change of the household or of a member is a 409.
     */
    HouseholdDeparture emigrateHousehold(UUID householdId, HouseholdEmigration declaration, Long expectedVersion,
                                         AccessContext context, String idempotencyKey);
    // --- end task E ---

    /** Return from abroad, or registration again after a removal: status REGISTERED at an address of the city. */
    ResidentFile returnFromAbroad(UUID personId, ReturnFromAbroad registration, Long expectedVersion,
                                  AccessContext context, String idempotencyKey);

    /** Records a temporary absence; the person keeps their main residence. */
    ResidentFile declareAbsence(UUID personId, TemporaryAbsenceDeclaration declaration, Long expectedVersion,
                                AccessContext context, String idempotencyKey);

    /** Extends a temporary absence (once). */
    ResidentFile extendAbsence(UUID personId, UUID absenceId, AbsenceExtension extension, Long expectedVersion,
                               AccessContext context, String idempotencyKey);

    /** Ends a temporary absence early: the person is back. */
    ResidentFile endAbsence(UUID personId, UUID absenceId, AbsenceReturn end, Long expectedVersion,
                            AccessContext context, String idempotencyKey);

    /** Gives a registered resident without a fixed residence a reference address (OCMW/CPAS or private host). */
    ResidentFile assignReferenceAddress(UUID personId, ReferenceAddressRequest request, Long expectedVersion,
                                        AccessContext context, String idempotencyKey);

    /** Ends the reference address: the person lives at an address of the city again. */
    ResidentFile endReferenceAddress(UUID personId, ReferenceAddressEnd end, Long expectedVersion,
                                     AccessContext context, String idempotencyKey);

    /** Proposes the ex-officio removal of a registered resident. */
    ResidentFile proposeRemoval(UUID personId, RemovalProposalRequest proposal, Long expectedVersion,
                                AccessContext context, String idempotencyKey);

    /** Records the police report of an open removal proposal. */
    ResidentFile recordPoliceReport(UUID personId, UUID proposalId, PoliceReport report, Long expectedVersion,
                                    AccessContext context, String idempotencyKey);

    /**
     * The college's decision: the person is removed (status REMOVED, residence and household end on the decision
     * date). Refused without a police report; flagged when the absence is shorter than the configured minimum.
     */
    ResidentFile decideRemoval(UUID personId, UUID proposalId, RemovalDecision decision, Long expectedVersion,
                               AccessContext context, String idempotencyKey);

    /** Withdraws an open removal proposal. */
    ResidentFile cancelRemoval(UUID personId, UUID proposalId, RemovalCancellation cancellation, Long expectedVersion,
                               AccessContext context, String idempotencyKey);

    // --- registers (issue 3, register transfer) ---
    /**
     * Transfers a registered resident to another register on a date: the current register period ends that day and
     * the new one begins (a Belgian only to the population register).
     */
    ResidentFile transferRegister(UUID personId, RegisterTransfer transfer, Long expectedVersion,
                                  AccessContext context, String idempotencyKey);

    /**
     * Replaces the open reference address in one command (from a private host to the OCMW/CPAS or another host): the
     * current one ends on {@code request.date()} and the new one begins, in one transaction.
     */
    ResidentFile changeReferenceAddress(UUID personId, ReferenceAddressRequest request, Long expectedVersion,
                                        AccessContext context, String idempotencyKey);
    // --- end registers ---

    /** Every temporary absence of the person, oldest first. */
    List<TemporaryAbsenceView> absences(UUID personId, AccessContext context);

    /** Every reference address of the person, oldest first. */
    List<ReferenceAddressView> referenceAddresses(UUID personId, AccessContext context);

    /** Every departure abroad of the person, oldest first. */
    List<EmigrationView> emigrations(UUID personId, AccessContext context);

    /** Every ex-officio removal procedure of the person, oldest first. */
    List<RemovalProposalView> removalProposals(UUID personId, AccessContext context);
}
