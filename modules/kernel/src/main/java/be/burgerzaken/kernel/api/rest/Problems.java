package be.burgerzaken.kernel.api.rest;

import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem responses; shared by every module's resources and exception mappers. */
public final class Problems {
    private Problems() {
    }

    public static Response response(int status, String type, String title, String detail, String instance) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + type, title, status, detail, instance, null, null)).build();
    }

    public static Response of(DomainException e, String instance) {
        List<be.burgerzaken.kernel.api.problem.FieldProblem> errors =
                e instanceof ValidationException v ? v.problems() : null;
        List<String> missing = e instanceof AccessDeniedException a ? a.missing() : null;
        return Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + e.type(), title(e.status()), e.status(), e.getMessage(),
                        instance, errors, missing)).build();
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Authentication required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable content";
            case 428 -> "Precondition required";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }
}
