package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.population.api.CardOption;
import be.burgerzaken.population.api.CardTypeView;
import be.burgerzaken.population.api.DocumentApplication;
import be.burgerzaken.population.api.DocumentEvent;
import be.burgerzaken.population.api.ExpiringDocument;
import be.burgerzaken.population.api.ExpiryRun;
import be.burgerzaken.population.api.IdentityDocumentView;
import be.burgerzaken.population.api.IdentityDocuments;
import be.burgerzaken.population.application.InvitationCsv;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Identity documents: applications, the steps of the procedure (production order, PIN/PUK letter, delivery,
 * loss, theft, cancellation, expiry), a person's documents and the cards expiring soon. Every personal-data
 * call states its purpose in the {@code purpose} query parameter and is protocol-logged.
 */
@Path("population/identity-documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity documents", description = "eID, Kids-ID, foreigners' cards (identiteitsdocumenten / documents d'identité)")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "bad card number", value = """
                        {"type":"https://burgerzaken.be/problems/validation","title":"Invalid request","status":400,
                         "detail":"cardNumber: check digits 59 do not match: expected 58","errors":[{"field":"cardNumber",
                         "code":"bad-check-digits","message":"check digits 59 do not match: expected 58"}]}""")))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Authenticated, but the role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IdentityDocumentResource {
    static final String PURPOSE_DOC = PopulationResource.PURPOSE_DOC;

    @Inject
    IdentityDocuments documents;
    @Inject
    @ConfigProperty(name = "bz.population.expiry.invitation-weeks", defaultValue = "8")
    int invitationWeeks;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("card-types")
    @Operation(summary = "The card types with their names in Dutch, French and English",
            description = "verified=false marks types whose name, number format or validity is UNVERIFIED.")
    public List<CardTypeView> cardTypes() {
        return documents.cardTypes();
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an application for an eID, Kids-ID or foreigner's card",
            description = "Checks nationality and age on the application date, computes the validity from the dated "
                    + "legal rules and records who captured photo and fingerprints (never the biometrics).")
    @APIResponse(responseCode = "201", description = "Applied; Location points at the document, ETag is its version")
    @APIResponse(responseCode = "409", description = "The person already has a document in production",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(DocumentApplication application,
                          @Parameter(description = PURPOSE_DOC, required = true, example = "eID renewal file 2026/88")
                          @QueryParam("purpose") String purpose) {
        IdentityDocumentView v = documents.apply(application, AccessContext.rest(purpose));
        return VersionedResponses.created(uriInfo.getBaseUriBuilder().path(IdentityDocumentResource.class)
                .path(v.id().toString()).build(), v, v.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One identity document with its history and the steps allowed next",
            description = "The ETag is the version, for If-Match on the next step.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = IdentityDocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id,
                        @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        IdentityDocumentView v = documents.get(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
        return VersionedResponses.ok(v, v.version());
    }

    @POST
    @Path("{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the next step of the procedure",
            description = "step: ORDER_PRODUCTION (cardNumber, optional chipNumber), SEND_PIN_PUK_LETTER, DELIVER, "
                    + "REPORT_LOST (reference of the declaration), REPORT_STOLEN (reference of the police report), "
                    + "CANCEL (reason), EXPIRE (after the last valid day). Needs If-Match with the ETag.")
    @APIResponse(responseCode = "200", description = "Recorded; the new ETag is returned")
    @APIResponse(responseCode = "409", description = "The current status does not allow this step; the detail names "
            + "the status and the steps allowed next",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The document was changed since that version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response event(@PathParam("id") String id, DocumentEvent event,
                          @Parameter(in = ParameterIn.HEADER, description = "ETag of the version the step is based on")
                          @HeaderParam("If-Match") String ifMatch,
                          @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        UUID documentId = RestParams.uuid(id, "id");
        long version = RestParams.version(ifMatch);
        IdentityDocumentView v = documents.record(documentId, event, version, AccessContext.rest(purpose));
        return VersionedResponses.ok(v, v.version());
    }

    @GET
    @Operation(summary = "A person's identity documents, newest application first")
    public List<IdentityDocumentView> forPerson(
            @Parameter(description = "The person's id (UUID)", required = true) @QueryParam("personId") String personId,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        if (personId == null || personId.isBlank()) {
            throw new ValidationException("personId", "required", "say whose documents to list");
        }
        return documents.forPerson(RestParams.uuid(personId, "personId"), AccessContext.rest(purpose));
    }

    @GET
    @Path("options")
    @Operation(summary = "The card types the person may hold if applying today, with the validity each would get",
            description = "Nationality and age on today's date decide; validFrom/validUntil come from the dated legal "
                    + "rules (the rule id and its source are named). Empty when no card can be issued (deceased, "
                    + "unknown birth year).")
    @APIResponse(responseCode = "200", description = "The options, in the order of the card-type list")
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CardOption> options(
            @Parameter(description = "The person's id (UUID)", required = true) @QueryParam("personId") String personId,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return documents.options(RestParams.uuid(personId, "personId"), AccessContext.rest(purpose));
    }

    @GET
    @Path("expiring")
    @Operation(summary = "Activated cards whose validity ends in the coming weeks",
            description = "Cards whose last valid day falls in [from, from + weeks), soonest first, with the holder's "
                    + "name and main residence: whom to invite for a new card. weeks defaults to "
                    + "bz.population.expiry.invitation-weeks (8). With Accept: text/csv the whole list comes as one "
                    + "CSV file (see below).")
    @APIResponse(responseCode = "200", description = "A page of cards")
    public Page<ExpiringDocument> expiring(
            @Parameter(description = "First day (YYYY-MM-DD); default today") @QueryParam("from") String from,
            @Parameter(description = "Number of weeks, 1 to 104") @QueryParam("weeks") String weeks,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        LocalDate start = start(from);
        return documents.expiring(start, start.plusWeeks(weeks(weeks)), page, size, AccessContext.rest(purpose));
    }

    @GET
    @Path("expiring")
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "The whole invitation list as CSV (Accept: text/csv)",
            description = "Every card of the period (no paging), UTF-8 with a byte-order mark, ';' separated, one "
                    + "header line: document_id;person_id;family_name;given_names;address;card_type;card_number;"
                    + "valid_until. Each page read behind it is protocol-logged like the JSON list.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "invitations", value = """
                    document_id;person_id;family_name;given_names;address;card_type;card_number;valid_until
                    0b6f...;5c1e...;Peeters;An;"Naamsestraat 12 bus 3, 3000";EID;591-0000017-66;2026-12-14""")))
    public Response expiringCsv(@QueryParam("from") String from, @QueryParam("weeks") String weeks,
                                @QueryParam("purpose") String purpose) {
        LocalDate start = start(from);
        LocalDate end = start.plusWeeks(weeks(weeks));
        String csv = InvitationCsv.write(InvitationCsv.all(documents, start, end, AccessContext.rest(purpose)));
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"invitations-" + start + "-" + end + ".csv\"").build();
    }

    @POST
    @Path("expiry-run")
    @Operation(summary = "Run the expiry of identity documents now (administrator)",
            description = "What the daily job does: every activated card whose last valid day is before today is "
                    + "recorded EXPIRED, in batches of one transaction, as the system actor; each card is "
                    + "protocol-logged, and the request itself under the administrator's name. Safe while the daily "
                    + "job or another instance runs: each card is expired once; a second run answers 0.")
    @APIResponse(responseCode = "200", description = "How many cards were expired",
            content = @Content(schema = @Schema(implementation = ExpiryRun.class), examples = @ExampleObject(
                    name = "run", value = """
                    {"day":"2026-11-29","expired":3,"batches":1,"complete":true,
                     "startedAt":"2026-11-29T09:12:00Z","finishedAt":"2026-11-29T09:12:01Z"}""")))
    public ExpiryRun expiryRun(
            @Parameter(description = PURPOSE_DOC, required = true, example = "expiry run after maintenance 2026-11-29")
            @QueryParam("purpose") String purpose) {
        return documents.runExpiry(AccessContext.rest(purpose));
    }

    private static LocalDate start(String from) {
        try {
            return from == null || from.isBlank() ? LocalDate.now(java.time.ZoneId.of("Europe/Brussels"))
                    : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("from", "invalid", "'" + from + "' is not a date (YYYY-MM-DD)");
        }
    }

    private int weeks(String text) {
        int w;
        try {
            w = text == null || text.isBlank() ? invitationWeeks : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("weeks", "invalid", "'" + text + "' is not a number of weeks (1 to 104)");
        }
        if (w < 1 || w > 104) {
            throw new ValidationException("weeks", "invalid", "the number of weeks must be 1 to 104");
        }
        return w;
    }
}
