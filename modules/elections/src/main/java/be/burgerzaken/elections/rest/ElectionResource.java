package be.burgerzaken.elections.rest;

import be.burgerzaken.elections.api.ElectionInput;
import be.burgerzaken.elections.api.ElectionView;
import be.burgerzaken.elections.api.LetterJobView;
import be.burgerzaken.elections.api.MutationView;
import be.burgerzaken.elections.api.NonBelgianRequestInput;
import be.burgerzaken.elections.api.NonBelgianRequestView;
import be.burgerzaken.elections.api.StationInput;
import be.burgerzaken.elections.api.StationMove;
import be.burgerzaken.elections.api.StationView;
import be.burgerzaken.elections.api.VoterListSummary;
import be.burgerzaken.elections.api.VoterView;
import be.burgerzaken.elections.application.ElectionService;
import be.burgerzaken.elections.application.LetterJobs;
import be.burgerzaken.elections.application.LetterService;
import be.burgerzaken.elections.application.NonBelgianService;
import be.burgerzaken.elections.application.PollWorkerService;
import be.burgerzaken.elections.application.ProxyService;
import be.burgerzaken.elections.api.DesignationInput;
import be.burgerzaken.elections.api.DesignationView;
import be.burgerzaken.elections.api.ImpedimentInput;
import be.burgerzaken.elections.api.PollWorkerInput;
import be.burgerzaken.elections.api.PollWorkerView;
import be.burgerzaken.elections.api.ProxyInput;
import be.burgerzaken.elections.api.ProxyView;
import be.burgerzaken.elections.api.ProxyWithdrawalInput;
import be.burgerzaken.elections.application.StationService;
import be.burgerzaken.elections.application.VoterListService;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Elections over REST (election officer): elections and their rules, polling stations and the balancing report, the
 * voter list (generate, summary, voters with a purpose, CSV export, mutations, manual moves), non-Belgian voter
 * requests, convocation letters (batch job with progress, stop, resume; one letter; duplicates; bundle per station).
 */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Elections")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Authenticated, but the role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such election, station, voter or job",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ElectionResource {
    @Inject
    ElectionService elections;
    @Inject
    StationService stations;
    @Inject
    VoterListService lists;
    @Inject
    LetterService letters;
    @Inject
    LetterJobs jobs;
    @Inject
    NonBelgianService nonBelgians;
    @Inject
    ProxyService proxies;
    @Inject
    PollWorkerService workers;
    @Inject
    be.burgerzaken.elections.application.VoterStatusService voterStatus; // frontoffice (issue 8)
    @Context
    UriInfo uriInfo;

    // --- frontoffice (issue 8): the voter status of the 360° citizen file ---
    @GET
    @Path("persons/{personId}/voter-status")
    @Operation(summary = "A person's voter status in every current or upcoming election",
            description = "Per election: status ON_LIST, REMOVED (reason: the list mutation), NOT_ON_LIST (reason: "
                    + "SUSPENDED, TOO_YOUNG, WAITING_REGISTER, NON_BELGIAN_WITHOUT_REQUEST, NOT_RESIDENT, ...), or while "
                    + "the list is not generated EXPECTED / NOT_EXPECTED (provisional, today's registers and the "
                    + "station covering the current address); station, voter number, letter code and duplicates, "
                    + "proxies given/received, non-Belgian request status. Needs a purpose; one protocol entry.")
    public List<be.burgerzaken.elections.api.VoterStatus> voterStatus(@PathParam("personId") String personId,
                                                                      @QueryParam("purpose") String purpose) {
        return voterStatus.forPerson(RestParams.uuid(personId, "personId"), AccessContext.rest(purpose));
    }
    // --- end frontoffice ---

    @GET
    @Operation(summary = "The elections, newest first")
    public List<ElectionView> list() {
        return elections.list(AccessContext.rest(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an election", description = "name, type (MUNICIPAL, PROVINCIAL, FLEMISH, FEDERAL, "
            + "EUROPEAN, COMBINED), electionDay, optional referenceDate (default from the rule), openingHours. The rule "
            + "row valid on the election day gives age, compulsory turnout and deadlines. A reference date after the "
            + "election day is 400 referenceDate/after-election-day.")
    @APIResponse(responseCode = "201", description = "Created, ETag = version",
            content = @Content(schema = @Schema(implementation = ElectionView.class)))
    public Response create(ElectionInput input) {
        ElectionView e = elections.create(input, AccessContext.rest(null));
        return Response.created(uriInfo.getBaseUriBuilder().path("elections").path(e.id()).build()).entity(e)
                .tag(RestParams.etag(e.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One election with rule and deadlines")
    public Response get(@PathParam("id") String id) {
        ElectionView e = elections.get(RestParams.uuid(id, "id"), AccessContext.rest(null));
        return Response.ok(e).tag(RestParams.etag(e.version())).build();
    }

    @GET
    @Path("{id}/stations")
    @Operation(summary = "The polling stations with their load (balancing report)")
    public List<StationView> stations(@PathParam("id") String id) {
        return stations.stations(RestParams.uuid(id, "id"), AccessContext.rest(null));
    }

    @POST
    @Path("{id}/stations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a polling station with its street ranges", description = "number, name, address, "
            + "accessible, capacity (at most bz.elections.station.max-voters: over it is 400 capacity/over-maximum), "
            + "electronic, ranges [{streetCode, from, to, parity ALL|ODD|EVEN}] not overlapping another station's.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = StationView.class)))
    public Response addStation(@PathParam("id") String id, StationInput input) {
        StationView s = stations.add(RestParams.uuid(id, "id"), input, AccessContext.rest(null));
        return Response.status(201).entity(s).tag(RestParams.etag(s.version())).build();
    }

    @PUT
    @Path("{id}/stations/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a polling station (If-Match)", description = "name, address, accessible, capacity, "
            + "electronic and ranges (replace the old ones; they assign voters at generation, later changes are moves). "
            + "412 when the station changed since its ETag.")
    public Response updateStation(@PathParam("id") String id, @PathParam("number") int number,
                                  @HeaderParam("If-Match") String ifMatch, StationInput input) {
        StationView s = stations.update(RestParams.uuid(id, "id"), number, input, RestParams.version(ifMatch),
                AccessContext.rest(null));
        return Response.ok(s).tag(RestParams.etag(s.version())).build();
    }

    @POST
    @Path("{id}/voter-list")
    @Operation(summary = "Generate the voter list on the reference date", description = "Needs purpose. One bulk read "
            + "of the residents, suspensions and approved non-Belgian requests; stations by range, numbers per station. "
            + "Allowed again until letters are issued (409 letters-issued). One protocol entry names the election.")
    @APIResponse(responseCode = "200", description = "The list's summary with the excluded residents by reason",
            content = @Content(schema = @Schema(implementation = VoterListSummary.class)))
    public VoterListSummary generate(@PathParam("id") String id, @QueryParam("purpose") String purpose) {
        return lists.generate(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
    }

    @GET
    @Path("{id}/voter-list")
    @Operation(summary = "The voter list's summary (counts only)")
    public VoterListSummary summary(@PathParam("id") String id) {
        return lists.summary(RestParams.uuid(id, "id"), AccessContext.rest(null));
    }

    @GET
    @Path("{id}/voter-list/voters")
    @Operation(summary = "Voters by family-name prefix and/or station, paged (purpose required; each person logged)")
    public Page<VoterView> voters(@PathParam("id") String id, @QueryParam("purpose") String purpose,
                                  @QueryParam("name") String name, @QueryParam("station") Integer station,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        return lists.voters(RestParams.uuid(id, "id"), name, station, page, size, AccessContext.rest(purpose));
    }

    @GET
    @Path("{id}/voter-list/voters/{voterId}")
    @Operation(summary = "One voter (purpose required); ETag = version for a move")
    public Response voter(@PathParam("id") String id, @PathParam("voterId") String voterId,
                          @QueryParam("purpose") String purpose) {
        VoterView v = lists.voter(RestParams.uuid(id, "id"), RestParams.uuid(voterId, "voterId"),
                AccessContext.rest(purpose));
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    @POST
    @Path("{id}/voter-list/voters/{voterId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a voter to another station (If-Match; a MOVE mutation)", description = "409 station-full "
            + "when the target station has reached its capacity; 412 when the voter changed.")
    public Response move(@PathParam("id") String id, @PathParam("voterId") String voterId,
                         @HeaderParam("If-Match") String ifMatch, @QueryParam("purpose") String purpose, StationMove move) {
        VoterView v = stations.move(RestParams.uuid(id, "id"), RestParams.uuid(voterId, "voterId"), move,
                RestParams.version(ifMatch), AccessContext.rest(purpose));
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

    @GET
    @Path("{id}/voter-list/mutations")
    @Operation(summary = "The list mutations after generation (deaths, suspensions, moves), purpose required")
    public List<MutationView> mutations(@PathParam("id") String id, @QueryParam("purpose") String purpose) {
        return lists.mutations(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
    }

    @GET
    @Path("{id}/voter-list.csv")
    @Produces("text/csv")
    @Operation(summary = "The voter list as CSV (UTF-8, ';'), streamed; purpose required, one protocol entry",
            description = "Columns: station;number;familyName;givenNames;birthDate;sex;nationality;streetCode;"
                    + "houseNumber;box;postcode;status")
    public Response csv(@PathParam("id") String id, @QueryParam("purpose") String purpose) {
        UUID election = RestParams.uuid(id, "id");
        AccessContext context = AccessContext.rest(purpose);
        lists.summary(election, context);
        if (purpose == null || purpose.isBlank()) {
            throw new be.burgerzaken.kernel.api.problem.ValidationException("purpose", "required",
                    "state the purpose (legal basis or file) for reading personal data");
        }
        StreamingOutput body = out -> lists.exportCsv(election, context,
                new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"voter-list-" + id + ".csv\"").build();
    }

    @GET
    @Path("{id}/voter-list.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The voter list as JSON, streamed; purpose required, one protocol entry", description = "{election:"
            + " {id, name, type, electionDay, referenceDate}, voters: [{station, number, familyName, givenNames, birthDate,"
            + " sex, nationality, streetCode, houseNumber, box, postcode, status}], count} in station/number order.")
    public Response json(@PathParam("id") String id, @QueryParam("purpose") String purpose) {
        return export(id, purpose, "json", MediaType.APPLICATION_JSON + "; charset=UTF-8");
    }

    @GET
    @Path("{id}/voter-list.xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The voter list as XML, streamed; purpose required, one protocol entry", description = "<voterList"
            + " xmlns=\"urn:burgerzaken:elections:voter-list:1\" election name type electionDay referenceDate> with"
            + " <voter station number status> familyName, givenNames, birthDate, sex, nationality, <address streetCode"
            + " houseNumber box postcode/>.")
    public Response xml(@PathParam("id") String id, @QueryParam("purpose") String purpose) {
        return export(id, purpose, "xml", MediaType.APPLICATION_XML + "; charset=UTF-8");
    }

    private Response export(String id, String purpose, String format, String type) {
        UUID election = RestParams.uuid(id, "id");
        AccessContext context = AccessContext.rest(purpose);
        lists.summary(election, context);
        if (purpose == null || purpose.isBlank()) {
            // refused before the stream starts: the problem is answered, not half a file
            throw new be.burgerzaken.kernel.api.problem.ValidationException("purpose", "required",
                    "state the purpose (legal basis or file) for reading personal data");
        }
        StreamingOutput body = out -> lists.export(election, format, context,
                new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"voter-list-" + id + "."
                + format + "\"").build();
    }

    @POST
    @Path("{id}/voter-list/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the list after an objection (an OBJECTION mutation)", description = "{personId, action "
            + "ADD|REMOVE, reason, receivedOn (by the objection deadline: else 400 receivedOn/too-late)}. REMOVE: 400 "
            + "personId/not-on-list; ADD: restores a removed voter or adds the person with the residence on the reference "
            + "date (400 personId/on-list, no-residence, not-eligible). Purpose required.")
    @APIResponse(responseCode = "201", description = "The mutation",
            content = @Content(schema = @Schema(implementation = MutationView.class)))
    public Response objection(@PathParam("id") String id, @QueryParam("purpose") String purpose,
                              be.burgerzaken.elections.api.ObjectionInput input) {
        return Response.status(201).entity(lists.objection(RestParams.uuid(id, "id"), input,
                AccessContext.rest(purpose))).build();
    }

    @GET
    @Path("{id}/non-belgian-requests")
    @Operation(summary = "Non-Belgian voter requests (purpose required)")
    public List<NonBelgianRequestView> requests(@PathParam("id") String id, @QueryParam("purpose") String purpose) {
        return nonBelgians.list(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
    }

    @POST
    @Path("{id}/non-belgian-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a non-Belgian's request to vote", description = "personId, citizenship EU|NON_EU, "
            + "requestedOn (by the rule's deadline), NON_EU: residenceSince (5 years before) and declarationSigned.")
    @APIResponse(responseCode = "201", description = "Recorded, status REQUESTED")
    public Response request(@PathParam("id") String id, NonBelgianRequestInput input) {
        NonBelgianRequestView r = nonBelgians.request(RestParams.uuid(id, "id"), input, AccessContext.rest(null));
        return Response.status(201).entity(r).tag(RestParams.etag(r.version())).build();
    }

    @POST
    @Path("{id}/non-belgian-requests/{requestId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The college's decision", description = "{decision: APPROVED|REFUSED|RENOUNCED, reason}; If-Match")
    public Response decide(@PathParam("id") String id, @PathParam("requestId") String requestId,
                           @HeaderParam("If-Match") String ifMatch, Map<String, String> body) {
        NonBelgianRequestView r = nonBelgians.decide(RestParams.uuid(id, "id"), RestParams.uuid(requestId, "requestId"),
                body == null ? null : body.get("decision"), body == null ? null : body.get("reason"),
                RestParams.version(ifMatch), AccessContext.rest(null));
        return Response.ok(r).tag(RestParams.etag(r.version())).build();
    }

    @POST
    @Path("{id}/letter-jobs")
    @Operation(summary = "Start the convocation-letter batch (all stations, or ?station=n)", description = "Answers at "
            + "once with the job (202); poll GET letter-jobs/{jobId} for progress. 409 job-open while another job of "
            + "the election is open.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(schema = @Schema(implementation = LetterJobView.class)))
    public Response startLetters(@PathParam("id") String id, @QueryParam("station") Integer station) {
        LetterJobView job = jobs.start(RestParams.uuid(id, "id"), station, AccessContext.rest(null));
        return Response.accepted(job).location(uriInfo.getBaseUriBuilder().path("elections").path(id)
                .path("letter-jobs").path(job.id()).build()).build();
    }

    @GET
    @Path("{id}/letter-jobs")
    @be.burgerzaken.kernel.api.integration.IntegratorReadable // job progress, no personal data (the bench client polls it)
    @Operation(summary = "The letter jobs of the election, newest first")
    public List<LetterJobView> letterJobs(@PathParam("id") String id) {
        return letters.jobs(RestParams.uuid(id, "id"), AccessContext.rest(null));
    }

    @GET
    @Path("{id}/letter-jobs/{jobId}")
    @be.burgerzaken.kernel.api.integration.IntegratorReadable // job progress, no personal data (the bench client polls it)
    @Operation(summary = "A letter job's progress")
    public LetterJobView letterJob(@PathParam("jobId") String jobId) {
        return letters.job(RestParams.uuid(jobId, "jobId"), AccessContext.rest(null));
    }

    @POST
    @Path("{id}/letter-jobs/{jobId}/stop")
    @Operation(summary = "Stop the job after its current chunk")
    public LetterJobView stop(@PathParam("jobId") String jobId) {
        return letters.stop(RestParams.uuid(jobId, "jobId"), AccessContext.rest(null));
    }

    @POST
    @Path("{id}/letter-jobs/{jobId}/resume")
    @Operation(summary = "Resume a stopped or failed job, or one whose runner crashed", description = "409 job-running "
            + "while its runner still commits chunks (bz.elections.letters.stale-after-seconds).")
    public Response resume(@PathParam("jobId") String jobId) {
        return Response.accepted(jobs.resume(RestParams.uuid(jobId, "jobId"), AccessContext.rest(null))).build();
    }

    @GET
    @Path("{id}/voter-list/voters/{voterId}/letter")
    @Produces("application/pdf")
    @Operation(summary = "The voter's latest letter (PDF), purpose required")
    public Response letter(@PathParam("id") String id, @PathParam("voterId") String voterId,
                           @QueryParam("purpose") String purpose) {
        return pdf(letters.letter(RestParams.uuid(id, "id"), RestParams.uuid(voterId, "voterId"),
                AccessContext.rest(purpose)));
    }

    @POST
    @Path("{id}/voter-list/voters/{voterId}/duplicate")
    @Produces("application/pdf")
    @Operation(summary = "Issue a duplicate letter (until election day), purpose required")
    public Response duplicate(@PathParam("id") String id, @PathParam("voterId") String voterId,
                              @QueryParam("purpose") String purpose) {
        return pdf(letters.duplicate(RestParams.uuid(id, "id"), RestParams.uuid(voterId, "voterId"),
                AccessContext.rest(purpose)));
    }

    @GET
    @Path("{id}/stations/{number}/letters.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The print-ready bundle of a station: all its letters in one PDF, streamed (purpose required)")
    public Response bundle(@PathParam("id") String id, @PathParam("number") int number,
                           @QueryParam("purpose") String purpose) {
        UUID election = RestParams.uuid(id, "id");
        AccessContext context = AccessContext.rest(purpose);
        lists.summary(election, context);
        StreamingOutput body = out -> letters.bundle(election, number, context, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"letters-station-" + number + ".pdf\"").build();
    }

    // --- proxies ---

    @GET
    @Path("{id}/proxies")
    @Operation(summary = "The proxies, by the grantor's station (?station=n narrows), purpose required")
    public List<ProxyView> proxies(@PathParam("id") String id, @QueryParam("station") Integer station,
                                   @QueryParam("purpose") String purpose) {
        return proxies.list(RestParams.uuid(id, "id"), station, AccessContext.rest(purpose));
    }

    @POST
    @Path("{id}/proxies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a proxy", description = "grantorId, holderId (person ids, both ON_LIST), reason "
            + "(ILLNESS, WORK, BOATMAN_FAIRGROUND, DETENTION, RELIGION, STUDIES, STAY_ABROAD) and the certificate the "
            + "reason's rule asks (MEDICAL, EMPLOYER, MAYOR, INSTITUTION, RELIGIOUS_AUTHORITY, SCHOOL). 400 holderId/"
            + "holds-a-proxy when the holder holds one already, holderId/not-belgian when a Belgian names a non-Belgian, "
            + "grantorId|holderId/not-on-list, certificate/wrong-certificate. Purpose required.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ProxyView.class)))
    public Response registerProxy(@PathParam("id") String id, @QueryParam("purpose") String purpose, ProxyInput input) {
        ProxyView p = proxies.register(RestParams.uuid(id, "id"), input, AccessContext.rest(purpose));
        return Response.status(201).entity(p).tag(RestParams.etag(p.version())).build();
    }

    @POST
    @Path("{id}/proxies/{proxyId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a proxy (If-Match, purpose required)", description = "{reason} (3 to 500 "
            + "characters). The proxy leaves the station's proxy list (kept with who, when and why); grantor and holder "
            + "are free for another proxy. The voter list does not change. 409 election-held after the election day.")
    @APIResponse(responseCode = "200", description = "Withdrawn: the proxy as it was",
            content = @Content(schema = @Schema(implementation = ProxyView.class)))
    @APIResponse(responseCode = "412", description = "The proxy changed since that version",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ProxyView withdrawProxy(@PathParam("id") String id, @PathParam("proxyId") String proxyId,
                                   @QueryParam("purpose") String purpose, @HeaderParam("If-Match") String ifMatch,
                                   ProxyWithdrawalInput input) {
        return proxies.withdraw(RestParams.uuid(id, "id"), RestParams.uuid(proxyId, "proxyId"), input,
                RestParams.version(ifMatch), AccessContext.rest(purpose));
    }

    // --- poll workers ---

    @GET
    @Path("poll-workers")
    @Operation(summary = "The poll-worker pool with services and exemption (rule of today)")
    public List<PollWorkerView> pool() {
        return workers.pool(AccessContext.rest(null));
    }

    @POST
    @Path("poll-workers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a citizen to the pool", description = "personId, kind VOLUNTEER|DESIGNATED, services "
            + "(earlier services, default 0). 400 personId/in-pool when the person is in it.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = PollWorkerView.class)))
    public Response addWorker(PollWorkerInput input) {
        PollWorkerView w = workers.addToPool(input, AccessContext.rest(null));
        return Response.status(201).entity(w).tag(RestParams.etag(w.version())).build();
    }

    @GET
    @Path("{id}/designations")
    @Operation(summary = "The poll workers designated for the election (?station=n narrows)")
    public List<DesignationView> designations(@PathParam("id") String id, @QueryParam("station") Integer station) {
        return workers.designations(RestParams.uuid(id, "id"), station, AccessContext.rest(null));
    }

    @POST
    @Path("{id}/designations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Designate a pool worker to a station", description = "workerId, stationNumber, role CHAIR|"
            + "SECRETARY|ASSESSOR|EXTRA_ASSESSOR|ASSISTANT_SECRETARY. Numbers per station from the dated poll-worker rule "
            + "(1, 1, 4; extras only in electronic stations above 800 voters): 400 role/role-filled, role/no-extra, "
            + "workerId/already-designated, workerId/not-a-voter. Issues the designation letter (kernel document).")
    @APIResponse(responseCode = "201", description = "Designated",
            content = @Content(schema = @Schema(implementation = DesignationView.class)))
    public Response designate(@PathParam("id") String id, DesignationInput input) {
        DesignationView d = workers.designate(RestParams.uuid(id, "id"), input, AccessContext.rest(null));
        return Response.status(201).entity(d).tag(RestParams.etag(d.version())).build();
    }

    @POST
    @Path("{id}/designations/{designationId}/impediment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an impediment or the exemption after two services (If-Match)", description = "reason, "
            + "receivedOn (default today; by the rule's days after the designation: else 400 receivedOn/too-late), "
            + "exemption true: only after the rule's number of services (400 exemption/not-exemptible).")
    public Response impediment(@PathParam("id") String id, @PathParam("designationId") String designationId,
                               @HeaderParam("If-Match") String ifMatch, ImpedimentInput input) {
        DesignationView d = workers.impediment(RestParams.uuid(id, "id"), RestParams.uuid(designationId, "designationId"),
                input, RestParams.version(ifMatch), AccessContext.rest(null));
        return Response.ok(d).tag(RestParams.etag(d.version())).build();
    }

    @POST
    @Path("{id}/designations/{designationId}/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Designate a replacement for an impeded worker", description = "{workerId}: same station and "
            + "role, with its own letter; 409 not-impeded or replaced.")
    @APIResponse(responseCode = "201", description = "The replacement's designation")
    public Response replacement(@PathParam("id") String id, @PathParam("designationId") String designationId,
                                Map<String, String> body) {
        DesignationView d = workers.replace(RestParams.uuid(id, "id"), RestParams.uuid(designationId, "designationId"),
                body == null ? null : body.get("workerId"), AccessContext.rest(null));
        return Response.status(201).entity(d).tag(RestParams.etag(d.version())).build();
    }

    @GET
    @Path("{id}/designations/{designationId}/letter")
    @Produces("application/pdf")
    @Operation(summary = "The designation letter (PDF)")
    public Response designationLetter(@PathParam("id") String id, @PathParam("designationId") String designationId) {
        return pdf(workers.letter(RestParams.uuid(id, "id"), RestParams.uuid(designationId, "designationId"),
                AccessContext.rest(null)));
    }

    @GET
    @Path("{id}/non-belgian-requests/{requestId}/letter")
    @Produces("application/pdf")
    @Operation(summary = "The notification letter of the college's decision (PDF)")
    public Response decisionLetter(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return pdf(nonBelgians.notificationLetter(RestParams.uuid(id, "id"), RestParams.uuid(requestId, "requestId"),
                AccessContext.rest(null)));
    }

    private static Response pdf(IssuedDocument d) {
        return Response.ok(d.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + d.type() + "-" + d.verificationCode() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
