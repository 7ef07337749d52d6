package be.burgerzaken.frontoffice.rest;

import be.burgerzaken.frontoffice.api.QualityDashboard;
import be.burgerzaken.frontoffice.api.QualityRow;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** The quality dashboard's figures as JSON or CSV (aggregates, no personal data). */
@Path("front-office/quality")
@RequestScoped
@Tag(name = "Front office quality", description = "Volumes, lead times against the target, first contact, channels, "
        + "appointment wait, backlog per product and month")
@APIResponse(responseCode = "400", description = "Invalid months or product",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class QualityResource {
    static final String PURPOSE = "service quality figures";

    @Inject
    QualityDashboard dashboard;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per product and month from..to (yyyy-MM, at most 24 months), optionally one product")
    public List<QualityRow> json(@QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("product") String product) {
        return dashboard.rows(Responses.month(from, "from"), Responses.month(to, "to"), product,
                AccessContext.rest(PURPOSE));
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(summary = "The same figures as CSV (UTF-8, comma separated, one header line)")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("product") String product) {
        return Response.ok(Csv.of(json(from, to, product)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"front-office-quality.csv\"").build();
    }
}
