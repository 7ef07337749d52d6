package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActStep;
import be.burgerzaken.kernel.api.problem.ConflictException;

import java.util.List;
import java.util.Map;

/**
 * The life of an act: DRAFT -SUBMIT-> READY_FOR_SIGNATURE -REGISTER-> REGISTERED, READY_FOR_SIGNATURE
 * -BACK_TO_DRAFT-> DRAFT, ABANDON from DRAFT or READY_FOR_SIGNATURE. Only drafts are edited; a registered act is
 * only amended (by another act); an abandoned act is final.
 */
public final class ActLifecycle {
    private static final Map<ActStatus, List<ActStep>> ALLOWED = Map.of(
            ActStatus.DRAFT, List.of(ActStep.EDIT, ActStep.SUBMIT, ActStep.ABANDON),
            ActStatus.READY_FOR_SIGNATURE, List.of(ActStep.BACK_TO_DRAFT, ActStep.ABANDON, ActStep.REGISTER),
            ActStatus.REGISTERED, List.of(ActStep.AMEND),
            ActStatus.ABANDONED, List.of());

    private ActLifecycle() {
    }

    /** The steps the status allows next, in a stable order. */
    public static List<ActStep> allowed(ActStatus status) {
        return ALLOWED.get(status);
    }

    /**
     * The status after the step; a 409 {@code illegal-transition} naming the status and the steps allowed when
     * the status does not allow it.
     */
    public static ActStatus next(ActStatus from, ActStep step) {
        if (!allowed(from).contains(step)) {
            throw new ConflictException("illegal-transition", "an act in status " + from + " cannot take the step "
                    + step + "; allowed next: " + (allowed(from).isEmpty() ? "none" : allowed(from)), 409);
        }
        return switch (step) {
            case EDIT -> ActStatus.DRAFT;
            case SUBMIT -> ActStatus.READY_FOR_SIGNATURE;
            case BACK_TO_DRAFT -> ActStatus.DRAFT;
            case ABANDON -> ActStatus.ABANDONED;
            case REGISTER -> ActStatus.REGISTERED;
            case AMEND -> ActStatus.REGISTERED;
        };
    }
}
