package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A change-of-address procedure as shown in the work queue and its detail: the declaration, its three deadlines
 * ({@code late}: declared after the declaration deadline), the date the next step is due ({@code dueDate}, null
 * when decided) and whether it is {@code overdue} today, the check, the decision, the steps allowed next, and the
 * {@code version} (ETag) a step must be based on.
 *
 * @param channel              how it was declared ({@link DeclarationChannel})
 * @param newReferencePersonId who becomes reference person of the household staying behind, when the reference
 *                             person moves out (on approval, from the declaration date)
 * @param checkReference       the officer or police report the check's outcome comes from
 * @param provisionalReason    set when approved as a provisional registration: why (domain.md section 3)
 * @param movers               the movers' names and birth dates, only in the police's pending residence checks
 * @param kind                 MOVE (within the city) or ARRIVAL (from another Belgian municipality: no household
 *                             left behind, {@code fromHouseholdId} null)
 * @param originNis            ARRIVAL: the previous municipality's NIS code
 */
public record AddressChangeView(UUID id, AddressChangeStatus status, UUID declarantId, List<MovingMember> members,
                                UUID fromHouseholdId, Address address, UUID householdId, LocalDate moveDate,
                                LocalDate declaredOn, boolean late, LocalDate declarationDeadline, LocalDate checkDue,
                                LocalDate decisionDue, LocalDate dueDate, boolean overdue, Instant declaredAt,
                                String declaredBy, String checkOutcome, LocalDate checkVisitDate, String checkRemarks,
                                String checkedBy, String decisionMotivation, Instant decidedAt, String decidedBy,
                                List<AddressChangeStep> allowedSteps, long version, String channel,
                                UUID newReferencePersonId, String checkReference, Instant checkedAt,
                                String provisionalReason, List<Mover> movers, String kind, String originNis) {

    /**
     * What the police needs to go and look (pending residence checks only; null elsewhere): the mover's names and
     * birth date (YYYY-MM-DD, 00 for unknown parts); the new address is {@code address}.
     */
    public record Mover(UUID personId, String familyName, String givenNames, String birthDate) {
    }

    /** Whether the registration was approved as provisional (voorlopige inschrijving / inscription provisoire). */
    public boolean provisional() {
        return provisionalReason != null;
    }

    /** The same view with the movers' identity facts (the police's pending checks). */
    public AddressChangeView withMovers(List<Mover> facts) {
        return new AddressChangeView(id, status, declarantId, members, fromHouseholdId, address, householdId, moveDate,
                declaredOn, late, declarationDeadline, checkDue, decisionDue, dueDate, overdue, declaredAt, declaredBy,
                checkOutcome, checkVisitDate, checkRemarks, checkedBy, decisionMotivation, decidedAt, decidedBy,
                allowedSteps, version, channel, newReferencePersonId, checkReference, checkedAt, provisionalReason,
                facts, kind, originNis);
    }
}
