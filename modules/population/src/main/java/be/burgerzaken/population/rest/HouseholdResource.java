package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.HouseholdHistoryEntry;
import be.burgerzaken.population.api.HouseholdMaintenance;
import be.burgerzaken.population.api.PositionChange;
import be.burgerzaken.population.api.ReferencePersonChange;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Household maintenance without a move (issue 3): change of reference person, a member's position, the composition
 * history. Commands answer the composition as of the change date with the household's ETag; If-Match optional
 * (stale: 412), Idempotency-Key makes retries safe.
 */
@Path("population")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Households", description = "Gezinssamenstelling / composition de ménage (IT 140/141)")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason; nothing was stored",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such household",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "A concurrent change of the household (concurrent-change)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "If-Match is not the household's current ETag",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HouseholdResource {
    static final String PURPOSE_DOC = PopulationResource.PURPOSE_DOC;
    static final String IF_MATCH_DOC = "Optional: the household's ETag (its composition's version) the change is based "
            + "on (412 when stale)";

    @Inject
    HouseholdMaintenance households;

    @POST
    @Path("households/{householdId}/reference-person")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the reference person without a move (wijziging referentiepersoon)",
            description = "newReferencePersonId (a current adult member: not-in-household, already-reference-person, "
                    + "minor), previousReferencePosition (the position the current reference person takes, e.g. "
                    + "SPOUSE_OR_PARTNER; required when the household has one, none when it has none), date (not in "
                    + "the future, not before the memberships began), basis. Both memberships end on date and new "
                    + "ones begin: the history keeps the old composition. Also takes a household off the work list "
                    + "of households without a reference person.")
    @APIResponse(responseCode = "200", description = "The composition from the date",
            content = @Content(schema = @Schema(implementation = HouseholdComposition.class)))
    public Response changeReferencePerson(@PathParam("householdId") String householdId, ReferencePersonChange change,
                                          @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                          @Parameter(in = ParameterIn.HEADER, description = RegisterProcedureResource.KEY_DOC)
                                          @HeaderParam("Idempotency-Key") String key,
                                          @Parameter(description = PURPOSE_DOC, required = true)
                                          @QueryParam("purpose") String purpose) {
        HouseholdComposition c = households.changeReferencePerson(RestParams.uuid(householdId, "householdId"), change,
                VersionedResponses.optionalVersion(ifMatch), AccessContext.rest(purpose), key);
        return VersionedResponses.ok(c, c.version());
    }

    @POST
    @Path("households/{householdId}/members/{personId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a member's position (positie in het gezin / position dans le ménage, IT 141)",
            description = "position (not REFERENCE_PERSON: use-reference-person-change; not the current one: "
                    + "same-position), date. The reference person's position changes with a change of reference "
                    + "person (personId reference-person).")
    @APIResponse(responseCode = "200", description = "The composition from the date",
            content = @Content(schema = @Schema(implementation = HouseholdComposition.class)))
    public Response changePosition(@PathParam("householdId") String householdId,
                                   @PathParam("personId") String personId, PositionChange change,
                                   @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                   @Parameter(in = ParameterIn.HEADER, description = RegisterProcedureResource.KEY_DOC)
                                   @HeaderParam("Idempotency-Key") String key,
                                   @Parameter(description = PURPOSE_DOC, required = true)
                                   @QueryParam("purpose") String purpose) {
        HouseholdComposition c = households.changePosition(RestParams.uuid(householdId, "householdId"),
                RestParams.uuid(personId, "personId"), change, VersionedResponses.optionalVersion(ifMatch),
                AccessContext.rest(purpose), key);
        return VersionedResponses.ok(c, c.version());
    }

    @GET
    @Path("households/{householdId}/history")
    @Operation(summary = "The household's composition history: every membership period, oldest first",
            description = "personId, position, validFrom/validTo (half-open), recordedAt/By, closedAt/By.")
    public List<HouseholdHistoryEntry> history(@PathParam("householdId") String householdId,
                                               @Parameter(description = PURPOSE_DOC, required = true)
                                               @QueryParam("purpose") String purpose) {
        return households.history(RestParams.uuid(householdId, "householdId"), AccessContext.rest(purpose));
    }
}
