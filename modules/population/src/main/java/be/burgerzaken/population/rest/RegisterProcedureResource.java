package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.population.api.AbsenceExtension;
import be.burgerzaken.population.api.AbsenceReturn;
import be.burgerzaken.population.api.EmigrationDeclaration;
import be.burgerzaken.population.api.EmigrationView;
import be.burgerzaken.population.api.HouseholdDeparture;
import be.burgerzaken.population.api.HouseholdEmigration;
import be.burgerzaken.population.api.PoliceReport;
import be.burgerzaken.population.api.ReferenceAddressEnd;
import be.burgerzaken.population.api.ReferenceAddressRequest;
import be.burgerzaken.population.api.ReferenceAddressView;
import be.burgerzaken.population.api.RegisterProcedures;
import be.burgerzaken.population.api.RegisterTransfer;
import be.burgerzaken.population.api.RemovalCancellation;
import be.burgerzaken.population.api.RemovalDecision;
import be.burgerzaken.population.api.RemovalProposalRequest;
import be.burgerzaken.population.api.RemovalProposalView;
import be.burgerzaken.population.api.ResidentFile;
import be.burgerzaken.population.api.ReturnFromAbroad;
import be.burgerzaken.population.api.TemporaryAbsenceDeclaration;
import be.burgerzaken.population.api.TemporaryAbsenceView;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The register procedures of a resident: departure abroad and return, temporary absence (IT 026), reference address
 * (IT 024), ex-officio removal. Every command answers the resident file after the change with its ETag; If-Match
 * (the file's ETag) is optional, Idempotency-Key makes retries safe. Every call states its purpose.
 */
@Path("population")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Register procedures", description = "Vertrek, terugkeer, tijdelijke afwezigheid, referentieadres, "
        + "afvoering van ambtswege / départ, retour, absence temporaire, adresse de référence, radiation d'office")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason; nothing was stored",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "household left without reference person", value = """
                        {"type":"https://burgerzaken.be/problems/validation","title":"Invalid request","status":400,
                         "detail":"newReferencePersonId: the person is the reference person of a household 2 other member(s) stay in: name the member who becomes reference person",
                         "errors":[{"field":"newReferencePersonId","code":"required","message":"the person is the reference person of a household 2 other member(s) stay in: name the member who becomes reference person"}]}""")))
@APIResponse(responseCode = "403", description = "The role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Not registered in the population registers (or no such absence / "
        + "proposal of this person)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The person's status does not allow it (not-registered, "
        + "already-registered, open-proposal, ...) or a concurrent change of the same person (concurrent-change)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "If-Match is not the file's current ETag",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RegisterProcedureResource {
    static final String PURPOSE_DOC = PopulationResource.PURPOSE_DOC;
    static final String IF_MATCH_DOC = "Optional: the resident file's ETag the change is based on (412 when stale)";
    static final String KEY_DOC = "Optional: a retry with the same key and body returns the file instead of applying "
            + "the command again (ADR 0007)";

    @Inject
    RegisterProcedures procedures;
    @Inject
    be.burgerzaken.kernel.api.access.AccessControl access;
    @Context
    UriInfo uriInfo;

    @POST
    @Path("residents/{personId}/emigration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Departure abroad (vertrek naar het buitenland / départ à l'étranger)",
            description = "A registered resident leaves for country (ISO alpha-2, not BE) on date (not in the future, "
                    + "not before the current residence began): main residence, household membership and register "
                    + "period end that day, a current temporary absence and reference address too; status EMIGRATED. "
                    + "When the person is the reference person of a household others stay in, newReferencePersonId "
                    + "names who takes over.")
    @APIResponse(responseCode = "200", description = "The resident file after the departure",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response emigrate(@PathParam("personId") String personId, EmigrationDeclaration declaration,
                             @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                             @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                             @HeaderParam("Idempotency-Key") String key,
                             @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return ok(procedures.emigrate(id(personId), declaration, version(ifMatch), AccessContext.rest(purpose), key));
    }

    // --- population (issue 3, task E): a household departs abroad in one declaration ---
    @POST
    @Path("households/{householdId}/emigration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Departure abroad of several household members in one declaration",
            description = "An adult current member of the household (declarantId, leaving or staying) declares that "
                    + "members (current members, registered, each once) leave for country (ISO alpha-2, not BE) on "
                    + "date (not in the future, not before a leaving member's residence began). Each member leaves "
                    + "as by the single departure (residence, membership, register period, temporary absence, "
                    + "reference address and identity documents end; an open change of address is withdrawn; "
                    + "status EMIGRATED), all in one transaction or nothing. When the reference person leaves and "
                    + "members stay, newReferencePersonId names the adult who stays and takes over (required, "
                    + "not-staying, minor; only minors staying behind is refused: minors-alone; not-needed when no "
                    + "reference person is to be replaced). Problems: declarantId (required, not-in-household, "
                    + "minor), members / members[i] (required, duplicate, not-in-household, not-registered). "
                    + "If-Match is the household's ETag (412 when stale); a concurrent change of the household or "
                    + "a member is a 409 concurrent-change.")
    @APIResponse(responseCode = "200", description = "Who left, who stays, the reference person; ETag: the household",
            content = @Content(schema = @Schema(implementation = HouseholdDeparture.class)))
    public Response emigrateHousehold(@PathParam("householdId") String householdId, HouseholdEmigration declaration,
                                      @Parameter(description = "Optional: the household's ETag (412 when stale)")
                                      @HeaderParam("If-Match") String ifMatch,
                                      @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                      @HeaderParam("Idempotency-Key") String key,
                                      @Parameter(description = PURPOSE_DOC, required = true)
                                      @QueryParam("purpose") String purpose) {
        HouseholdDeparture done = procedures.emigrateHousehold(RestParams.uuid(householdId, "householdId"),
                declaration, version(ifMatch), AccessContext.rest(purpose), key);
        return VersionedResponses.ok(done, done.version());
    }
    // --- end task E ---

    @POST
    @Path("residents/{personId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return from abroad or registration again after a removal (terugkeer / retour)",
            description = "A person with status EMIGRATED or REMOVED is registered at an address of the city from "
                    + "date, in registerType, in a new household (no household.householdId) or one at that address; "
                    + "status REGISTERED. country: where from (default the country of the departure).")
    @APIResponse(responseCode = "200", description = "The resident file after the return",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response returnFromAbroad(@PathParam("personId") String personId, ReturnFromAbroad registration,
                                     @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                     @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                     @HeaderParam("Idempotency-Key") String key,
                                     @Parameter(description = PURPOSE_DOC, required = true)
                                     @QueryParam("purpose") String purpose) {
        return ok(procedures.returnFromAbroad(id(personId), registration, version(ifMatch), AccessContext.rest(purpose),
                key));
    }

    // --- registers (issue 3, register transfer) ---
    @POST
    @Path("residents/{personId}/register-transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transfer to another register (overgang naar een ander register / passage vers un autre "
            + "registre, IT 210)",
            description = "registerType: the new register (POPULATION, FOREIGNERS, WAITING; not the current one: "
                    + "same-register), date (not in the future, after the current register period began: "
                    + "before-current-register), basis (default DECISION, e.g. the recognition's reference). The current "
                    + "register period ends on date and the new one begins; residence and household do not change. "
                    + "A Belgian (kernel nationality BE) is refused in FOREIGNERS or WAITING (registerType "
                    + "belgian-in-population-register), as in a first registration and a return.")
    @APIResponse(responseCode = "200", description = "The resident file after the transfer",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response transferRegister(@PathParam("personId") String personId, RegisterTransfer transfer,
                                     @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                     @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                     @HeaderParam("Idempotency-Key") String key,
                                     @Parameter(description = PURPOSE_DOC, required = true)
                                     @QueryParam("purpose") String purpose) {
        return ok(procedures.transferRegister(id(personId), transfer, version(ifMatch), AccessContext.rest(purpose),
                key));
    }
    // --- end registers ---

    @POST
    @Path("residents/{personId}/temporary-absences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a temporary absence (tijdelijke afwezigheid / absence temporaire, IT 026)",
            description = "reason (CARE_HOME, STUDIES, DETENTION, MILITARY, DIPLOMATIC_MISSION, BUSINESS_TRIP, HEALTH, "
                    + "OTHER), from (not in the future), plannedEnd (first day back; at most 1 year after from by "
                    + "default, configurable). Refused when it overlaps another absence or the person is not "
                    + "registered. The person keeps the main residence.")
    @APIResponse(responseCode = "201", description = "Recorded; the file shows it as temporaryAbsence",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response declareAbsence(@PathParam("personId") String personId, TemporaryAbsenceDeclaration declaration,
                                   @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                   @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                   @HeaderParam("Idempotency-Key") String key,
                                   @Parameter(description = PURPOSE_DOC, required = true)
                                   @QueryParam("purpose") String purpose) {
        return created(procedures.declareAbsence(id(personId), declaration, version(ifMatch),
                AccessContext.rest(purpose), key), "temporary-absences");
    }

    @POST
    @Path("residents/{personId}/temporary-absences/{absenceId}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extend a temporary absence (once, by at most 1 year by default)",
            description = "plannedEnd: the new planned first day back, after the current one and at most the rule's "
                    + "extension later. A second extension is refused (plannedEnd already-extended).")
    @APIResponse(responseCode = "200", description = "Extended",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response extendAbsence(@PathParam("personId") String personId, @PathParam("absenceId") String absenceId,
                                  AbsenceExtension extension,
                                  @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                  @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                  @HeaderParam("Idempotency-Key") String key,
                                  @Parameter(description = PURPOSE_DOC, required = true)
                                  @QueryParam("purpose") String purpose) {
        return ok(procedures.extendAbsence(id(personId), RestParams.uuid(absenceId, "absenceId"), extension,
                version(ifMatch), AccessContext.rest(purpose), key));
    }

    @POST
    @Path("residents/{personId}/temporary-absences/{absenceId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a temporary absence early: the person is back",
            description = "date: the first day back (not before the start, not in the future, not after the planned "
                    + "end).")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response endAbsence(@PathParam("personId") String personId, @PathParam("absenceId") String absenceId,
                               AbsenceReturn end,
                               @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                               @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                               @HeaderParam("Idempotency-Key") String key,
                               @Parameter(description = PURPOSE_DOC, required = true)
                               @QueryParam("purpose") String purpose) {
        return ok(procedures.endAbsence(id(personId), RestParams.uuid(absenceId, "absenceId"), end, version(ifMatch),
                AccessContext.rest(purpose), key));
    }

    @GET
    @Path("residents/{personId}/temporary-absences")
    @Operation(summary = "The person's temporary absences, oldest first (with extensions and returns)")
    public List<TemporaryAbsenceView> absences(@PathParam("personId") String personId,
                                               @Parameter(description = PURPOSE_DOC, required = true)
                                               @QueryParam("purpose") String purpose) {
        return procedures.absences(id(personId), AccessContext.rest(purpose));
    }

    @POST
    @Path("residents/{personId}/reference-address")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a reference address (referentieadres / adresse de référence, IT 024)",
            description = "category MOBILE_DWELLING, HOMELESS or PROFESSIONAL_ABSENCE (needs plannedEnd, at most 1 "
                    + "year); kind OCMW (the OCMW's configured address; give no address) or PRIVATE_HOST (address, "
                    + "hostPersonId with their own main residence there on date, hostConsent {date, reference}). "
                    + "From date the main residence is the reference address, marked referenceAddress, in a household "
                    + "of its own.")
    @APIResponse(responseCode = "201", description = "Given; the file shows it as referenceAddress",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response assignReferenceAddress(@PathParam("personId") String personId, ReferenceAddressRequest request,
                                           @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                           @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                           @HeaderParam("Idempotency-Key") String key,
                                           @Parameter(description = PURPOSE_DOC, required = true)
                                           @QueryParam("purpose") String purpose) {
        return created(procedures.assignReferenceAddress(id(personId), request, version(ifMatch),
                AccessContext.rest(purpose), key), "reference-addresses");
    }

    @POST
    @Path("residents/{personId}/reference-address/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End the reference address: the person lives at an address of the city again",
            description = "date, address, household (new or one at that address) as for a first registration.")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response endReferenceAddress(@PathParam("personId") String personId, ReferenceAddressEnd end,
                                        @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                        @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                        @HeaderParam("Idempotency-Key") String key,
                                        @Parameter(description = PURPOSE_DOC, required = true)
                                        @QueryParam("purpose") String purpose) {
        return ok(procedures.endReferenceAddress(id(personId), end, version(ifMatch), AccessContext.rest(purpose), key));
    }

    // --- registers (issue 3): a reference address changes in one command ---
    @POST
    @Path("residents/{personId}/reference-address/change")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the reference address in one command (e.g. from a private host to the OCMW/CPAS or "
            + "another host)",
            description = "The body and checks of a new reference address; the open one ends on date and the new one "
                    + "begins in the same transaction (none open: 409 no-reference-address). Used when the host moves "
                    + "away, dies or withdraws consent (see GET /population/reference-addresses/host-gone).")
    @APIResponse(responseCode = "200", description = "Changed; the file shows the new referenceAddress",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response changeReferenceAddress(@PathParam("personId") String personId, ReferenceAddressRequest request,
                                           @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                           @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                           @HeaderParam("Idempotency-Key") String key,
                                           @Parameter(description = PURPOSE_DOC, required = true)
                                           @QueryParam("purpose") String purpose) {
        return ok(procedures.changeReferenceAddress(id(personId), request, version(ifMatch),
                AccessContext.rest(purpose), key));
    }
    // --- end registers ---

    @GET
    @Path("residents/{personId}/reference-addresses")
    @Operation(summary = "The person's reference addresses, oldest first")
    public List<ReferenceAddressView> referenceAddresses(@PathParam("personId") String personId,
                                                         @Parameter(description = PURPOSE_DOC, required = true)
                                                         @QueryParam("purpose") String purpose) {
        return procedures.referenceAddresses(id(personId), AccessContext.rest(purpose));
    }

    @GET
    @Path("residents/{personId}/emigrations")
    @Operation(summary = "The person's departures abroad (residence abroad, IT 022), oldest first")
    public List<EmigrationView> emigrations(@PathParam("personId") String personId,
                                            @Parameter(description = PURPOSE_DOC, required = true)
                                            @QueryParam("purpose") String purpose) {
        return procedures.emigrations(id(personId), AccessContext.rest(purpose));
    }

    @POST
    @Path("residents/{personId}/removal-proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose an ex-officio removal (afvoering van ambtswege / radiation d'office)",
            description = "absentSince, optional policeReport {reference, findingDate} (else record it later), "
                    + "remarks. One open proposal per person. shortAbsence flags an unreported absence under the "
                    + "configured minimum (default 6 months, UNVERIFIED).")
    @APIResponse(responseCode = "201", description = "Proposed; the file shows it as removalProposal",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response proposeRemoval(@PathParam("personId") String personId, RemovalProposalRequest proposal,
                                   @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                   @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                   @HeaderParam("Idempotency-Key") String key,
                                   @Parameter(description = PURPOSE_DOC, required = true)
                                   @QueryParam("purpose") String purpose) {
        return created(procedures.proposeRemoval(id(personId), proposal, version(ifMatch), AccessContext.rest(purpose),
                key), "removal-proposals");
    }

    @POST
    @Path("residents/{personId}/removal-proposals/{proposalId}/police-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the police report of a removal proposal",
            description = "reference and findingDate (not in the future, not before absentSince). Capability "
                    + "RECORD_RESIDENCE_CHECK: the police integrator (it finds the proposals with GET "
                    + "/population/removal-proposals?status=AWAITING_POLICE_REPORT) and the population officer. An "
                    + "integrator gets the removal proposal instead of the resident file.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response recordPoliceReport(@PathParam("personId") String personId,
                                       @PathParam("proposalId") String proposalId, PoliceReport report,
                                       @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                       @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                       @HeaderParam("Idempotency-Key") String key,
                                       @Parameter(description = PURPOSE_DOC, required = true)
                                       @QueryParam("purpose") String purpose) {
        ResidentFile file = procedures.recordPoliceReport(id(personId), RestParams.uuid(proposalId, "proposalId"),
                report, version(ifMatch), AccessContext.rest(purpose), key);
        if (access.currentActor().kind() == be.burgerzaken.kernel.api.access.ActorKind.INTEGRATOR) {
            // issue 3: the police integrator sees the proposal it reported on, not the resident's file
            return Response.ok(file.removalProposal()).tag(be.burgerzaken.kernel.api.rest.RestParams.etag(file.version()))
                    .build();
        }
        return ok(file);
    }

    @POST
    @Path("residents/{personId}/removal-proposals/{proposalId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The college's decision: remove the person (population officer)",
            description = "decisionDate (not before the police finding), decisionReference, newReferencePersonId when "
                    + "needed. Refused without a police report (field policeReport). Residence, household membership "
                    + "and register period end on the decision date; status REMOVED. removalProposal.shortAbsence and "
                    + "warning flag an absence under the configured minimum.")
    @APIResponse(responseCode = "200", description = "Removed",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response decideRemoval(@PathParam("personId") String personId, @PathParam("proposalId") String proposalId,
                                  RemovalDecision decision,
                                  @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                  @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                  @HeaderParam("Idempotency-Key") String key,
                                  @Parameter(description = PURPOSE_DOC, required = true)
                                  @QueryParam("purpose") String purpose) {
        return ok(procedures.decideRemoval(id(personId), RestParams.uuid(proposalId, "proposalId"), decision,
                version(ifMatch), AccessContext.rest(purpose), key));
    }

    @POST
    @Path("residents/{personId}/removal-proposals/{proposalId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a removal proposal (reason required)")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ResidentFile.class)))
    public Response cancelRemoval(@PathParam("personId") String personId, @PathParam("proposalId") String proposalId,
                                  RemovalCancellation cancellation,
                                  @Parameter(description = IF_MATCH_DOC) @HeaderParam("If-Match") String ifMatch,
                                  @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                                  @HeaderParam("Idempotency-Key") String key,
                                  @Parameter(description = PURPOSE_DOC, required = true)
                                  @QueryParam("purpose") String purpose) {
        return ok(procedures.cancelRemoval(id(personId), RestParams.uuid(proposalId, "proposalId"), cancellation,
                version(ifMatch), AccessContext.rest(purpose), key));
    }

    @GET
    @Path("residents/{personId}/removal-proposals")
    @Operation(summary = "The person's ex-officio removal procedures, oldest first")
    public List<RemovalProposalView> removalProposals(@PathParam("personId") String personId,
                                                      @Parameter(description = PURPOSE_DOC, required = true)
                                                      @QueryParam("purpose") String purpose) {
        return procedures.removalProposals(id(personId), AccessContext.rest(purpose));
    }

    private static UUID id(String personId) {
        return RestParams.uuid(personId, "personId");
    }

    private static Long version(String ifMatch) {
        return VersionedResponses.optionalVersion(ifMatch);
    }

    private static Response ok(ResidentFile file) {
        return VersionedResponses.ok(file, file.version());
    }

    private Response created(ResidentFile file, String history) {
        return VersionedResponses.created(uriInfo.getBaseUriBuilder().path("population/residents/{id}/" + history)
                .build(file.personId()), file, file.version());
    }
}
