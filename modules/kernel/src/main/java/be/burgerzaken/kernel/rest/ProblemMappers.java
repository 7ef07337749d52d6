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

import java.util.logging.Level;
import java.util.logging.Logger;

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
        JsonbException json = find(e, JsonbException.class);
        if (json != null || (e instanceof jakarta.ws.rs.ProcessingException)) {
            return Problems.of(new ValidationException("body", "malformed-json",
                    "the request body is not valid JSON for this operation: " + firstLine(e)), instance);
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status == 400 && w.getCause() != null) {
                return Problems.of(new ValidationException("body", "malformed", firstLine(w.getCause())), instance);
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
}
