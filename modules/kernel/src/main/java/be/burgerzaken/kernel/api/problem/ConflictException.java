package be.burgerzaken.kernel.api.problem;

/**
 * The command conflicts with the current state: someone else changed the record first (optimistic
 * locking), or the state does not allow it. Nothing was stored.
 */
public class ConflictException extends DomainException {
    private final int status;

    public ConflictException(String type, String message, int status) {
        super(type, message);
        this.status = status;
    }

    /** The record was changed since the version the caller based its command on (HTTP 412 / 409). */
    public static ConflictException staleVersion(long expected, long actual) {
        return new ConflictException("stale-version",
                "the record was changed by someone else (your version " + expected + ", current version " + actual
                        + "); reload it and apply your change again", 412);
    }

    /** An update was sent without saying which version it is based on (HTTP 428). */
    public static ConflictException versionRequired() {
        return new ConflictException("version-required",
                "send the If-Match header with the ETag of the version your change is based on", 428);
    }

    @Override
    public int status() {
        return status;
    }
}
