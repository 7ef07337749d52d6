package be.burgerzaken.civilstatus.api;

import be.burgerzaken.kernel.api.problem.ConflictException;

import java.util.UUID;

/**
 * A registered act is immutable (409): it is never changed in place; a correction is an amended act
 * ({@code POST /api/v1/civil-status/acts/{id}/amendments}). The REST answer points at that route.
 */
public class RegisteredActException extends ConflictException {
    private final UUID actId;

    public RegisteredActException(UUID actId, String number) {
        super("act-registered", "act " + number + " is registered and can no longer be changed; correct it with an "
                + "amended act (POST /api/v1/civil-status/acts/" + actId + "/amendments)", 409);
        this.actId = actId;
    }

    /** The registered act that was to be changed, whose amendment route the answer names. */
    public UUID actId() {
        return actId;
    }
}
