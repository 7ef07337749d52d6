package be.burgerzaken.frontoffice.rest;

import be.burgerzaken.frontoffice.api.ECounterRequest;
import be.burgerzaken.frontoffice.api.NewServiceRequest;
import be.burgerzaken.frontoffice.api.Product;
import be.burgerzaken.frontoffice.api.RequestStatus;
import be.burgerzaken.frontoffice.api.RequestStep;
import be.burgerzaken.frontoffice.api.ServiceCatalogue;
import be.burgerzaken.frontoffice.api.ServiceRequestView;
import be.burgerzaken.frontoffice.api.ServiceRequests;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

import static be.burgerzaken.frontoffice.rest.Responses.IF_MATCH_DOC;
import static be.burgerzaken.frontoffice.rest.Responses.PURPOSE_DOC;

/**
 * The service catalogue and service requests (dienstaanvragen / demandes de service) from the counter, the post and
 * the e-counter. Requests name persons: every call states its purpose and is protocol-logged.
 */
@Path("front-office")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Front office", description = "Service catalogue, service requests and the e-counter (issue 8)")
@APIResponse(responseCode = "400", description = "Invalid request, naming the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ServiceRequestResource {
    @Inject
    ServiceCatalogue catalogue;
    @Inject
    ServiceRequests requests;
    @Context
    UriInfo uriInfo;

    @be.burgerzaken.kernel.api.integration.IntegratorReadable // the e-counter (issue 9 gate): no personal data
    @GET
    @Path("products")
    @Operation(summary = "The service catalogue: every product offered on a day (today by default)",
            description = "Names and descriptions in nl/fr/en, legal basis, who may request, required documents, fee, "
                    + "channels (COUNTER, E_COUNTER, POST), target lead time in working days, the procedure it starts.")
    public List<Product> products(@Parameter(description = "yyyy-MM-dd; default today") @QueryParam("on") String on) {
        return catalogue.products(on == null || on.isBlank() ? null : Responses.date(on, "on"));
    }

    @be.burgerzaken.kernel.api.integration.IntegratorReadable // the e-counter (issue 9 gate): no personal data
    @GET
    @Path("products/{code}")
    @Operation(summary = "One product; the ETag is its version")
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response product(@PathParam("code") String code) {
        Product p = catalogue.product(code);
        return Response.ok(p).tag(RestParams.etag(p.version())).build();
    }

    @PUT
    @Path("products/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a product (administrator, population officer)",
            description = "The whole product; code and procedureKey/variant are not changed. Needs If-Match.")
    @APIResponse(responseCode = "412", description = "Changed meanwhile (stale If-Match)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("code") String code, Product body,
                           @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = "Why (written to the protocol log)") @QueryParam("purpose") String purpose) {
        Product p = catalogue.update(code, body, RestParams.version(ifMatch),
                AccessContext.rest(purpose == null || purpose.isBlank() ? "service catalogue maintenance" : purpose));
        return Response.ok(p).tag(RestParams.etag(p.version())).build();
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a request at the counter or by post",
            description = "Body {productCode, personId, channel COUNTER (default) | POST, note, fulfilNow, language}. "
                    + "fulfilNow issues a certificate at once (first contact). A product not offered on the channel "
                    + "answers 400 naming channel; nothing is stored.")
    @APIResponse(responseCode = "201", description = "Received (or fulfilled); the ETag is the version",
            content = @Content(schema = @Schema(implementation = ServiceRequestView.class)))
    public Response submit(NewServiceRequest body,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return created(requests.submit(body, AccessContext.rest(purpose)));
    }

    @GET
    @Path("requests")
    @Operation(summary = "The work list: open requests (or one status), optionally of one product, oldest first")
    public Page<ServiceRequestView> list(@QueryParam("status") String status, @QueryParam("product") String product,
                                         @QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("20") int size,
                                         @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        RequestStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = RequestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("status", "unknown", "'" + status.strip() + "': one of "
                        + List.of(RequestStatus.values()));
            }
        }
        return requests.list(s, product, page, size, AccessContext.rest(purpose));
    }

    @GET
    @Path("requests/{id}")
    @Operation(summary = "One request with its status, due day and lead time")
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id,
                        @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        ServiceRequestView v = requests.get(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    @POST
    @Path("requests/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A step: START, ASSIGN, FULFIL, REFUSE (note required), CANCEL",
            description = "Body {action, assignee, note, procedureRef, documentId}. Needs If-Match. A closed request "
                    + "answers 409 request-closed.")
    @APIResponse(responseCode = "409", description = "The request is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile (stale If-Match)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response step(@PathParam("id") String id, RequestStep body,
                         @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                         @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        ServiceRequestView v = requests.step(RestParams.uuid(id, "id"), body, RestParams.version(ifMatch),
                AccessContext.rest(purpose));
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    @GET
    @Path("requests/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The document handed out for the request, exactly as issued")
    public Response pdf(@PathParam("id") String id,
                        @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return Responses.pdf(requests.document(RestParams.uuid(id, "id"), AccessContext.rest(purpose)));
    }

    @GET
    @Path("persons/{id}/requests")
    @Operation(summary = "A person's requests, newest first")
    public Page<ServiceRequestView> ofPerson(@PathParam("id") String id,
                                             @QueryParam("page") @DefaultValue("0") int page,
                                             @QueryParam("size") @DefaultValue("20") int size,
                                             @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return requests.forPerson(RestParams.uuid(id, "id"), page, size, AccessContext.rest(purpose));
    }

    @POST
    @Path("e-counter/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A request from the e-counter for the citizen it authenticated (integrator)",
            description = "Body {productCode, citizenNationalNumber (asserted by the e-counter), nationalNumber (the "
                    + "person concerned; empty = the citizen), language, statedPurpose, streetCode, houseNumber, box, "
                    + "postcode, moveDate}. The citizen may act for themself, or for a member of their own household "
                    + "where the product allows it (400 may-not-act-for otherwise; nothing stored). An own certificate "
                    + "is issued at once (status FULFILLED, documentId; PDF at e-counter/requests/{id}/pdf). A change "
                    + "of address starts the population's declaration, a criminal-record extract its request. Only an API "
                    + "client the administrator authorised for the e-counter service (registry) may call it; any other "
                    + "is 403. With Idempotency-Key a retry with the same body answers the first request (same id, no "
                    + "second certificate); the same key with another body is 422 idempotency-key-reused.")
    @APIResponse(responseCode = "201", description = "Received, started or fulfilled",
            content = @Content(schema = @Schema(implementation = ServiceRequestView.class)))
    @APIResponse(responseCode = "409", description = "idempotency-key-in-use: a concurrent request with the same key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "idempotency-key-reused: the key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response eCounter(ECounterRequest body,
                             @Parameter(in = ParameterIn.HEADER, description = "Optional: a retry with the same key and "
                                     + "body returns the first request") @HeaderParam("Idempotency-Key") String key,
                             @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return created(requests.eCounter(body, AccessContext.rest(purpose), key));
    }

    @be.burgerzaken.kernel.api.integration.IntegratorReadable // the e-counter (issue 9 gate): only the citizen's own request (checked by the service)
    @GET
    @Path("e-counter/requests/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The document of an e-counter request of the citizen (404 for any other citizen)")
    public Response eCounterPdf(@PathParam("id") String id,
                                @Parameter(description = "The national number the e-counter authenticated", required = true)
                                @QueryParam("citizen") String citizen,
                                @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return Responses.pdf(requests.eCounterDocument(RestParams.uuid(id, "id"), citizen, AccessContext.rest(purpose)));
    }

    private Response created(ServiceRequestView v) {
        return Response.created(uriInfo.getBaseUriBuilder().path(ServiceRequestResource.class).path("requests/{id}")
                .build(v.id())).entity(v).tag(RestParams.etag(v.version())).build();
    }
}
