package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.kernel.application.IntegratorRegistryService;
import be.burgerzaken.kernel.application.IntegratorRegistryService.AuthorisationInput;
import be.burgerzaken.kernel.application.IntegratorRegistryService.BodyInput;
import be.burgerzaken.kernel.application.IntegratorRegistryService.ClientInput;
import be.burgerzaken.kernel.application.IntegratorRegistryService.ClientView;
import be.burgerzaken.kernel.application.IntegratorRegistryService.IssuedSecret;
import be.burgerzaken.kernel.persistence.IntegratorStore.AuthorisationRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.BodyRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.ClientRow;
import be.burgerzaken.kernel.persistence.IntegratorStore.NotificationRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The integrator registry for administrators: bodies, API clients, secrets, authorisations, dead letters. */
@Path("integrators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integrator registry", description = "Bodies, API clients, credentials and authorisations (administrator)")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an administrator",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IntegratorResource {

    /** An authorisation to end, by version. */
    /** frontoffice (issue 8): the services (client roles) a client is authorised for. */
    public record ClientServices(List<String> services) {
    }

    public record ClientLink(String bodyId, Integer ratePerMinute) {
    }

    @Inject
    IntegratorRegistryService registry;

    @GET
    @Path("bodies")
    @Operation(summary = "The registered bodies (public bodies and partners)")
    public List<BodyRow> bodies() {
        return registry.bodies();
    }

    @POST
    @Path("bodies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a body", description = "The enterprise number (KBO/BCE) must pass its mod-97 check.")
    @APIResponse(responseCode = "201", description = "Registered")
    public Response createBody(BodyInput body) {
        BodyRow b = registry.createBody(body);
        return Response.status(201).entity(b).tag(RestParams.etag(b.version())).build();
    }

    @GET
    @Path("bodies/{id}")
    public Response body(@PathParam("id") String id) {
        BodyRow b = registry.body(id);
        return Response.ok(b).tag(RestParams.etag(b.version())).build();
    }

    @PUT
    @Path("bodies/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a body's name, enterprise number or contact", description = "Needs If-Match.")
    @APIResponse(responseCode = "412", description = "Changed since that version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateBody(@PathParam("id") String id, BodyInput body, @HeaderParam("If-Match") String ifMatch) {
        BodyRow b = registry.updateBody(id, body, RestParams.version(ifMatch));
        return Response.ok(b).tag(RestParams.etag(b.version())).build();
    }

    @GET
    @Path("bodies/{id}/clients")
    public List<ClientRow> clients(@PathParam("id") String id) {
        return registry.clients(id);
    }

    @POST
    @Path("bodies/{id}/clients")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API client of the body",
            description = "Answers the client's first secret, once; only its hash is kept.")
    @APIResponse(responseCode = "201", description = "Created, with the secret")
    public Response createClient(@PathParam("id") String bodyId, ClientInput in) {
        IssuedSecret s = registry.createClient(bodyId, in);
        return Response.status(201).entity(s).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("clients")
    @Operation(summary = "Every API client")
    public List<ClientRow> allClients() {
        return registry.clients(null);
    }

    @GET
    @Path("clients/{clientId}")
    @Operation(summary = "A client with its credentials (without secrets) and authorisations (also ended ones)")
    public ClientView client(@PathParam("clientId") String clientId) {
        return registry.client(clientId);
    }

    @PUT
    @Path("clients/{clientId}/body")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a client to a body and set its rate limit (requests per minute; empty = default)")
    public Response link(@PathParam("clientId") String clientId, ClientLink link) {
        registry.linkClient(clientId, link == null ? null : link.bodyId(), link == null ? null : link.ratePerMinute());
        return Response.noContent().build();
    }

    // --- frontoffice (issue 8) ---
    @PUT
    @Path("clients/{clientId}/services")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the services the client is authorised for (its client roles)",
            description = "Body {\"services\": [\"e-counter\"]}: e-counter (the city's e-counter and site: service "
                    + "requests and appointments for the citizen it authenticated), criminal-register, police (the "
                    + "pending residence checks and their outcome; population, issue 3 task M). Replaces the "
                    + "set; an unknown service is 400 naming services[i]. Written to the protocol log; the client's "
                    + "next token carries the new set.")
    public ClientView services(@PathParam("clientId") String clientId, ClientServices in) {
        return registry.setServices(clientId, in == null ? null : in.services());
    }
    // --- end frontoffice ---

    @POST
    @Path("clients/{clientId}/secrets")
    @Operation(summary = "Rotate the secret",
            description = "A new secret (answered once); the secrets in use keep working for overlapHours.")
    public Response rotate(@PathParam("clientId") String clientId,
                           @QueryParam("overlapHours") @DefaultValue("24") int overlapHours) {
        return Response.status(201).entity(registry.rotateSecret(clientId, overlapHours))
                .header("Cache-Control", "no-store").build();
    }

    /** A public key for signed JWT client assertions. */
    public record PublicKeyInput(jakarta.json.JsonObject jwk) {
    }

    @POST
    @Path("clients/{clientId}/public-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a public key (JWK, RSA or EC) for signed JWT client assertions")
    @APIResponse(responseCode = "201", description = "Registered")
    public Response addPublicKey(@PathParam("clientId") String clientId, PublicKeyInput in) {
        return Response.status(201).entity(registry.addPublicKey(clientId,
                in == null || in.jwk() == null ? null : in.jwk().toString())).build();
    }

    @POST
    @Path("clients/{clientId}/credentials/{credentialId}/revocation")
    @Operation(summary = "Revoke one credential now")
    public Response revokeCredential(@PathParam("clientId") String clientId,
                                     @PathParam("credentialId") String credentialId) {
        registry.revokeCredential(clientId, credentialId);
        return Response.noContent().build();
    }

    @POST
    @Path("clients/{clientId}/revocation")
    @Operation(summary = "Revoke the client", description = "No new tokens; its tokens no longer read personal data.")
    public Response revokeClient(@PathParam("clientId") String clientId) {
        registry.revokeClient(clientId);
        return Response.noContent().build();
    }

    @POST
    @Path("clients/{clientId}/authorisations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Authorise the client for information types, for a purpose on a legal basis",
            description = "informationTypes are IT codes (020) or names (MAIN_RESIDENCE); populationScope ALL or "
                    + "SUBSCRIBED; validTo empty = until further notice.")
    @APIResponse(responseCode = "201", description = "Authorised")
    public Response authorise(@PathParam("clientId") String clientId, AuthorisationInput in) {
        AuthorisationRow a = registry.addAuthorisation(clientId, in);
        return Response.status(201).entity(a).tag(RestParams.etag(a.version())).build();
    }

    @POST
    @Path("clients/{clientId}/authorisations/{id}/end")
    @Operation(summary = "End an authorisation now (kept in the history)", description = "Needs If-Match.")
    public Response endAuthorisation(@PathParam("clientId") String clientId, @PathParam("id") String id,
                                     @HeaderParam("If-Match") String ifMatch) {
        registry.endAuthorisation(clientId, id, RestParams.version(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("dead-letters")
    @Operation(summary = "Webhook notifications that could not be delivered after every retry")
    public List<NotificationRow> deadLetters() {
        return registry.deadLetters().stream().map(n -> new NotificationRow(n.id(), n.subscriptionId(), n.clientId(),
                n.personId(), n.eventType(), n.infoType(), n.occurredAt(), n.payload(), n.status(), n.attempts(),
                n.nextAttemptAt(), n.lastError(), n.deliveredAt(), n.callbackUrl(), null, n.details())).toList();
    }

    @POST
    @Path("dead-letters/{id}/redelivery")
    @Operation(summary = "Deliver a dead-lettered notification again (same id)")
    public Response redeliver(@PathParam("id") long id) {
        registry.redeliver(id);
        return Response.noContent().build();
    }
}
