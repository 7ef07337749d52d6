package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.document.IssuedDocumentSummary;
import be.burgerzaken.kernel.api.document.Verification;
import be.burgerzaken.kernel.api.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * Issued documents for staff and integrators: the register line, the PDF as handed out, and revocation. Reads
 * of a document about a person state their purpose and are protocol-logged. Documents are issued by the
 * modules' own procedures, not here.
 */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Issued documents (uitgereikte documenten / documents délivrés)")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Authenticated, but the role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such document",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DocumentResource {

    @Inject
    DocumentService documents;

    /** The body of a revocation. */
    public record Revocation(String reason) {
    }

    // --- document reads scoped by type (issue 3, task C) ---
    @GET
    @Operation(summary = "The documents issued about a person, newest first",
            description = "At most 200 register lines; the types the caller's roles may not read (e.g. criminal-record "
                    + "extracts for an election officer, population certificates for a civil registrar) are left out. "
                    + "Staff only.")
    @APIResponse(responseCode = "200", description = "A page of register lines; total counts the lines the caller "
            + "may read")
    public be.burgerzaken.kernel.api.person.Page<IssuedDocumentSummary> forPerson(
            @Parameter(description = "The person's id", required = true) @QueryParam("personId") String personId,
            @Parameter(description = PersonResource.PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return documents.forPerson(personId == null || personId.isBlank() ? null : RestParams.uuid(personId, "personId"),
                AccessContext.rest(purpose));
    }
    // --- end document reads scoped by type ---

    @GET
    @Path("{id}")
    @be.burgerzaken.kernel.api.integration.IntegratorReadable // an API client: only documents it issued itself
    @Operation(summary = "An issued document's register line",
            description = "Type, language, subject, requester, issuer, time, SHA-256 of the PDF, status and revocation.")
    @APIResponse(responseCode = "200", description = "The register line",
            content = @Content(schema = @Schema(implementation = IssuedDocumentSummary.class)))
    public IssuedDocumentSummary get(@PathParam("id") String id,
                                     @Parameter(description = PersonResource.PURPOSE_DOC, required = true)
                                     @QueryParam("purpose") String purpose) {
        return documents.summary(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @be.burgerzaken.kernel.api.integration.IntegratorReadable // an API client: only documents it issued itself
    @Operation(summary = "The PDF exactly as issued", description = "Its SHA-256 is the one in the register line; an "
            + "API client gets only the documents it had issued itself (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response pdf(@PathParam("id") String id,
                        @Parameter(description = PersonResource.PURPOSE_DOC, required = true)
                        @QueryParam("purpose") String purpose) {
        IssuedDocument d = documents.get(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(d.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + d.type() + "-" + d.verificationCode() + ".pdf\"")
                .cacheControl(noStore).build();
    }

    @POST
    @Path("{code}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a document (intrekken / révoquer)",
            description = "For the population officer, civil registrar or administrator. From now on verification "
                    + "answers REVOKED. Answers the new verification.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = Verification.class)))
    @APIResponse(responseCode = "409", description = "Already revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Verification revoke(@Parameter(description = "The document's verification code") @PathParam("code") String code,
                               Revocation body,
                               @Parameter(description = PersonResource.PURPOSE_DOC, required = true)
                               @QueryParam("purpose") String purpose) {
        documents.revoke(code, body == null ? null : body.reason(), AccessContext.rest(purpose));
        return documents.verify(code);
    }
}
