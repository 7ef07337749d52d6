package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.application.SubscriptionService;
import be.burgerzaken.kernel.application.SubscriptionService.SubscriptionInput;
import be.burgerzaken.kernel.application.SubscriptionService.SubscriptionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Mutation subscriptions of the calling integrator and its notification feed. */
@be.burgerzaken.kernel.api.integration.IntegratorReadable
@Path("subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Mutation subscriptions, signed webhooks and the pull feed (integrators)")
@APIResponse(responseCode = "403", description = "Not an integrator, or the purpose/category is not authorised",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SubscriptionResource {
    static final String PURPOSE = "Why (must start with the purpose of a current authorisation); protocol-logged";

    @Inject
    SubscriptionService subscriptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to a person's mutations or to a category",
            description = "nationalNumber for one person, or category (an information type such as DEATH or "
                    + "MAIN_RESIDENCE, needs population scope ALL). With callbackUrl (https) notifications are "
                    + "also pushed: POST JSON {id, subscriptionId, event, informationType, personId, occurredAt, "
                    + "reference} with headers Burgerzaken-Notification-Id, Burgerzaken-Timestamp and "
                    + "Burgerzaken-Signature: sha256=HEX(HMAC-SHA256(secret, timestamp + '.' + body)). The secret "
                    + "is answered once.")
    @APIResponse(responseCode = "201", description = "Subscribed; the answer carries the webhook secret once")
    public Response subscribe(SubscriptionInput in,
                              @Parameter(description = PURPOSE, required = true) @QueryParam("purpose") String purpose) {
        SubscriptionView v = subscriptions.subscribe(in, AccessContext.rest(purpose));
        return Response.status(201).entity(v).header("Cache-Control", "no-store").build();
    }

    @GET
    @Operation(summary = "The caller's subscriptions")
    public List<SubscriptionView> mine(@Parameter(description = PURPOSE, required = true) @QueryParam("purpose") String purpose) {
        return subscriptions.mine(AccessContext.rest(purpose));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "End a subscription")
    public Response end(@PathParam("id") String id,
                        @Parameter(description = PURPOSE, required = true) @QueryParam("purpose") String purpose) {
        subscriptions.end(id, AccessContext.rest(purpose));
        return Response.noContent().build();
    }

    @GET
    @Path("feed")
    @Operation(summary = "Notifications after a cursor (pull feed)",
            description = "Oldest first; pass nextCursor as 'after' to continue. Ids are the webhook ids, so a "
                    + "receiver using both can drop duplicates.")
    public SubscriptionService.Feed feed(@QueryParam("after") @DefaultValue("0") long after,
                                         @QueryParam("limit") @DefaultValue("100") int limit,
                                         @Parameter(description = PURPOSE, required = true) @QueryParam("purpose") String purpose) {
        return subscriptions.feed(after, limit, AccessContext.rest(purpose));
    }
}
