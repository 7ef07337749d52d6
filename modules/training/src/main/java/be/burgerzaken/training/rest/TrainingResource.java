package be.burgerzaken.training.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.training.api.AttendanceInput;
import be.burgerzaken.training.api.BriefingView;
import be.burgerzaken.training.api.CourseInput;
import be.burgerzaken.training.api.CourseView;
import be.burgerzaken.training.api.Dashboard;
import be.burgerzaken.training.api.DeclarationInput;
import be.burgerzaken.training.api.DeclarationTypeInput;
import be.burgerzaken.training.api.DeclarationTypeView;
import be.burgerzaken.training.api.EnrolmentInput;
import be.burgerzaken.training.api.EnrolmentView;
import be.burgerzaken.training.api.ExemptionEndInput;
import be.burgerzaken.training.api.ExemptionInput;
import be.burgerzaken.training.api.ExemptionView;
import be.burgerzaken.training.api.LegalChangeInput;
import be.burgerzaken.training.api.LegalChangeView;
import be.burgerzaken.training.api.MyTraining;
import be.burgerzaken.training.api.NotificationView;
import be.burgerzaken.training.api.RequirementInput;
import be.burgerzaken.training.api.RequirementView;
import be.burgerzaken.training.api.RevocationInput;
import be.burgerzaken.training.api.SessionInput;
import be.burgerzaken.training.api.SessionView;
import be.burgerzaken.training.api.StaffInput;
import be.burgerzaken.training.api.StaffView;
import be.burgerzaken.training.api.Training;
import be.burgerzaken.training.api.WarningRun;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Staff training over REST: catalogue, sessions (enrolment, waiting list, attendance with certificates), staff
 * records, declarations, revocations, exemptions, requirements per role, legal change briefings, "my training",
 * the compliance dashboard (JSON and CSV), notifications and the expiry-warning run. Staff data only: no purpose.
 */
@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "Staff training and the requirements that gate roles (opleiding / formation)")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "negative validity", value = """
                        {"type":"https://burgerzaken.be/problems/validation","title":"Invalid request","status":400,
                         "errors":[{"field":"validityMonths","code":"negative","message":"the validity cannot be negative (-6 months); leave it empty for a course that never expires"}]}""")))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role does not allow it, or (any protected call of the API) none "
        + "of the caller's roles granting it is effective: 'missing' names the course, declaration or briefing and the "
        + "role, e.g. [\"course:PRIVACY-NR\",\"role:clerk\"]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TrainingResource {
    static final String IF_MATCH_DOC = "ETag of the version the change is based on";

    @Inject
    Training training;
    @Context
    UriInfo uriInfo;

    private static AccessContext ctx() {
        return AccessContext.rest(null);
    }

    // catalogue

    @GET
    @Path("courses")
    @Operation(summary = "The course catalogue")
    public List<CourseView> courses() {
        return training.courses(ctx());
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a course (coordinator)", description = "topic: SERVICE, PRIVACY_NATIONAL_REGISTER, "
            + "CIVIL_STATUS_LAW, POPULATION_LAW, CRIMINAL_RECORDS, ELECTIONS, EID_DOCUMENTS, OTHER; format: CLASSROOM, "
            + "E_LEARNING, BRIEFING; validityMonths empty = never expires, negative = 400.")
    @APIResponse(responseCode = "201", description = "Added; ETag its version",
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "409", description = "The code exists", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response createCourse(CourseInput input) {
        CourseView v = training.createCourse(input, ctx());
        return created("courses/" + v.id(), v, v.version());
    }

    @PUT
    @Path("courses/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a course (coordinator); needs If-Match")
    @APIResponse(responseCode = "412", description = "Changed since that version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response updateCourse(@PathParam("id") String id, CourseInput input,
                                 @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch) {
        UUID courseId = RestParams.uuid(id, "id");
        CourseView v = training.updateCourse(courseId, input, RestParams.version(ifMatch), ctx());
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    @GET
    @Path("declaration-types")
    @Operation(summary = "The kinds of declarations (e.g. confidentiality for criminal records)")
    public List<DeclarationTypeView> declarationTypes() {
        return training.declarationTypes(ctx());
    }

    @POST
    @Path("declaration-types")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a kind of declaration (coordinator)")
    @APIResponse(responseCode = "201", description = "Added")
    public Response createDeclarationType(DeclarationTypeInput input) {
        DeclarationTypeView v = training.createDeclarationType(input, ctx());
        return created("declaration-types/" + v.id(), v, v.version());
    }

    // sessions

    @GET
    @Path("sessions")
    @Operation(summary = "Sessions starting between from and to (default: a year back and ahead)")
    public List<SessionView> sessions(@QueryParam("from") String from, @QueryParam("to") String to) {
        return training.sessions(date(from, "from"), date(to, "to"), ctx());
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "A session; the coordinator sees its enrolments, waiting list and attendance sheet")
    public SessionView session(@PathParam("id") String id) {
        return training.session(RestParams.uuid(id, "id"), ctx());
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a session (coordinator)", description = "startsAt/endsAt in Belgian local time "
            + "(2026-12-03T09:00). A trainer giving an overlapping session: 409 trainer-overlap, nothing stored.")
    @APIResponse(responseCode = "201", description = "Planned")
    @APIResponse(responseCode = "409", description = "The trainer gives another session at that time",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response createSession(SessionInput input) {
        SessionView v = training.createSession(input, ctx());
        return created("sessions/" + v.id(), v, v.version());
    }

    @POST
    @Path("sessions/{id}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol (yourself with an empty body, or a staff member as coordinator)",
            description = "A full session answers 201 with status WAITING (waiting list, in order of enrolment).")
    @APIResponse(responseCode = "201", description = "ENROLLED or WAITING")
    @APIResponse(responseCode = "409", description = "Already enrolled, or the session has started",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response enrol(@PathParam("id") String id, EnrolmentInput input) {
        EnrolmentView v = training.enrol(RestParams.uuid(id, "id"), input == null ? null : input.staffId(), ctx());
        return created("sessions/" + v.sessionId(), v, v.version());
    }

    @DELETE
    @Path("sessions/{id}/enrolments/{staffId}")
    @Operation(summary = "Cancel an enrolment; the first on the waiting list takes the place")
    public EnrolmentView cancel(@PathParam("id") String id, @PathParam("staffId") String staffId) {
        return training.cancel(RestParams.uuid(id, "id"), RestParams.uuid(staffId, "staffId"), ctx());
    }

    @POST
    @Path("sessions/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register attendance and result (coordinator)", description = "A session that has not "
            + "started: 400 session-in-future. PASSED issues a certificate of attendance (kernel document, verifiable "
            + "by QR); its code is certificateCode.")
    @APIResponse(responseCode = "200", description = "Registered")
    @APIResponse(responseCode = "409", description = "Already registered", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public EnrolmentView attendance(@PathParam("id") String id, AttendanceInput input) {
        return training.registerAttendance(RestParams.uuid(id, "id"), input, ctx());
    }

    // staff

    @GET
    @Path("staff")
    @Operation(summary = "Staff members with their compliance today (coordinator)")
    public List<StaffView> staff() {
        return training.staff(ctx());
    }

    @GET
    @Path("staff/{id}")
    @Operation(summary = "A staff member's training record and the compliance of each role today (coordinator)")
    public Response staffMember(@PathParam("id") String id) {
        StaffView v = training.staffMember(RestParams.uuid(id, "id"), ctx());
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    @POST
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff member and his or her user account (administrator)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The user exists", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response createStaff(StaffInput input) {
        StaffView v = training.createStaff(input, ctx());
        return created("staff/" + v.id(), v, v.version());
    }

    @POST
    @Path("staff/{id}/declarations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a signed declaration (coordinator); its expiry follows the type's validity")
    public StaffView declaration(@PathParam("id") String id, DeclarationInput input) {
        return training.registerDeclaration(RestParams.uuid(id, "id"), input, ctx());
    }

    @POST
    @Path("staff/{id}/revocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a course from a staff member (coordinator): its attendances stop counting at once")
    public StaffView revoke(@PathParam("id") String id, RevocationInput input) {
        return training.revokeCourse(RestParams.uuid(id, "id"), input, ctx());
    }

    @POST
    @Path("staff/{id}/exemptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a time-limited exemption with its reason (administrator; logged)")
    @APIResponse(responseCode = "201", description = "Granted")
    public Response exemption(@PathParam("id") String id, ExemptionInput input) {
        ExemptionView v = training.grantExemption(RestParams.uuid(id, "id"), input, ctx());
        return Response.status(201).entity(v).tag(RestParams.etag(v.version())).build();
    }

    @POST
    @Path("staff/{id}/exemptions/{exemptionId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End an exemption early with the reason (administrator; If-Match; logged)",
            description = "{reason} 10 to 500 characters. From today the exemption no longer covers (the gate "
                    + "re-evaluates at once); the grant stays recorded with its end. 409 ended / expired.")
    @APIResponse(responseCode = "200", description = "Ended", content = @Content(schema = @Schema(implementation = ExemptionView.class)))
    @APIResponse(responseCode = "412", description = "Changed since that version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response endExemption(@PathParam("id") String id, @PathParam("exemptionId") String exemptionId,
                                 @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                 ExemptionEndInput input) {
        ExemptionView v = training.endExemption(RestParams.uuid(id, "id"), RestParams.uuid(exemptionId, "exemptionId"),
                input, RestParams.version(ifMatch), ctx());
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    // requirements

    @GET
    @Path("requirements")
    @Operation(summary = "The requirements per role (dated rows)")
    public List<RequirementView> requirements() {
        return training.requirements(ctx());
    }

    @POST
    @Path("requirements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a requirement (coordinator, administrator; logged)")
    @APIResponse(responseCode = "201", description = "Added")
    public Response createRequirement(RequirementInput input) {
        RequirementView v = training.createRequirement(input, ctx());
        return created("requirements/" + v.id(), v, v.version());
    }

    @PUT
    @Path("requirements/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a requirement, e.g. end it with validTo (needs If-Match; logged)")
    public Response updateRequirement(@PathParam("id") String id, RequirementInput input,
                                      @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch) {
        UUID rid = RestParams.uuid(id, "id");
        RequirementView v = training.updateRequirement(rid, input, RestParams.version(ifMatch), ctx());
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    // legal change briefings

    @GET
    @Path("legal-changes")
    @Operation(summary = "Marked legal changes with how many of the staff concerned completed the briefing")
    public List<LegalChangeView> legalChanges() {
        return training.legalChanges(ctx());
    }

    @POST
    @Path("legal-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a legal change: the staff holding the roles concerned get a required briefing by dueOn")
    @APIResponse(responseCode = "201", description = "Marked")
    public Response markLegalChange(LegalChangeInput input) {
        LegalChangeView v = training.markLegalChange(input, ctx());
        return created("legal-changes/" + v.id(), v, v.version());
    }

    @POST
    @Path("legal-changes/{id}/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a completed briefing (yourself with an empty body, or a staff member as coordinator)")
    public BriefingView complete(@PathParam("id") String id, EnrolmentInput input) {
        return training.completeBriefing(RestParams.uuid(id, "id"), input == null ? null : input.staffId(), ctx());
    }

    // own record, certificates

    @GET
    @Path("me")
    @Operation(summary = "My training: per role what I need and its status, what I hold, my enrolments, open sessions, "
            + "briefings and warnings (every staff role, also while blocked)")
    public MyTraining me() {
        return training.myTraining(ctx());
    }

    @GET
    @Path("certificates/{enrolmentId}")
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    @Operation(summary = "The certificate of attendance (PDF) of one of my attendances (the coordinator: anybody's)")
    public Response certificate(@PathParam("enrolmentId") String id) {
        IssuedDocument d = training.certificate(RestParams.uuid(id, "enrolmentId"), ctx());
        return Response.ok(d.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"training-certificate-" + d.verificationCode() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    // dashboard, notifications, warnings

    @GET
    @Path("dashboard")
    @Operation(summary = "Compliance per team and role, and per person with sessions and hours in the year (coordinator)")
    public Dashboard dashboard(@QueryParam("year") Integer year) {
        return training.dashboard(year == null ? Year.now().getValue() : year, ctx());
    }

    @GET
    @Path("dashboard.csv")
    @Produces("text/csv")
    @Operation(summary = "The dashboard's staff lines as CSV (semicolon-separated, UTF-8)")
    public Response dashboardCsv(@QueryParam("year") Integer year) {
        int y = year == null ? Year.now().getValue() : year;
        return Response.ok(training.dashboardCsv(y, ctx()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"training-compliance-" + y + ".csv\"").build();
    }

    @GET
    @Path("notifications")
    @Operation(summary = "Expiry warnings: mine, or (coordinator) everybody's, newest first")
    public List<NotificationView> notifications() {
        return training.notifications(ctx());
    }

    @POST
    @Path("expiry-warnings/run")
    @Operation(summary = "Produce the expiry warnings now (administrator; the nightly job does it at 03:00)")
    public WarningRun runWarnings() {
        return training.runExpiryWarnings(AccessContext.rest("training expiry warnings run on demand"));
    }

    private Response created(String path, Object entity, long version) {
        return Response.created(uriInfo.getBaseUriBuilder().path(TrainingResource.class).path(path).build())
                .entity(entity).tag(RestParams.etag(version)).build();
    }

    private static LocalDate date(String v, String field) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + v + "' is not a date (yyyy-mm-dd)");
        }
    }
}
