package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.ActorKind;
import be.burgerzaken.kernel.api.rest.Problems;
import be.burgerzaken.kernel.application.RateLimiter;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Rate limit per API client (token bucket, per instance): an integrator over its limit gets 429 with Retry-After.
 * Staff calls are not limited here.
 */
@Provider
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    AccessControl access;
    @Inject
    RateLimiter limiter;

    @Override
    public void filter(ContainerRequestContext request) {
        Actor actor = access.currentActor();
        if (actor.kind() != ActorKind.INTEGRATOR) {
            return;
        }
        long waitSeconds = limiter.acquire(actor.name());
        if (waitSeconds > 0) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problems.response(429, "rate-limited",
                            "Too many requests", "client " + actor.name() + " is over its rate limit; retry after "
                                    + waitSeconds + " s", request.getUriInfo().getRequestUri().getPath()))
                    .header("Retry-After", Long.toString(waitSeconds)).build());
        }
    }
}
