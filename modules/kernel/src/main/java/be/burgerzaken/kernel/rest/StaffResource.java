package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.application.StaffPersonService;
import be.burgerzaken.kernel.application.StaffPersonService.StaffAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Staff accounts linked to their person (issue 9, second part): the administrator records a colleague's national
 * number so that lookups of colleagues are flagged (misuse signal COLLEAGUE_LOOKUP).
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff accounts", description = "Staff accounts and the person each belongs to (administrator)")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an administrator",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StaffResource {

    /** The national number to link; blank or null unlinks. */
    public record PersonLink(String nationalNumber) {
    }

    @Inject
    StaffPersonService staff;

    @GET
    @Operation(summary = "The staff accounts with the national number linked to each (if any)")
    public List<StaffAccount> accounts() {
        return staff.accounts();
    }

    @PUT
    @Path("{username}/person")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a staff account to its person (national number); blank unlinks",
            description = "Lookups of that person by other staff members are then flagged as COLLEAGUE_LOOKUP in "
                    + "the misuse signals. Logged in the protocol log.")
    @APIResponse(responseCode = "200", description = "The account with its link")
    @APIResponse(responseCode = "404", description = "No such staff account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffAccount link(@PathParam("username") String username, PersonLink link) {
        return staff.link(username, link == null ? null : link.nationalNumber());
    }
}
