package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problems;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every error leaves the API as an RFC 9457 problem document: refusals from the facades with their field
 * problems, JAX-RS errors (unknown path, wrong method, bad JSON), lost updates, and unexpected failures
 * (logged, without internals in the answer).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        DomainException domain = find(e, DomainException.class);
        if (domain != null) {
            return Problems.of(domain, instance);
        }
        if (find(e, OptimisticLockException.class) != null) {
            return Problems.of(new ConflictException("stale-version",
                    "the record was changed by someone else at the same time; reload it and apply your change again",
                    409), instance);
        }
        if (concurrencyFailure(e)) {
            // PostgreSQL broke a deadlock between two commands on the same records (or a serialisation failure):
            // this transaction was rolled back whole, the other one went through; the client may send it again
            LOG.log(Level.INFO, "concurrent change refused on " + instance + ": " + firstLine(e));
            return Problems.of(new ConflictException("concurrent-change",
                    "another change to the same records ran at the same time; nothing of this request was stored: "
                            + "reload and send it again", 409), instance);
        }
        JsonbException json = find(e, JsonbException.class);
        if (json != null || (e instanceof jakarta.ws.rs.ProcessingException)) {
            String property = jsonProperty(e);
            if (property != null) {
                return Problems.of(new ValidationException(property, "invalid", "'" + property + "' has a value this "
                        + "operation cannot read (wrong type, unknown value or not a date yyyy-mm-dd): "
                        + firstLine(e)), instance);
            }
            return Problems.of(new ValidationException("body", "malformed-json",
                    "the request body is not valid JSON for this operation: " + firstLine(e)), instance);
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status == 400 && w.getCause() != null) {
                String property = jsonProperty(w);
                return Problems.of(new ValidationException(property == null ? "body" : property,
                        property == null ? "malformed" : "invalid", firstLine(w.getCause())), instance);
            }
            String parameter = queryParameter(w);
            if (parameter != null) {
                return Problems.of(new ValidationException(parameter, "invalid", "the query parameter '" + parameter
                        + "' has a value of the wrong type: " + firstLine(w)), instance);
            }
            String detail = switch (status) {
                case 404 -> "no resource at " + instance;
                case 405 -> "this method is not allowed on " + instance;
                case 406 -> "the resource cannot be represented in the media type asked for";
                case 415 -> "send the body as application/json";
                default -> w.getMessage();
            };
            return Problems.response(status, "http-" + status, Problems.title(status), detail, instance);
        }
        LOG.log(Level.SEVERE, "unexpected failure on " + instance, e);
        return Problems.response(500, "internal", Problems.title(500),
                "an unexpected error occurred; it has been logged", instance);
    }

    /** A deadlock (SQLSTATE 40P01) or serialisation failure (40001) anywhere in the cause chain. */
    static boolean concurrencyFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState())
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    // --- training / elections polish (issues 5 and 7): bad input names its field ---
    private static final Pattern JSON_PROPERTY = Pattern.compile("deserialize property '([^']+)'");

    /**
     * The JSON property (path, e.g. {@code ranges.from}) JSON-B could not read: an unknown enum constant, a string
     * that is no date, text where a number belongs. Null when the body as a whole is not JSON.
     */
    static String jsonProperty(Throwable e) {
        Set<String> path = new LinkedHashSet<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = JSON_PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (m.find()) {
                path.add(m.group(1));
            }
        }
        return path.isEmpty() ? null : String.join(".", path);
    }

    /**
     * A query parameter that could not be converted (JAX-RS answers 404 for it, which hides the mistake): its name,
     * read from Jersey's ParamException without depending on Jersey; null for any other error.
     */
    static String queryParameter(WebApplicationException w) {
        if (!w.getClass().getName().endsWith("ParamException$QueryParamException")) {
            return null;
        }
        try {
            Object name = w.getClass().getMethod("getParameterName").invoke(w);
            return name == null ? null : name.toString();
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return null;
        }
    }
    // --- end training / elections polish ---
}
