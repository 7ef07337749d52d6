package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.ActorKind;
import be.burgerzaken.kernel.api.rest.Problems;
import be.burgerzaken.kernel.application.ClientRevocations;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every request of an integrator (reads and changes) is refused with 401 once its API client is revoked, even
 * with a token issued before the revocation that has not expired yet; likewise a token that still carries an
 * authorised service (e.g. {@code e-counter}) the administrator has since withdrawn gets 401 {@code services-withdrawn}
 * (a new token carries the current services). The check is cached per client ({@link ClientRevocations}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class ClientRevocationFilter implements ContainerRequestFilter {

    @Inject
    AccessControl access;
    @Inject
    ClientRevocations revocations;

    @Override
    public void filter(ContainerRequestContext request) {
        Actor actor = access.currentActor();
        if (actor.kind() != ActorKind.INTEGRATOR) {
            return;
        }
        if (revocations.active(actor.name())) {
            java.util.Set<String> withdrawn = revocations.withdrawnServices(actor.name(), actor.roles());
            if (!withdrawn.isEmpty()) {
                request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problems.response(401, "services-withdrawn",
                                "Authorised service withdrawn", "the API client " + actor.name() + " is no longer "
                                        + "authorised for " + new java.util.TreeSet<>(withdrawn) + "; request a new token",
                                request.getUriInfo().getRequestUri().getPath()))
                        .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build());
            }
            return;
        }
        request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problems.response(401, "client-revoked",
                        "API client revoked", "the API client " + actor.name() + " was revoked; its tokens are no "
                                + "longer accepted", request.getUriInfo().getRequestUri().getPath()))
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build());
    }
}
