package be.burgerzaken.frontoffice.rest;

import be.burgerzaken.frontoffice.api.AppointmentStatus;
import be.burgerzaken.frontoffice.api.AppointmentView;
import be.burgerzaken.frontoffice.api.Appointments;
import be.burgerzaken.frontoffice.api.Booking;
import be.burgerzaken.frontoffice.api.Counter;
import be.burgerzaken.frontoffice.api.FreeSlot;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
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

import static be.burgerzaken.frontoffice.rest.Responses.IF_MATCH_DOC;
import static be.burgerzaken.frontoffice.rest.Responses.PURPOSE_DOC;

/** Counters and appointments (afspraken / rendez-vous), for clerks and for the city's site (an integrator). */
@Path("front-office")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Front office appointments", description = "Counters, free slots, booking, cancellation, no-show, day view")
@APIResponse(responseCode = "400", description = "Invalid request, naming the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AppointmentResource {
    @Inject
    Appointments appointments;
    @Context
    UriInfo uriInfo;

    @be.burgerzaken.kernel.api.integration.IntegratorReadable // the city's site (issue 9 gate): no personal data
    @GET
    @Path("counters")
    @Operation(summary = "The counters, the products they serve and their weekly opening hours")
    public List<Counter> counters() {
        return appointments.counters();
    }

    @be.burgerzaken.kernel.api.integration.IntegratorReadable // the city's site (issue 9 gate): no personal data
    @GET
    @Path("counters/{code}/free-slots")
    @Operation(summary = "Free start times for a product from..to (at most 31 days)",
            description = "The weekly opening hours minus the legal holidays and closures, on the counter's grid; "
                    + "already booked slots and past times left out.")
    public List<FreeSlot> freeSlots(@PathParam("code") String code, @QueryParam("product") String product,
                                    @QueryParam("from") String from, @QueryParam("to") String to) {
        return appointments.freeSlots(code, product, Responses.date(from, "from"), Responses.date(to, "to"));
    }

    @GET
    @Path("counters/{code}/appointments")
    @Operation(summary = "The day view: a counter's appointments on a day, by start")
    public List<AppointmentView> day(@PathParam("code") String code, @QueryParam("day") String day,
                                     @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return appointments.day(code, Responses.date(day, "day"), AccessContext.rest(purpose));
    }

    @POST
    @Path("appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book an appointment",
            description = "Body {counter, product, day yyyy-MM-dd, starts HH:mm, personId (staff) | citizenNationalNumber "
                    + "(+ nationalNumber of a household member; the city's site), language}. Outside the opening hours, "
                    + "on a closed day, off the grid or for a product the counter does not serve: 400 naming the field. "
                    + "Two bookings of one slot: one wins, the other gets 409 slot-taken. The confirmation is a PDF with "
                    + "verification code (appointments/{id}/confirmation). Integrators: only an API client authorised "
                    + "for the e-counter service (403 otherwise). With Idempotency-Key a retry with the same body "
                    + "answers the first booking; the same key with another body is 422 idempotency-key-reused.")
    @APIResponse(responseCode = "201", description = "Booked",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "slot-taken, or idempotency-key-in-use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "idempotency-key-reused: the key was used for another booking",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response book(Booking body,
                         @Parameter(in = ParameterIn.HEADER, description = "Optional: a retry with the same key and "
                                 + "body returns the first booking") @HeaderParam("Idempotency-Key") String key,
                         @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        AppointmentView v = appointments.book(body, AccessContext.rest(purpose), key);
        return Response.created(uriInfo.getBaseUriBuilder().path(AppointmentResource.class).path("appointments/{id}")
                .build(v.id())).entity(v).tag(RestParams.etag(v.version())).build();
    }

    static final String CITIZEN_DOC = "The city's site: the national number of the citizen it authenticated; it sees "
            + "only appointments it booked for that citizen (404 for any other). Ignored for staff.";

    @be.burgerzaken.kernel.api.integration.IntegratorReadable // the city's site (issue 9 gate): only the citizen's own booking (checked by the service)
    @GET
    @Path("appointments/{id}")
    @Operation(summary = "One appointment",
            description = "The city's site (e-counter client) reads only an appointment it booked for the citizen "
                    + "named in citizen; any other answers 404 (as an unknown id). Protocol-logged.")
    @APIResponse(responseCode = "404", description = "No such appointment (or not one of this citizen, for the site)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id,
                        @Parameter(description = CITIZEN_DOC) @QueryParam("citizen") String citizen,
                        @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        AppointmentView v = appointments.get(RestParams.uuid(id, "id"), citizen, AccessContext.rest(purpose));
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    @POST
    @Path("appointments/{id}/cancel")
    @Operation(summary = "Cancel (frees the slot)", description = "Needs If-Match. The city's site cancels only an "
            + "appointment it booked for the citizen named in citizen (404 otherwise).")
    public Response cancel(@PathParam("id") String id,
                           @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = CITIZEN_DOC) @QueryParam("citizen") String citizen,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        AppointmentView v = appointments.mark(RestParams.uuid(id, "id"), AppointmentStatus.CANCELLED,
                RestParams.version(ifMatch), citizen, AccessContext.rest(purpose));
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    @POST
    @Path("appointments/{id}/no-show")
    @Operation(summary = "The citizen did not come (staff; on or after the day)", description = "Needs If-Match.")
    public Response noShow(@PathParam("id") String id,
                           @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return mark(id, AppointmentStatus.NO_SHOW, ifMatch, purpose);
    }

    @POST
    @Path("appointments/{id}/done")
    @Operation(summary = "The citizen was served (staff; on or after the day)", description = "Needs If-Match.")
    public Response done(@PathParam("id") String id,
                         @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                         @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return mark(id, AppointmentStatus.DONE, ifMatch, purpose);
    }

    private Response mark(String id, AppointmentStatus status, String ifMatch, String purpose) {
        AppointmentView v = appointments.mark(RestParams.uuid(id, "id"), status, RestParams.version(ifMatch),
                AccessContext.rest(purpose));
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    @be.burgerzaken.kernel.api.integration.IntegratorReadable // the city's site (issue 9 gate): only the citizen's own booking (checked by the service)
    @GET
    @Path("appointments/{id}/confirmation")
    @Produces("application/pdf")
    @Operation(summary = "The confirmation PDF (verification code and QR); for the site under the same check as the read")
    public Response confirmation(@PathParam("id") String id,
                                 @Parameter(description = CITIZEN_DOC) @QueryParam("citizen") String citizen,
                                 @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return Responses.pdf(appointments.confirmation(RestParams.uuid(id, "id"), citizen, AccessContext.rest(purpose)));
    }
}
