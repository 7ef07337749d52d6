package be.burgerzaken.kernel.api.problem;

import java.util.List;

/**
 * The caller is authenticated but may not do this. {@link #missing()} names what is missing (a role, a
 * training requirement, an authorisation) so the caller can act on it.
 */
public class AccessDeniedException extends DomainException {
    private final List<String> missing;

    public AccessDeniedException(String message, List<String> missing) {
        super("forbidden", message);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }

    @Override
    public int status() {
        return 403;
    }
}
