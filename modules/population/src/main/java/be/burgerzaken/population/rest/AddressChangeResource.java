package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.population.api.AddressChangeDecision;
import be.burgerzaken.population.api.AddressChangeDeclaration;
import be.burgerzaken.population.api.AddressChangeStatus;
import be.burgerzaken.population.api.AddressChangeView;
import be.burgerzaken.population.api.AddressChanges;
import be.burgerzaken.population.api.ResidenceCheck;
import be.burgerzaken.population.api.ResidenceCheckCorrection;
import be.burgerzaken.population.api.ResidenceCheckEntryView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * The change-of-address procedure: declaration (counter, e-counter), the police's pending residence checks and
 * their outcome, the population officer's decision and work queue. Every call states its purpose.
 */
@Path("population")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change of address", description = "Adreswijziging / changement d'adresse")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AddressChangeResource {
    static final String PURPOSE_DOC = PopulationResource.PURPOSE_DOC;

    @Inject
    AddressChanges addressChanges;
    @Context
    UriInfo uriInfo;

    @POST
    @Path("address-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a change of address (aangifte / déclaration)",
            description = "An adult of the household declares that some or all members moved to an address in the "
                    + "city on moveDate (not in the future). The declaration date is declaredOn (default today, not "
                    + "before the move); a declaration after the declaration deadline is accepted and flagged late. "
                    + "When the household's reference person moves out and adults stay behind, newReferencePersonId "
                    + "names the adult who stays and becomes reference person (required then; only minors staying "
                    + "behind is refused). channel COUNTER, WRITTEN or ELECTRONIC (default ELECTRONIC). Status "
                    + "DECLARED; the police residence check is due by checkDue. With Idempotency-Key a retry returns "
                    + "the first declaration; the same key with another body is 422 idempotency-key-reused.")
    @APIResponse(responseCode = "201", description = "Declared",
            content = @Content(schema = @Schema(implementation = AddressChangeView.class)))
    @APIResponse(responseCode = "409", description = "A member already has an open change of address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response declare(AddressChangeDeclaration declaration,
                            @Parameter(in = ParameterIn.HEADER, description = "Optional: a retry with the same key and "
                                    + "body returns the first declaration") @HeaderParam("Idempotency-Key") String key,
                            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        AddressChangeView view = addressChanges.declare(declaration, AccessContext.rest(purpose), key);
        return VersionedResponses.created(uriInfo.getBaseUriBuilder().path("population/address-changes/{id}")
                .build(view.id()), view, view.version());
    }

    @GET
    @Path("address-changes")
    @Operation(summary = "Work queue: open changes of address, earliest due date first, overdue flagged",
            description = "With personId (issue 3): the procedures that person moves in, open and past, newest "
                    + "declaration first (status filters them; default: every status).")
    public Page<AddressChangeView> queue(
            @Parameter(description = "DECLARED, CHECKED, APPROVED, REFUSED or WITHDRAWN; default: the open ones")
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
            // --- issue 3 (task U): a person's procedures ---
            @Parameter(description = "A person's procedures instead of the work queue")
            @QueryParam("personId") String personId) {
        if (personId != null) {
            return addressChanges.ofPerson(RestParams.uuid(personId, "personId"), status(status), page, size,
                    AccessContext.rest(purpose));
        }
        return addressChanges.queue(status(status), page, size, AccessContext.rest(purpose));
    }

    @GET
    @Path("address-changes/{id}")
    @Operation(summary = "A change of address; the ETag is its version")
    public Response get(@PathParam("id") String id,
                        @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        AddressChangeView view = addressChanges.get(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
        return VersionedResponses.ok(view, view.version());
    }

    @GET
    @Path("residence-checks")
    // --- integrators (issue 9): the police's work list of the procedure it takes part in ---
    @be.burgerzaken.kernel.api.integration.IntegratorReadable
    @Operation(summary = "Pending police residence checks (woonstvaststellingen), oldest due first",
            description = "For the local police (an API client authorised for the police service) and the population "
                    + "officer: declarations waiting for the residence check, each with the movers' names and birth "
                    + "dates (movers) and the new address.")
    public Page<AddressChangeView> pendingChecks(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return addressChanges.pendingChecks(page, size, AccessContext.rest(purpose));
    }

    @POST
    @Path("address-changes/{id}/residence-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the outcome of the police residence check",
            description = "outcome POSITIVE or NEGATIVE, visitDate, remarks, reference (officer or police report). "
                    + "If-Match optional (the status is checked in any case).")
    @APIResponse(responseCode = "409", description = "Not waiting for a check",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordCheck(@PathParam("id") String id, ResidenceCheck check,
                                @HeaderParam("If-Match") String ifMatch,
                                @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        Long version = VersionedResponses.optionalVersion(ifMatch);
        AddressChangeView view = addressChanges.recordCheck(RestParams.uuid(id, "id"), check, version,
                AccessContext.rest(purpose));
        return VersionedResponses.ok(view, view.version());
    }

    // --- population (issue 3, task E): correcting a police residence check posted by mistake ---
    @POST
    @Path("address-changes/{id}/residence-check/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the police residence check posted by mistake",
            description = "outcome POSITIVE or NEGATIVE, visitDate, remarks, reference as for the check, and reason "
                    + "(required): the new outcome supersedes the current one, which stays in the procedure's check "
                    + "history (GET .../residence-checks) with who/when it was superseded. Only while the procedure "
                    + "is undecided (CHECKED): no check yet 409 no-check, decided or withdrawn 409 check-closed. The "
                    + "population officer may correct any check; the police client only its own (403 not-own-check) "
                    + "within bz.population.address-change.check-correction.hours after posting it (default 72; "
                    + "409 correction-window-passed). If-Match (the procedure's ETag) is required (412 when stale).")
    @APIResponse(responseCode = "200", description = "The procedure with the corrected outcome; ETag its new version",
            content = @Content(schema = @Schema(implementation = AddressChangeView.class)))
    @APIResponse(responseCode = "409", description = "No check to correct, or the procedure is decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correctCheck(@PathParam("id") String id, ResidenceCheckCorrection correction,
                                 @Parameter(description = "The procedure's ETag (required)")
                                 @HeaderParam("If-Match") String ifMatch,
                                 @Parameter(description = PURPOSE_DOC, required = true)
                                 @QueryParam("purpose") String purpose) {
        AddressChangeView view = addressChanges.correctCheck(RestParams.uuid(id, "id"), correction,
                RestParams.version(ifMatch), AccessContext.rest(purpose));
        return VersionedResponses.ok(view, view.version());
    }

    @GET
    @Path("address-changes/{id}/residence-checks")
    @Operation(summary = "The residence checks of a change of address, corrections kept, oldest first")
    public List<ResidenceCheckEntryView> checkHistory(@PathParam("id") String id,
                                                      @Parameter(description = PURPOSE_DOC, required = true)
                                                      @QueryParam("purpose") String purpose) {
        return addressChanges.checkHistory(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
    }
    // --- end task E ---

    @POST
    @Path("address-changes/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or refuse a change of address",
            description = "decision APPROVE (needs a positive residence check; the residence and household change "
                    + "from the declaration date; provisional true with provisionalReason: a provisional registration) "
                    + "or REFUSE with a motivation. If-Match required. A decision on an arrival from another Belgian "
                    + "municipality is notified to that municipality (MOVE_REGISTERED / MOVE_REFUSED).")
    @APIResponse(responseCode = "409", description = "The status does not allow it, or a concurrent change",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decide(@PathParam("id") String id, AddressChangeDecision decision,
                           @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        AddressChangeView view = addressChanges.decide(RestParams.uuid(id, "id"), decision,
                RestParams.version(ifMatch), AccessContext.rest(purpose));
        return VersionedResponses.ok(view, view.version());
    }

    static AddressChangeStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AddressChangeStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "invalid", "the status is one of "
                    + List.of(AddressChangeStatus.values()));
        }
    }
}
