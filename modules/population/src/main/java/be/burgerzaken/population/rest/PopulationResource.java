package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.population.api.AddressInput;
import be.burgerzaken.population.api.FirstRegistration;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.Occupant;
import be.burgerzaken.population.api.ResidencePeriod;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.Residents;
import be.burgerzaken.population.api.Street;
import be.burgerzaken.population.api.Streets;
import be.burgerzaken.population.application.ResidentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Population registers: first registration, resident file, address history, residents of an address, household
 * composition as of a date, and the street list. Every personal-data call states its purpose in the
 * {@code purpose} query parameter and is protocol-logged.
 */
@Path("population")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Population", description = "Population registers (bevolkingsregisters / registres de la population)")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "unknown street", value = """
                        {"type":"https://burgerzaken.be/problems/validation","title":"Invalid request","status":400,
                         "detail":"address.streetCode: no street with code 9999 in the street list","errors":[
                         {"field":"address.streetCode","code":"unknown","message":"no street with code 9999 in the street list"}]}""")))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Authenticated, but the role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PopulationResource {
    static final String PURPOSE_DOC = "Why the data is needed (file number, legal basis); written to the protocol log";

    @Inject
    Residents residents;
    @Inject
    Streets streets;
    @Context
    UriInfo uriInfo;

    @POST
    @Path("registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "First registration of a person (inschrijving / inscription)",
            description = "Registers a person arriving from another Belgian municipality or from abroad, or a person "
                    + "already known to the kernel, in a register at an address from a date (not in the future): "
                    + "register entry, main residence and household membership, all or nothing. A new person "
                    + "('person') is registered in the kernel in the same transaction (allocateNationalNumber: "
                    + "a national number is allocated). Without household.householdId the person starts a new "
                    + "household as reference person. An arrival from another Belgian municipality (origin kind "
                    + "MUNICIPALITY) is not registered at once: it is a change-of-address declaration (police residence "
                    + "check, decision; registered from the declaration date on approval, the previous municipality "
                    + "notified): 202 with the procedure (kind ARRIVAL), Location points at it. An arrival may "
                    + "declare the family arriving with the person ('members': personId or a new identity, and the "
                    + "position at the new address), in one procedure approved or refused together; the declaring "
                    + "person must be an adult. An arrival needs DECLARE_ADDRESS_CHANGE (clerk, population officer, "
                    + "the e-counter), a new identity WRITE_PERSON; Idempotency-Key is honoured for arrivals too.")
    @APIResponse(responseCode = "201", description = "Registered; Location points at the resident file",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    @APIResponse(responseCode = "202", description = "Arrival from another Belgian municipality declared; Location "
            + "points at the change-of-address procedure",
            content = @Content(schema = @Schema(implementation = be.burgerzaken.population.api.AddressChangeView.class)))
    @APIResponse(responseCode = "409", description = "Already registered, an open procedure of a person of the "
            + "arrival, a concurrent change of the household, or the Idempotency-Key's first request still in progress",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another registration or arrival",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(FirstRegistration registration,
                             @Parameter(in = ParameterIn.HEADER, description = "Optional: a retry with the same key and "
                                     + "body returns the first registration's result instead of registering again")
                             @HeaderParam("Idempotency-Key") String idempotencyKey,
                             @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        // --- population (issue 3, task M): an arrival from another Belgian municipality goes through the procedure
        if (registration != null && registration.origin() != null
                && registration.origin().kind() == be.burgerzaken.population.api.OriginKind.MUNICIPALITY) {
            be.burgerzaken.population.api.AddressChangeView arrival = residents.declareArrival(registration,
                    AccessContext.rest(purpose), idempotencyKey);
            return Response.accepted(arrival).location(uriInfo.getBaseUriBuilder()
                    .path("population/address-changes/{id}").build(arrival.id()))
                    .tag(RestParams.etag(arrival.version())).build();
        }
        ResidentFile file = residents.register(registration, AccessContext.rest(purpose), idempotencyKey);
        return VersionedResponses.created(uriInfo.getBaseUriBuilder().path("population/residents/{id}")
                .build(file.personId()), file, file.version());
    }

    @GET
    @Path("residents/{personId}")
    @be.burgerzaken.kernel.api.integration.IntegratorReadable // --- integrators (issue 9): filtered by RESIDENT_FIELDS
    @Operation(summary = "A resident's file",
            description = "Register and its history, current main residence, address history, household today. "
                    + "The ETag is the resident's version.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    @APIResponse(responseCode = "404", description = "Not registered in the population registers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(@PathParam("personId") String personId,
                         @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                         @Parameter(description = "Integrators: comma-separated fields wanted (residence, household, "
                                 + "registerType, ...; see docs/api.md); only authorised fields are returned")
                         @QueryParam("fields") String fields) {
        java.util.UUID id = RestParams.uuid(personId, "personId");
        // --- integrators (issue 9): field filtering ---
        var grant = integrators.authorise(RESIDENT_FIELDS, fields, AccessContext.rest(purpose), false, java.util.List.of(id));
        ResidentFile file = residents.file(id, AccessContext.rest(purpose));
        if (grant.restricted()) {
            return Response.ok(grant.filter(file)).tag(RestParams.etag(file.version())).build();
        }
        return VersionedResponses.ok(file, file.version());
    }

    // --- integrators (issue 9): the resident file's fields and their information types ---
    static final be.burgerzaken.kernel.api.integration.FieldCatalog RESIDENT_FIELDS =
            be.burgerzaken.kernel.api.integration.FieldCatalog.builder("resident file").always("personId", "version")
                    .field(be.burgerzaken.kernel.api.access.InformationType.REGISTER_TYPE, "registerType", "status",
                            "registeredOn", "removalProposal")
                    .history(be.burgerzaken.kernel.api.access.InformationType.REGISTER_TYPE, "registers")
                    .field(be.burgerzaken.kernel.api.access.InformationType.MAIN_RESIDENCE, "residence")
                    .history(be.burgerzaken.kernel.api.access.InformationType.MAIN_RESIDENCE, "residences")
                    .field(be.burgerzaken.kernel.api.access.InformationType.HOUSEHOLD, "household")
                    .field(be.burgerzaken.kernel.api.access.InformationType.TEMPORARY_ABSENCE, "temporaryAbsence")
                    .field(be.burgerzaken.kernel.api.access.InformationType.REFERENCE_ADDRESS, "referenceAddress")
                    .field(be.burgerzaken.kernel.api.access.InformationType.RESIDENCE_ABROAD, "emigration").build();
    @Inject
    be.burgerzaken.kernel.api.integration.IntegratorAccess integrators;
    // --- end integrators ---

    @GET
    @Path("residents/{personId}/addresses")
    @Operation(summary = "A person's address history (main residences, oldest first)")
    public List<ResidencePeriod> addresses(@PathParam("personId") String personId,
                                           @Parameter(description = PURPOSE_DOC, required = true)
                                           @QueryParam("purpose") String purpose) {
        return residents.addressHistory(RestParams.uuid(personId, "personId"), AccessContext.rest(purpose));
    }

    @GET
    @Path("addresses/residents")
    @be.burgerzaken.kernel.api.integration.IntegratorReadable // --- integrators: main residence (history for a past date)
    @Operation(summary = "Who lived at an address on a date",
            description = "The persons whose main residence was the address on the date (default today), with the "
                    + "period they lived there ([validFrom, validTo), validTo null = still there). An API client "
                    + "needs an authorisation for the main residence (and its history for a date before today), and "
                    + "gets only the persons of its population scope.")
    public Response residentsAt(
            @Parameter(description = "The city's street code", required = true) @QueryParam("streetCode") String streetCode,
            @Parameter(description = "House number, e.g. 12 or 12A", required = true) @QueryParam("houseNumber") String houseNumber,
            @Parameter(description = "Box (bus / boîte), if any") @QueryParam("box") String box,
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("date") String date,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        java.time.LocalDate on = ResidentService.date(date, "date");
        AccessContext context = AccessContext.rest(purpose);
        // --- integrators: the occupants' fields are the main residence; checked before the read, scope after it ---
        var grant = integrators.authorise(OCCUPANT_FIELDS, "personId,validFrom,validTo,referenceAddress", context,
                on != null && on.isBefore(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"))),
                java.util.List.of());
        List<Occupant> occupants = residents.residentsAt(new AddressInput(streetCode, houseNumber, box, null), on,
                context);
        if (!grant.restricted()) {
            return Response.ok(occupants).build();
        }
        integrators.requireInScope(grant, occupants.stream().map(Occupant::personId).toList(), context);
        return Response.ok(grant.filterAll(occupants)).build();
    }

    // --- integrators: who lives at an address is main-residence data (all fields) ---
    static final be.burgerzaken.kernel.api.integration.FieldCatalog OCCUPANT_FIELDS =
            be.burgerzaken.kernel.api.integration.FieldCatalog.builder("address occupants")
                    .field(be.burgerzaken.kernel.api.access.InformationType.MAIN_RESIDENCE, "personId", "validFrom",
                            "validTo", "referenceAddress")
                    .build();

    @GET
    @Path("households")
    @Operation(summary = "Household composition as of a date",
            description = "The household the person belonged to on the date (default today) and its members on "
                    + "that date, reference person first.")
    @APIResponse(responseCode = "404", description = "Not registered, or in no household on that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HouseholdComposition household(
            @Parameter(description = "A member's person id", required = true) @QueryParam("personId") String personId,
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("date") String date,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return residents.household(RestParams.uuid(personId, "personId"), ResidentService.date(date, "date"),
                AccessContext.rest(purpose));
    }

    @GET
    @Path("streets")
    @Operation(summary = "The city's streets whose Dutch or French name contains the text",
            description = "Reference data (no personal data, no purpose needed). Case and accents are ignored.")
    public List<Street> streets(@Parameter(description = "Part of the name", example = "naamse") @QueryParam("q") String q,
                                @QueryParam("size") @DefaultValue("20") int size) {
        return streets.search(q, size);
    }

    // --- street list maintenance (issue 3, task L) ---
    @Inject
    be.burgerzaken.population.api.StreetList streetList;

    @GET
    @Path("streets/list")
    @Operation(summary = "The street list's version (ETag), current and retired streets, last import",
            description = "Administrator, population officer. Send the ETag back in If-Match to import a list.")
    @APIResponse(responseCode = "200", description = "The state, with the list version as ETag",
            content = @Content(schema = @Schema(implementation = be.burgerzaken.population.api.StreetListState.class)))
    public Response streetListState() {
        be.burgerzaken.population.api.StreetListState state = streetList.state(AccessContext.rest(null));
        return Response.ok(state).tag(RestParams.etag(state.listVersion())).build();
    }

    @PUT
    @Path("streets")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import the municipality's whole street list (REPLACE), all or nothing",
            description = "CSV (UTF-8, header nis;street_code;name_nl;name_fr;postcode;district, docs/operations.md). "
                    + "New streets are added, renamed or changed ones updated (the old names stay in the change "
                    + "history), a retired street listed again is reinstated, and the current streets of the list's "
                    + "municipalities that the list no longer has are retired from retireOn (valid_to; never "
                    + "deleted, addresses keep pointing at them; no new address on a retired street). dryRun=true "
                    + "only reports. If-Match (the list's ETag) is required unless dryRun. Administrator, "
                    + "population officer; protocol-logged.")
    @APIResponse(responseCode = "200", description = "What changed (or would change), with the new list version as ETag",
            content = @Content(schema = @Schema(implementation = be.burgerzaken.population.api.StreetListReport.class)))
    @APIResponse(responseCode = "409", description = "Another list was imported at the same time; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match: the list changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceStreets(String csv,
                                   @Parameter(description = "First day a street missing from the list is gone "
                                           + "(YYYY-MM-DD, default today)") @QueryParam("retireOn") String retireOn,
                                   @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                   @HeaderParam("If-Match") String ifMatch) {
        return streetImport(csv, be.burgerzaken.population.api.StreetListMode.REPLACE, retireOn, dryRun, ifMatch);
    }

    @POST
    @Path("streets")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Merge streets into the street list (MERGE): add and update, retire nothing",
            description = "Same CSV and answers as PUT; streets not in the list stay as they are.")
    @APIResponse(responseCode = "200", description = "What changed (or would change), with the new list version as ETag",
            content = @Content(schema = @Schema(implementation = be.burgerzaken.population.api.StreetListReport.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response mergeStreets(String csv, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                 @HeaderParam("If-Match") String ifMatch) {
        return streetImport(csv, be.burgerzaken.population.api.StreetListMode.MERGE, null, dryRun, ifMatch);
    }

    @GET
    @Path("streets/changes")
    @Operation(summary = "The street list's change history (names before and after, retirements), newest first",
            description = "Of one street with streetCode. Administrator, population officer.")
    public List<be.burgerzaken.population.api.StreetChange> streetChanges(@QueryParam("streetCode") String streetCode,
                                                                          @QueryParam("size") @DefaultValue("100") int size) {
        return streetList.changes(streetCode, size, AccessContext.rest(null));
    }

    private Response streetImport(String csv, be.burgerzaken.population.api.StreetListMode mode, String retireOn,
                                  boolean dryRun, String ifMatch) {
        java.time.LocalDate retire = null;
        if (retireOn != null && !retireOn.isBlank()) {
            try {
                retire = java.time.LocalDate.parse(retireOn.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new be.burgerzaken.kernel.api.problem.ValidationException("retireOn", "invalid",
                        "'" + retireOn + "' is not a date (YYYY-MM-DD)");
            }
        }
        be.burgerzaken.population.api.StreetListReport report = streetList.importList(csv, mode, retire, dryRun,
                VersionedResponses.optionalVersion(ifMatch), AccessContext.rest(null));
        return Response.ok(report).tag(RestParams.etag(report.listVersion())).build();
    }
    // --- end street list maintenance ---
}
