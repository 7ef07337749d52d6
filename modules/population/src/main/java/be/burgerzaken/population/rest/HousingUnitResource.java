package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.population.api.HousingUnit;
import be.burgerzaken.population.api.HousingUnitInput;
import be.burgerzaken.population.api.HousingUnitLoad;
import be.burgerzaken.population.api.HousingUnits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The known housing units (woongelegenheden / logements): list, add one, load a list. Reference data. */
@Path("population/housing-units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality signals")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason (lines[n].field for lists)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Authenticated, but the role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HousingUnitResource {
    @Inject
    HousingUnits units;
    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The housing units of a street, or of one house number (every box)")
    public List<HousingUnit> at(@Parameter(required = true) @QueryParam("streetCode") String streetCode,
                                @QueryParam("houseNumber") String houseNumber) {
        return units.at(streetCode, houseNumber, AccessContext.rest(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a housing unit",
            description = "streetCode, houseNumber, optional box, kind (HOUSE, APARTMENT, STUDIO, ROOM, COLLECTIVE, "
                    + "OTHER), optional source. Population officer, administrator.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = HousingUnit.class)))
    @APIResponse(responseCode = "409", description = "Known already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(HousingUnitInput unit) {
        HousingUnit added = units.add(unit, AccessContext.rest(null));
        return Response.created(uriInfo.getBaseUriBuilder().path("population/housing-units")
                .queryParam("streetCode", added.streetCode()).queryParam("houseNumber", added.houseNumber()).build())
                .entity(added).build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Load a list of housing units, all or nothing",
            description = "CSV, UTF-8, one unit per line: streetCode;houseNumber;box;kind (box may be empty; a header "
                    + "line streetCode;... is skipped). Known units are counted, not refused; an invalid line refuses "
                    + "the list with lines[n].field.")
    @APIResponse(responseCode = "200", description = "How many were added and how many were known",
            content = @Content(schema = @Schema(implementation = HousingUnitLoad.class)))
    public HousingUnitLoad load(String csv,
                                @Parameter(description = "Where the list comes from, e.g. 'building register 2026-05'")
                                @QueryParam("source") String source) {
        return units.load(csv, source, AccessContext.rest(null));
    }
}
