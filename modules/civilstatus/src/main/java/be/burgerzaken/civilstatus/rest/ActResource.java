package be.burgerzaken.civilstatus.rest;

import be.burgerzaken.civilstatus.api.ActAttachments;
import be.burgerzaken.civilstatus.api.ActDraft;
import be.burgerzaken.civilstatus.api.ActSearch;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActSummary;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.civilstatus.api.Amendment;
import be.burgerzaken.civilstatus.api.AttachmentData;
import be.burgerzaken.civilstatus.api.AttachmentView;
import be.burgerzaken.civilstatus.api.CivilStatusActs;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Civil-status acts: drafts, their lifecycle up to registration by the civil registrar, amendments,
 * attachments and the act index. Every personal-data call states its purpose in the {@code purpose} query
 * parameter and is protocol-logged.
 */
@Path("civil-status/acts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Civil status", description = "Civil-status acts (akten van de burgerlijke stand / actes de l'état civil)")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "birth after the act", value = """
                        {"type":"https://burgerzaken.be/problems/validation","title":"Invalid request","status":400,
                         "detail":"content.birthDate: the date of the birth (2026-06-02) is after the act's date (2026-06-01)",
                         "errors":[{"field":"content.birthDate","code":"after-act-date",
                         "message":"the date of the birth (2026-06-02) is after the act's date (2026-06-01)"}]}""")))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Authenticated, but the role does not allow it (registering: "
        + "civil registrar only)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class ActResource {
    static final String PURPOSE_DOC = "Why the data is needed (file number, legal basis); written to the protocol log";
    static final String IF_MATCH_DOC = "ETag of the version the change is based on";

    /** The body of an abandonment. */
    public record Abandonment(String reason) {
    }

    @Inject
    CivilStatusActs acts;
    @Inject
    ActAttachments attachments;
    // --- integrators (issue 9, second part) ---
    @Inject
    be.burgerzaken.kernel.api.access.AccessControl access;
    @Inject
    be.burgerzaken.kernel.api.integration.IntegratorAccess integrators;
    // --- end integrators ---
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a civil-status act",
            description = "content.type names the act type (BIRTH, RECOGNITION_PRENATAL, RECOGNITION, "
                    + "MARRIAGE_DECLARATION, MARRIAGE, DIVORCE, DEATH, NAME_CHANGE, SEX_REGISTRATION_CHANGE, "
                    + "NATIONALITY_ACQUISITION, NATIONALITY_LOSS, ADOPTION, FOREIGN_ACT) and decides the other content "
                    + "members. A draft may be incomplete but must be consistent (e.g. no birth after today). "
                    + "drawnUpAt defaults to the city's NIS code. Clerks and civil registrars.")
    @APIResponse(responseCode = "201", description = "Drafted; Location is the act, ETag its version",
            content = @Content(schema = @Schema(implementation = ActView.class)))
    public Response create(ActDraft draft,
                           @Parameter(in = ParameterIn.HEADER, description = "Optional: a retry with the same key and "
                                   + "body returns the act drafted the first time") @HeaderParam("Idempotency-Key") String key,
                           @Parameter(description = PURPOSE_DOC, required = true, example = "birth declaration 2026/311")
                           @QueryParam("purpose") String purpose) {
        return created(acts.createDraft(draft, AccessContext.rest(purpose), key));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One act with its history (original and amendments) and the steps allowed next",
            description = "The ETag is the version, for If-Match on the next change.")
    @APIResponse(responseCode = "200", description = "The act", content = @Content(schema = @Schema(implementation = ActView.class)))
    @APIResponse(responseCode = "404", description = "No such act",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @be.burgerzaken.kernel.api.integration.IntegratorReadable // --- integrators (issue 9): IntegratorActFields ---
    public Response get(@PathParam("id") String id,
                        @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                        @Parameter(description = IntegratorActFields.ACT_FIELDS_DOC) @QueryParam("fields") String fields) {
        UUID actId = RestParams.uuid(id, "id");
        // --- integrators (issue 9, second part): registered acts only, fields by the act type's information type ---
        if (access.currentActor().kind() == be.burgerzaken.kernel.api.access.ActorKind.INTEGRATOR) {
            var ref = acts.reference(actId)
                    .filter(r -> r.status() == be.burgerzaken.civilstatus.api.ActStatus.REGISTERED)
                    .orElseThrow(() -> new be.burgerzaken.kernel.api.problem.NotFoundException(
                            "no registered civil-status act " + actId));
            var grant = integrators.authorise(IntegratorActFields.catalog(ref.type()), fields,
                    AccessContext.rest(purpose), false, ref.persons());
            ActView v = acts.get(actId, AccessContext.rest(purpose));
            return Response.ok(grant.filter(v)).tag(RestParams.etag(v.version())).build();
        }
        // --- end integrators ---
        return ok(acts.get(actId, AccessContext.rest(purpose)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft (its place, legal basis and content; not its type)",
            description = "Needs If-Match. A registered act is never changed: 409 act-registered, with the amendment "
                    + "route in 'amendment' and in the Link header (rel=\"amendment\").")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is returned")
    @APIResponse(responseCode = "409", description = "Registered (immutable: amend it) or not a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The act was changed since that version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") String id, ActDraft draft,
                           @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        UUID actId = RestParams.uuid(id, "id");
        return ok(acts.updateDraft(actId, draft, RestParams.version(ifMatch), AccessContext.rest(purpose)));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit a draft for signature (DRAFT to READY_FOR_SIGNATURE)",
            description = "Checks everything the act type requires; each missing or wrong field is named. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Ready for signature")
    @APIResponse(responseCode = "409", description = "The status does not allow it, or the act conflicts with the "
            + "registers (e.g. the person is already deceased)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") String id,
                           @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        UUID actId = RestParams.uuid(id, "id");
        return ok(acts.submit(actId, RestParams.version(ifMatch), AccessContext.rest(purpose)));
    }

    @POST
    @Path("{id}/back-to-draft")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(description = "Optional: {\"remark\":\"...\"}, what the drafter should correct (at most 500 "
            + "characters)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SendBack.class)))
    @Operation(summary = "Take an act waiting for signature back to draft, with a remark",
            description = "Needs If-Match. The remark (optional) stays with the act and is shown with the draft.")
    @APIResponse(responseCode = "200", description = "A draft again")
    public Response backToDraft(@PathParam("id") String id, String body,
                                @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        UUID actId = RestParams.uuid(id, "id");
        return ok(acts.backToDraft(actId, sendBack(body).remark(), RestParams.version(ifMatch),
                AccessContext.rest(purpose)));
    }

    /** The body of a send-back to draft. */
    public record SendBack(String remark) {
    }

    private static SendBack sendBack(String body) {
        if (body == null || body.isBlank()) {
            return new SendBack(null);
        }
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            SendBack parsed = jsonb.fromJson(body, SendBack.class);
            return parsed == null ? new SendBack(null) : parsed;
        } catch (RuntimeException e) {
            throw new ValidationException("body", "invalid", "send {\"remark\":\"...\"} or no body");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("signing-queue")
    @Operation(summary = "The civil registrar's signing queue",
            description = "The acts waiting for signature (READY_FOR_SIGNATURE), the longest waiting first (by the time "
                    + "they were submitted: updatedAt), each with who drafted it and the persons it names. Paged.")
    @APIResponse(responseCode = "200", description = "A page of acts waiting for signature")
    public Page<ActSummary> signingQueue(@QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("20") int size,
                                         @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return acts.signingQueue(page, size, AccessContext.rest(purpose));
    }

    @POST
    @Path("{id}/abandonment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Abandon a draft or an act waiting for signature, with the reason",
            description = "Body {\"reason\":\"...\"}. Needs If-Match. An abandoned act is never registered.")
    @APIResponse(responseCode = "200", description = "Abandoned")
    public Response abandon(@PathParam("id") String id, Abandonment body,
                            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        UUID actId = RestParams.uuid(id, "id");
        return ok(acts.abandon(actId, body == null ? null : body.reason(), RestParams.version(ifMatch),
                AccessContext.rest(purpose)));
    }

    @POST
    @Path("{id}/registration")
    @Operation(summary = "Sign and register an act (civil registrar only)",
            description = "READY_FOR_SIGNATURE to REGISTERED: checks the act again, allocates the next number of the "
                    + "register and year (gap-free, in the same transaction), records the date, the officer and the "
                    + "sign-off. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Registered, with its number")
    @APIResponse(responseCode = "409", description = "Not ready for signature, already registered, or the act "
            + "conflicts with the registers; nothing is stored and no number is used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("id") String id,
                             @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                             @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        UUID actId = RestParams.uuid(id, "id");
        return ok(acts.register(actId, RestParams.version(ifMatch), AccessContext.rest(purpose)));
    }

    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft an amended act correcting a registered act",
            description = "Body: legalBasis (COURT_DECISION, ACT, DECLARATION or ADMINISTRATIVE_DECISION, with its "
                    + "reference), reason, corrected (the content as it should read, of the original's type). The "
                    + "changed fields are computed. The new act (type AMENDED) is submitted and registered like any act; "
                    + "the original is never changed and its view lists the amendments in order.")
    @APIResponse(responseCode = "201", description = "The amended act, as a draft",
            content = @Content(schema = @Schema(implementation = ActView.class)))
    @APIResponse(responseCode = "409", description = "The act is not registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response amend(@PathParam("id") String id, Amendment amendment,
                          @Parameter(in = ParameterIn.HEADER, description = "Optional: a retry with the same key and "
                                  + "body returns the amended act drafted the first time") @HeaderParam("Idempotency-Key") String key,
                          @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return created(acts.amend(RestParams.uuid(id, "id"), amendment, AccessContext.rest(purpose), key));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(description = "The file itself (PDF, PNG or JPEG); Content-Type must match its bytes",
            content = {@Content(mediaType = "application/pdf"), @Content(mediaType = "image/png"),
                    @Content(mediaType = "image/jpeg")})
    @Operation(summary = "Attach a document to a draft (PDF, PNG or JPEG)",
            description = "The body is the file; Content-Type must be application/pdf, image/png or image/jpeg and match "
                    + "the bytes (checked by their signature). Size limit bz.civilstatus.attachment.max-bytes. The SHA-256 "
                    + "is stored and returned. If-Match optional; the act's version goes up.")
    @APIResponse(responseCode = "201", description = "Attached; Location is the download",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "409", description = "The act is not a draft (registered acts: amend them)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attach(@PathParam("id") String id, InputStream body,
                           @HeaderParam("Content-Type") String contentType,
                           @Parameter(description = "The file's name, e.g. vonnis-2026-0311.pdf") @QueryParam("fileName") String fileName,
                           @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        UUID actId = RestParams.uuid(id, "id");
        Long version = ifMatch == null || ifMatch.isBlank() ? null : RestParams.version(ifMatch);
        AttachmentView a = attachments.add(actId, fileName, contentType, body, version, AccessContext.rest(purpose));
        URI location = uriInfo.getBaseUriBuilder().path(ActResource.class).path("{id}/attachments/{attachment}")
                .build(actId, a.id());
        return Response.created(location).entity(a).build();
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment", description = "The file with its content type; Repr-Digest "
            + "carries its SHA-256.")
    @APIResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "application/pdf"),
            @Content(mediaType = "image/png"), @Content(mediaType = "image/jpeg")})
    @APIResponse(responseCode = "404", description = "No such act or attachment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("id") String id, @PathParam("attachment") String attachment,
                             @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        AttachmentData d = attachments.get(RestParams.uuid(id, "id"), RestParams.uuid(attachment, "attachment"),
                AccessContext.rest(purpose));
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(d.attachment().sha256()));
        return Response.ok(d.content(), d.attachment().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + d.attachment().fileName()
                        .replace("\"", "") + "\"")
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("X-Content-Type-Options", "nosniff")
                .tag(d.attachment().sha256()).build();
    }

    @DELETE
    @Path("{id}/attachments/{attachment}")
    @Operation(summary = "Remove an attachment from a draft", description = "If-Match optional.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response detach(@PathParam("id") String id, @PathParam("attachment") String attachment,
                           @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        Long version = ifMatch == null || ifMatch.isBlank() ? null : RestParams.version(ifMatch);
        attachments.remove(RestParams.uuid(id, "id"), RestParams.uuid(attachment, "attachment"), version,
                AccessContext.rest(purpose));
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "The act index (klapper / table des actes)",
            description = "Criteria combine: personId (a person the act names), familyName/givenNames (tolerant search in "
                    + "the person register, resolved to persons), type, status, from/to (date drawn up, inclusive), number, "
                    + "officer (the signing registrar's user name). Newest first, paged.")
    @APIResponse(responseCode = "200", description = "A page of acts: items (ActSummary; for integrators only the "
            + "granted fields), page, size, total")
    @be.burgerzaken.kernel.api.integration.IntegratorReadable // --- integrators (issue 9): IntegratorActFields.INDEX ---
    public Response search(@QueryParam("personId") String personId,
                                   @QueryParam("familyName") String familyName,
                                   @QueryParam("givenNames") String givenNames,
                                   @Parameter(description = "Act type, e.g. BIRTH") @QueryParam("type") String type,
                                   @Parameter(description = "DRAFT, READY_FOR_SIGNATURE, REGISTERED or ABANDONED")
                                   @QueryParam("status") String status,
                                   @Parameter(description = "First day drawn up (YYYY-MM-DD)") @QueryParam("from") String from,
                                   @Parameter(description = "Last day drawn up (YYYY-MM-DD)") @QueryParam("to") String to,
                                   @Parameter(description = "The act number, e.g. 2026/BIRTH/17") @QueryParam("number") String number,
                                   @Parameter(description = "The signing officer's user name") @QueryParam("officer") String officer,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size,
                                   @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                                   @Parameter(description = "Integrators: comma-separated fields wanted (number, "
                                           + "drawnUpOn, subjects, persons, amendsActId); integrators must give "
                                           + "personId and see registered acts only") @QueryParam("fields") String fields) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID person = personId == null || personId.isBlank() ? null : RestParams.uuid(personId, "personId");
        ActType t = enumValue(ActType.class, type, "type", problems);
        ActStatus s = enumValue(ActStatus.class, status, "status", problems);
        LocalDate f = date(from, "from", problems);
        LocalDate u = date(to, "to", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // --- integrators (issue 9, second part): one person's registered acts, filtered by IntegratorActFields.INDEX ---
        if (access.currentActor().kind() == be.burgerzaken.kernel.api.access.ActorKind.INTEGRATOR) {
            if (person == null || (familyName != null && !familyName.isBlank())
                    || (givenNames != null && !givenNames.isBlank()) || (officer != null && !officer.isBlank())) {
                throw new ValidationException("personId", "integrator-criteria", "integrators look up the acts of "
                        + "one person by personId (no name or officer search)");
            }
            if (s != null && s != ActStatus.REGISTERED) {
                throw new ValidationException("status", "integrator-status", "integrators read registered acts only");
            }
            var grant = integrators.authorise(IntegratorActFields.INDEX, fields, AccessContext.rest(purpose), false,
                    List.of(person));
            Page<ActSummary> found = acts.search(new ActSearch(person, null, null, t, ActStatus.REGISTERED, f, u, number,
                    null, page, size), AccessContext.rest(purpose));
            return Response.ok(jakarta.json.Json.createObjectBuilder().add("items", grant.filterAll(found.items()))
                    .add("page", found.page()).add("size", found.size()).add("total", found.total()).build()).build();
        }
        // --- end integrators ---
        return Response.ok(acts.search(new ActSearch(person, familyName, givenNames, t, s, f, u, number, officer, page,
                size), AccessContext.rest(purpose))).build();
    }

    private Response created(ActView v) {
        return Response.created(uriInfo.getBaseUriBuilder().path(ActResource.class).path(v.id().toString()).build())
                .entity(v).tag(RestParams.etag(v.version())).build();
    }

    private static Response ok(ActView v) {
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "unknown", "'" + value + "': one of "
                    + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "invalid", "'" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
