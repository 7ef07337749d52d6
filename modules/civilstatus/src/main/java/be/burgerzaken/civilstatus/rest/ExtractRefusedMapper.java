package be.burgerzaken.civilstatus.rest;

import be.burgerzaken.civilstatus.api.ExtractRefusedException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.Problems;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * A request the access rules refuse: the RFC 9457 problem (403 {@code extract-not-allowed}) with the extension
 * members {@code rule} (the dated rule that decided) and {@code publicFrom} (the first day the act is public), and
 * {@code missing} naming what would allow it.
 */
@Provider
public class ExtractRefusedMapper implements ExceptionMapper<ExtractRefusedException> {

    /** The problem document with the rule. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "rule", "publicFrom", "errors", "missing"})
    public record RuleProblem(String type, String title, int status, String detail, String instance, String rule,
                              String publicFrom, List<FieldProblem> errors, List<String> missing) {
    }

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ExtractRefusedException e) {
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(new RuleProblem(Problem.TYPE_BASE + e.type(), Problems.title(403), 403, e.getMessage(),
                        uri.getRequestUri().getPath(), e.ruleId(),
                        e.publicFrom() == null ? null : e.publicFrom().toString(), null, e.missing()))
                .build();
    }
}
