package be.burgerzaken.criminalrecords.rest;

import be.burgerzaken.criminalrecords.api.ConvictionImport;
import be.burgerzaken.criminalrecords.api.ConvictionImports;
import be.burgerzaken.criminalrecords.api.CriminalRecordExtracts;
import be.burgerzaken.criminalrecords.api.CriminalRecordView;
import be.burgerzaken.criminalrecords.api.ExtractApplication;
import be.burgerzaken.criminalrecords.api.ExtractPreview;
import be.burgerzaken.criminalrecords.api.ExtractRequestView;
import be.burgerzaken.criminalrecords.api.RequestStatus;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.VotingRightsSuspension;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
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

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Criminal records (strafregister / casier judiciaire): the import by the Central Criminal Register, extract
 * requests from intake to issue, the full record and the voting-rights suspensions. Personal data: every call
 * states its purpose and is protocol-logged (each conviction viewed on its own line).
 */
@Path("criminal-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Criminal records", description = "Extracts from the criminal record (uittreksel uit het strafregister / "
        + "extrait de casier judiciaire), models 595, 596.1, 596.2")
@APIResponse(responseCode = "400", description = "Invalid request, naming the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role does not allow it (or is not effective: training)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CriminalRecordsResource {
    static final String PURPOSE_DOC = "Why the data is needed (file number, legal basis); written to the protocol log";
    static final String IF_MATCH_DOC = "ETag of the version the step is based on";
    static final String IMPORT_PURPOSE = "import from the Central Criminal Register";

    /** The body of a refusal. */
    public record Refusal(String reason) {
    }

    @Inject
    ConvictionImports imports;
    @Inject
    CriminalRecordExtracts extracts;
    @Context
    UriInfo uriInfo;

    @POST
    @Path("convictions/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a batch of convictions (the Central Criminal Register only)",
            description = "Body {convictions: [{convictionId, nationalNumber, court, decisionDate, finalDate, category, "
                    + "penalties: [{type, months, days, hours, amount, suspended, subject}], rehabilitatedOn}]}. "
                    + "Validated as a whole: a bad row answers 400 naming convictions[i].field and nothing is stored. "
                    + "Idempotent by convictionId: the same batch again changes nothing; a changed conviction replaces "
                    + "the stored one (kept in the history). Voting-rights suspensions are published or withdrawn in "
                    + "the same transaction.")
    @APIResponse(responseCode = "200", description = "What the import did",
            content = @Content(schema = @Schema(implementation = ConvictionImport.Result.class)))
    public ConvictionImport.Result importBatch(ConvictionImport.Batch batch,
                                               @Parameter(description = "Optional; defaults to the register import")
                                               @QueryParam("purpose") String purpose) {
        return imports.importBatch(batch, AccessContext.rest(purpose == null || purpose.isBlank() ? IMPORT_PURPOSE : purpose));
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a request for an extract",
            description = "personId or nationalNumber (a resident), model 595 | 596.1 (with subType) | 596.2, "
                    + "statedPurpose, requesterKind SELF (default) | PROXY | LEGAL_REPRESENTATIVE (with "
                    + "representativeName and proof), channel COUNTER (default) | E_COUNTER, delivery COUNTER | EBOX | "
                    + "POST, language nl | fr | de, euTranslationForm. Who may request which model through which "
                    + "channel is dated rule data (596.2: the person, at the counter).")
    @APIResponse(responseCode = "201", description = "Received; the ETag is the version for the next step",
            content = @Content(schema = @Schema(implementation = ExtractRequestView.class)))
    public Response receive(ExtractApplication application,
                            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        ExtractRequestView v = extracts.receive(application, AccessContext.rest(purpose));
        URI location = uriInfo.getBaseUriBuilder().path(CriminalRecordsResource.class).path("requests/{id}").build(v.id());
        return Response.created(location).entity(v).tag(RestParams.etag(v.version())).build();
    }

    @GET
    @Path("requests")
    @Operation(summary = "Requests, newest first, optionally of one status")
    public Page<ExtractRequestView> list(@QueryParam("status") String status,
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
        return extracts.list(s, page, size, AccessContext.rest(purpose));
    }

    @GET
    @Path("requests/{id}")
    @Operation(summary = "One request and its status")
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id,
                        @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return ok(extracts.get(RestParams.uuid(id, "id"), AccessContext.rest(purpose)));
    }

    @POST
    @Path("requests/{id}/check")
    @Operation(summary = "The identity (and proof) checked: RECEIVED -> CHECKED", description = "Needs If-Match.")
    @APIResponse(responseCode = "409", description = "Not RECEIVED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile (stale If-Match)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response check(@PathParam("id") String id,
                          @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                          @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return ok(extracts.check(RestParams.uuid(id, "id"), RestParams.version(ifMatch), AccessContext.rest(purpose)));
    }

    @GET
    @Path("requests/{id}/preview")
    @Operation(summary = "What the extract shows today: only the convictions that appear",
            description = "Each line names the conviction, the court, the dates and the penalties that appear; blank "
                    + "when none. Every conviction shown is protocol-logged.")
    @APIResponse(responseCode = "200", description = "The preview",
            content = @Content(schema = @Schema(implementation = ExtractPreview.class)))
    public ExtractPreview preview(@PathParam("id") String id,
                                  @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return extracts.preview(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
    }

    @POST
    @Path("requests/{id}/issue")
    @Operation(summary = "Issue the extract (CHECKED -> ISSUED)",
            description = "A PDF with verification code and QR through the kernel's document service; 'blank' when no "
                    + "conviction appears. Needs If-Match.")
    @APIResponse(responseCode = "409", description = "Not CHECKED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile (stale If-Match)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("id") String id,
                          @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                          @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return ok(extracts.issue(RestParams.uuid(id, "id"), RestParams.version(ifMatch), AccessContext.rest(purpose)));
    }

    @POST
    @Path("requests/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse the request with a reason", description = "Body {reason}. Needs If-Match.")
    public Response refuse(@PathParam("id") String id, Refusal body,
                           @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return ok(extracts.refuse(RestParams.uuid(id, "id"), RestParams.version(ifMatch), body == null ? null : body.reason(),
                AccessContext.rest(purpose)));
    }

    @GET
    @Path("requests/{id}/pdf")
    @Produces("application/pdf")
    @be.burgerzaken.kernel.api.integration.IntegratorReadable // an API client: only the extracts it issued (kernel)
    @Operation(summary = "The PDF of the issued extract, exactly as handed out", description = "An API client with the "
            + "criminal-records role gets only the extracts it issued itself (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response pdf(@PathParam("id") String id,
                        @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        IssuedDocument d = extracts.pdf(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(d.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + d.type() + "-" + d.verificationCode() + ".pdf\"")
                .cacheControl(noStore).build();
    }

    @GET
    @Path("persons/{id}/record")
    @Operation(summary = "The person's full criminal record (criminal-records clerk only)",
            description = "Every conviction, and per model whether it appears today and which rule leaves it out.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(schema = @Schema(implementation = CriminalRecordView.class)))
    public CriminalRecordView record(@PathParam("id") String id,
                                     @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return extracts.record(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
    }

    @GET
    @Path("persons/{id}/voting-rights")
    @Operation(summary = "The voting-rights suspensions our convictions published for the person",
            description = "Read-only; withdrawn ones included (rehabilitation, corrected conviction).")
    public List<VotingRightsSuspension> votingRights(@PathParam("id") String id,
                                                     @Parameter(description = PURPOSE_DOC, required = true)
                                                     @QueryParam("purpose") String purpose) {
        return extracts.votingRights(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
    }

    private static Response ok(ExtractRequestView v) {
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }
}
