package be.burgerzaken.kernel.api.problem;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {
    public NotFoundException(String message) {
        super("not-found", message);
    }

    @Override
    public int status() {
        return 404;
    }
}
