package be.burgerzaken.civilstatus.rest;

import be.burgerzaken.civilstatus.api.AccessBasis;
import be.burgerzaken.civilstatus.api.ExtractAssessment;
import be.burgerzaken.civilstatus.api.ExtractKind;
import be.burgerzaken.civilstatus.api.ExtractRequest;
import be.burgerzaken.civilstatus.api.Extracts;
import be.burgerzaken.civilstatus.api.IssuedExtract;
import be.burgerzaken.civilstatus.api.RequesterRelation;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.person.Page;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Extracts and copies of a registered act (uittreksels en afschriften / extraits et copies) under the legal access
 * rules: issue one (PDF with verification code and QR, in nl/fr/de/en), see the rules' outcome first, list what was
 * issued, download the PDF. Every call states its purpose and is protocol-logged.
 */
@Path("civil-status/acts/{id}/extracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Civil status", description = "Civil-status acts (akten van de burgerlijke stand / actes de l'état civil)")
@APIResponse(responseCode = "400", description = "Invalid request, with the field and the reason (e.g. requester.basis "
        + "required when the relation is declared)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such act or extract",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExtractResource {

    /** An issued extract as the API shows it, with the address of its PDF. */
    public record ExtractView(UUID id, UUID actId, String actNumber, ExtractKind kind, String language,
                              UUID documentId, String verificationCode, String verifyUrl, UUID requesterPersonId,
                              String requesterName, RequesterRelation relation, AccessBasis access,
                              boolean declaredNotVerified, String basis, String ruleId, LocalDate publicFrom,
                              String channel, String purpose, Instant issuedAt, String issuedBy, String pdf) {
    }

    @Inject
    Extracts extracts;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an extract, copy or multilingual extract of a registered act",
            description = "kind EXTRACT (current data, default), COPY (original data and the history of amendments) or "
                    + "MULTILINGUAL (extract with the EU multilingual standard form as an annex; birth, marriage and death "
                    + "acts); language nl (default), fr, de or en; requester {personId | nationalNumber | name, relation, "
                    + "basis}; channel COUNTER (default), WRITTEN or ELECTRONIC. Public after 50 years (death), 75 "
                    + "(marriage), 100 (other acts) from the day the act was drawn up; before that only SELF, "
                    + "SPOUSE_OR_COHABITANT, LEGAL_REPRESENTATIVE, ASCENDANT, DESCENDANT, HEIR, NOTARY, LAWYER (an act "
                    + "with a change of registered sex: SELF, LEGAL_REPRESENTATIVE, HEIR, NOTARY, LAWYER). A relation our "
                    + "registered acts confirm is VERIFIED; any other needs a basis and is issued DECLARED (flagged).")
    @APIResponse(responseCode = "201", description = "Issued; Location is the extract, 'pdf' its PDF",
            content = @Content(schema = @Schema(implementation = ExtractView.class)))
    @APIResponse(responseCode = "403", description = "The access rules refuse it (extract-not-allowed, naming the rule "
            + "and the public date), or the role does not allow it; nothing is issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not public yet", value = """
                            {"type":"https://burgerzaken.be/problems/extract-not-allowed","title":"Forbidden",
                             "status":403,"detail":"act 2026/BIRTH/17 is not public before 2126-03-10 (rule CS-EXTRACT-OTHER-2019); ...",
                             "rule":"CS-EXTRACT-OTHER-2019","publicFrom":"2126-03-10",
                             "missing":["rule:CS-EXTRACT-OTHER-2019","relation:one of [SELF, ...]","public-from:2126-03-10"]}""")))
    @APIResponse(responseCode = "409", description = "The act is not registered (a draft) or is an amended act",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("id") String id, ExtractRequest request,
                          @Parameter(in = ParameterIn.HEADER, description = "Optional: a retry with the same key and "
                                  + "body returns the extract issued the first time") @HeaderParam("Idempotency-Key") String key,
                          @Parameter(description = ActResource.PURPOSE_DOC, required = true, example = "succession Claes, notary request 2026/451")
                          @QueryParam("purpose") String purpose) {
        UUID actId = RestParams.uuid(id, "id");
        IssuedExtract e = extracts.issue(actId, request, AccessContext.rest(purpose), key);
        URI location = uriInfo.getBaseUriBuilder().path(ExtractResource.class).path("{extract}").build(actId, e.id());
        return Response.created(location).entity(view(e)).build();
    }

    @POST
    @Path("assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The access rules' outcome for a request, without issuing anything",
            description = "The same body as the issue. Answers allowed, access (PUBLIC, VERIFIED, DECLARED), the rule, "
                    + "the public date, the circle, whether a basis is required, and the outcome in words.")
    @APIResponse(responseCode = "200", description = "The outcome",
            content = @Content(schema = @Schema(implementation = ExtractAssessment.class)))
    public ExtractAssessment assess(@PathParam("id") String id, ExtractRequest request,
                                    @Parameter(description = ActResource.PURPOSE_DOC, required = true)
                                    @QueryParam("purpose") String purpose) {
        return extracts.assess(RestParams.uuid(id, "id"), request, AccessContext.rest(purpose));
    }

    @GET
    @Operation(summary = "The extracts and copies issued of the act, newest first",
            description = "Each with its requester, relation, access basis (PUBLIC, VERIFIED, DECLARED: "
                    + "declaredNotVerified), rule, document and verification code.")
    @APIResponse(responseCode = "200", description = "A page of issued extracts")
    public Page<ExtractView> issued(@PathParam("id") String id,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size,
                                    @Parameter(description = ActResource.PURPOSE_DOC, required = true)
                                    @QueryParam("purpose") String purpose) {
        return extracts.issued(RestParams.uuid(id, "id"), page, size, AccessContext.rest(purpose)).map(this::view);
    }

    @GET
    @Path("{extract}")
    @Operation(summary = "One issued extract of the act")
    @APIResponse(responseCode = "200", description = "The extract",
            content = @Content(schema = @Schema(implementation = ExtractView.class)))
    public ExtractView get(@PathParam("id") String id, @PathParam("extract") String extract,
                           @Parameter(description = ActResource.PURPOSE_DOC, required = true)
                           @QueryParam("purpose") String purpose) {
        return view(extracts.get(RestParams.uuid(id, "id"), RestParams.uuid(extract, "extract"),
                AccessContext.rest(purpose)));
    }

    @GET
    @Path("{extract}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The PDF of an issued extract, exactly as handed out")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response pdf(@PathParam("id") String id, @PathParam("extract") String extract,
                        @Parameter(description = ActResource.PURPOSE_DOC, required = true)
                        @QueryParam("purpose") String purpose) {
        IssuedDocument d = extracts.pdf(RestParams.uuid(id, "id"), RestParams.uuid(extract, "extract"),
                AccessContext.rest(purpose));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(d.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + d.type() + "-" + d.verificationCode() + ".pdf\"")
                .cacheControl(noStore).build();
    }

    private ExtractView view(IssuedExtract e) {
        String pdf = uriInfo.getBaseUriBuilder().path(ExtractResource.class).path("{extract}/pdf")
                .build(e.actId(), e.id()).toString();
        return new ExtractView(e.id(), e.actId(), e.actNumber(), e.kind(), e.language(), e.documentId(),
                e.verificationCode(), e.verifyUrl(), e.requesterPersonId(), e.requesterName(), e.relation(), e.access(),
                e.declaredNotVerified(), e.basis(), e.ruleId(), e.publicFrom(), e.channel(), e.purpose(), e.issuedAt(),
                e.issuedBy(), pdf);
    }
}
