package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocumentSummary;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.population.api.CertificateRequest;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.Certificates;
import be.burgerzaken.population.api.IssuedCertificate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * Population certificates (attesten / certificats): issue one for a resident, list what was issued about a
 * person. The PDF itself is the kernel's {@code GET /api/v1/documents/{id}/pdf}.
 */
@Path("population/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Population", description = "Population registers (bevolkingsregisters / registres de la population)")
@APIResponse(responseCode = "400", description = "Unknown type, unsupported language, person not resident, "
        + "requester not entitled or incomplete", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Authenticated, but the role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CertificateResource {

    /** The answer to an issue: the certificate and the address of its PDF. */
    public record Created(UUID documentId, CertificateType type, String language, UUID personId,
                          String verificationCode, String verifyUrl, Instant issuedAt, String sha256, String pdf) {
    }

    @Inject
    Certificates certificates;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a population certificate",
            description = "Types REGISTER_EXTRACT, MAIN_RESIDENCE (options.addressHistory, options.civilStatus), "
                    + "HOUSEHOLD_COMPOSITION, PROOF_OF_LIFE, NATIONALITY; language nl, fr, de or en. The requester "
                    + "is SELF (nationalNumber must be the holder's), LEGAL_REPRESENTATIVE, PROXY or THIRD_PARTY "
                    + "(name, legal basis and the signed request's reference; no proof of life or household "
                    + "composition). Answers the document's id, verification code, verify URL and PDF link.")
    @APIResponse(responseCode = "201", description = "Issued; Location is the kernel's document",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "400", description = "Unknown type, unsupported language, purpose missing, person not "
            + "resident, options of another type, requester not entitled or incomplete (each problem names its field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The role may not issue population certificates (the counter "
            + "clerk and the population officer may); the refusal is protocol-logged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The person is not in the population registers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still being "
            + "processed: retry it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(CertificateRequest request,
                          @Parameter(in = ParameterIn.HEADER, description = "Optional: a retry with the same key and "
                                  + "body returns the first certificate") @HeaderParam("Idempotency-Key") String key,
                          @Parameter(description = PopulationResource.PURPOSE_DOC, required = true)
                          @QueryParam("purpose") String purpose) {
        IssuedCertificate c = certificates.issue(request, AccessContext.rest(purpose), key);
        URI document = uriInfo.getBaseUriBuilder().path("documents/{id}").build(c.documentId());
        String pdf = uriInfo.getBaseUriBuilder().path("documents/{id}/pdf").build(c.documentId()).toString();
        return Response.created(document).entity(new Created(c.documentId(), c.type(), c.language(), c.personId(),
                c.verificationCode(), c.verifyUrl(), c.issuedAt(), c.sha256(), pdf)).build();
    }

    @GET
    @Operation(summary = "The documents issued about a person, newest first")
    public Page<IssuedDocumentSummary> issued(
            @Parameter(description = "The person's id", required = true) @QueryParam("personId") String personId,
            @Parameter(description = PopulationResource.PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return certificates.issued(personId == null || personId.isBlank() ? null : RestParams.uuid(personId, "personId"),
                AccessContext.rest(purpose));
    }

    // --- drafts and revocation (issue 3, task C) ---

    /** The body of a revocation. */
    public record Revocation(String reason) {
    }

    @POST
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    @Operation(summary = "Preview a population certificate as a draft PDF, without issuing it",
            description = "The same body and checks as the issue; the PDF says ONTWERP / PROJET / ENTWURF / DRAFT "
                    + "instead of a verification code, is not registered and cannot be verified. The reads are "
                    + "protocol-logged.")
    @APIResponse(responseCode = "200", description = "The draft PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "The person is not in the population registers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(CertificateRequest request,
                          @Parameter(description = PopulationResource.PURPOSE_DOC, required = true)
                          @QueryParam("purpose") String purpose) {
        byte[] pdf = certificates.draft(request, AccessContext.rest(purpose));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"draft.pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{documentId}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke an issued population certificate (intrekken / révoquer)",
            description = "For the population officer; the reason (3 to 500 characters) is kept. Verification "
                    + "answers REVOKED from now on.")
    @APIResponse(responseCode = "200", description = "The certificate's register line, status REVOKED",
            content = @Content(schema = @Schema(implementation = IssuedDocumentSummary.class)))
    @APIResponse(responseCode = "404", description = "No population certificate with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IssuedDocumentSummary revoke(@Parameter(description = "The certificate's document id")
                                        @jakarta.ws.rs.PathParam("documentId") String documentId, Revocation body,
                                        @Parameter(description = PopulationResource.PURPOSE_DOC, required = true)
                                        @QueryParam("purpose") String purpose) {
        return certificates.revoke(RestParams.uuid(documentId, "documentId"), body == null ? null : body.reason(),
                AccessContext.rest(purpose));
    }
}
