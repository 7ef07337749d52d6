package be.burgerzaken.civilstatus.rest;

import be.burgerzaken.civilstatus.api.RegisteredActException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.Problems;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.util.List;

/**
 * A change of a registered act: the RFC 9457 problem (409 {@code act-registered}) with an extension member
 * {@code amendment}, the route that corrects the act, also given as {@code Link: <...>; rel="amendment"}.
 */
@Provider
public class RegisteredActMapper implements ExceptionMapper<RegisteredActException> {

    /** The problem document with the amendment route. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "amendment", "errors", "missing"})
    public record AmendmentProblem(String type, String title, int status, String detail, String instance,
                                   String amendment, List<FieldProblem> errors, List<String> missing) {
    }

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RegisteredActException e) {
        URI amendment = uri.getBaseUriBuilder().path(ActResource.class).path("{id}/amendments").build(e.actId());
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .links(Link.fromUri(amendment).rel("amendment").build())
                .entity(new AmendmentProblem(Problem.TYPE_BASE + e.type(), Problems.title(409), 409, e.getMessage(),
                        uri.getRequestUri().getPath(), amendment.toString(), null, null))
                .build();
    }
}
