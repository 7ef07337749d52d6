package be.burgerzaken.kernel.api.problem;

/**
 * Base of the exceptions a facade throws to refuse a command or query. Each subtype maps to one HTTP status
 * and one RFC 9457 problem type; screens show the message next to the field or at the top of the form.
 */
public abstract class DomainException extends RuntimeException {
    private final String type;

    protected DomainException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** The problem type slug, e.g. {@code validation}, appended to the problem type base URI. */
    public String type() {
        return type;
    }

    /** The HTTP status this refusal corresponds to. */
    public abstract int status();
}
