package be.burgerzaken.civilstatus.application;

import be.burgerzaken.kernel.api.problem.ValidationException;

/**
 * A relation in the rule's circle that our data do not confirm, stated without its basis (400 {@code requester.basis}
 * {@code required}). Its own type so that {@link ExtractService} commits the refusal's protocol-log entry with it,
 * while every other invalid request rolls back.
 */
class BasisRequiredException extends ValidationException {
    BasisRequiredException(String message) {
        super("requester.basis", "required", message);
    }
}
