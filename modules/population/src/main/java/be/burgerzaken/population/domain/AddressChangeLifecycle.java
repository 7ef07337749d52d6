package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.population.api.AddressChangeStatus;
import be.burgerzaken.population.api.AddressChangeStep;

import java.util.List;

/**
 * The state machine of a change of address (domain.md section 3): a declaration waits for the police residence
 * check; after the check the population officer decides; the registration at the new address needs a positive
 * check. A refusal is possible at any open stage (for instance a declaration that is obviously wrong).
 *
 * <pre>
 * DECLARED --RECORD_CHECK--> CHECKED --APPROVE (positive check only)--> APPROVED
 * DECLARED, CHECKED --REFUSE--> REFUSED
 * DECLARED, CHECKED --(a mover dies or emigrates)--> WITHDRAWN
 * APPROVED, REFUSED, WITHDRAWN: final
 * </pre>
 */
public final class AddressChangeLifecycle {
    private AddressChangeLifecycle() {
    }

    /** The steps allowed next; {@code positiveCheck} is the recorded outcome (null while no check is recorded). */
    public static List<AddressChangeStep> allowed(AddressChangeStatus status, Boolean positiveCheck) {
        return switch (status) {
            case DECLARED -> List.of(AddressChangeStep.RECORD_CHECK, AddressChangeStep.REFUSE);
            case CHECKED -> Boolean.TRUE.equals(positiveCheck)
                    ? List.of(AddressChangeStep.APPROVE, AddressChangeStep.REFUSE)
                    : List.of(AddressChangeStep.REFUSE);
            case APPROVED, REFUSED, WITHDRAWN -> List.of();
        };
    }

    /** The status {@code step} leads to, or a 409 conflict naming the status and the steps allowed next. */
    public static AddressChangeStatus next(AddressChangeStatus current, Boolean positiveCheck, AddressChangeStep step) {
        List<AddressChangeStep> allowed = allowed(current, positiveCheck);
        if (!allowed.contains(step)) {
            String why = step == AddressChangeStep.APPROVE && current == AddressChangeStatus.CHECKED
                    ? " (the residence check was negative)"
                    : step == AddressChangeStep.APPROVE && current == AddressChangeStatus.DECLARED
                    ? " (the police residence check is not recorded yet)" : "";
            throw new ConflictException("illegal-transition", "the change of address is " + current + ": " + step
                    + " is not allowed" + why + "; allowed next: "
                    + (allowed.isEmpty() ? "none (final status)" : allowed), 409);
        }
        return switch (step) {
            case RECORD_CHECK -> AddressChangeStatus.CHECKED;
            case APPROVE -> AddressChangeStatus.APPROVED;
            case REFUSE -> AddressChangeStatus.REFUSED;
        };
    }
}
