package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.document.DocumentService;
import be.burgerzaken.kernel.api.document.Verification;
import be.burgerzaken.kernel.api.rest.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public verification of issued documents (verificatie / vérification): anyone holding a document can check
 * that it is genuine and still valid. No login; answers only the core facts printed for that purpose.
 */
@Path("public/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Document verification", description = "Public: is this document genuine (echtheid / authenticité)?")
public class DocumentVerificationResource {

    @Inject
    DocumentService documents;

    @GET
    @Path("{code}")
    @Operation(summary = "Verify a document by its verification code",
            description = "No authentication. The code may be typed in any case, with or without dashes; O is read "
                    + "as 0, I and L as 1. status is VALID, REVOKED or UNKNOWN (no document has this code; every "
                    + "other field is then null). A code whose check character does not match is refused with 400.")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(schema = @Schema(implementation = Verification.class),
                    examples = @ExampleObject(name = "valid", value = """
                            {"code":"7K3M-Q2WX-9TPA-B4CZ","status":"VALID","type":"population.household-composition",
                             "issuedAt":"2026-11-29T09:12:44Z","coreFacts":{"Document":"Samenstelling van het gezin",
                             "Persoon":"Çelik Şükrü","Datum":"29 november 2026"}}""")))
    @APIResponse(responseCode = "400", description = "Not a verification code (field code)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response verify(@Parameter(description = "The code printed on the document", example = "7K3M-Q2WX-9TPA-B4CZ")
                           @PathParam("code") String code) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(documents.verify(code)).cacheControl(noStore).build();
    }
}
