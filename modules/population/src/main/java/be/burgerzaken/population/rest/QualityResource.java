package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.population.api.QualityRuleAudit;
import be.burgerzaken.population.api.QualityRuleChange;
import be.burgerzaken.population.api.QualityRuleCode;
import be.burgerzaken.population.api.QualityRuleView;
import be.burgerzaken.population.api.QualityRun;
import be.burgerzaken.population.api.QualitySignal;
import be.burgerzaken.population.api.QualitySignalSummary;
import be.burgerzaken.population.api.QualitySignals;
import be.burgerzaken.population.api.SignalReview;
import be.burgerzaken.population.api.SignalStatus;
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
import java.util.Locale;

/**
 * Quality signals of the population registers: the dated rules (read, change, new version, change log), a run of
 * the rules, the review list, one signal and its review. Reading signals names persons: state the purpose.
 */
@Path("population")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality signals", description = "Quality rules and signals of the population registers "
        + "(kwaliteitssignalen / signaux de qualité)")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "dismissed without a note", value = """
                        {"type":"https://burgerzaken.be/problems/validation","title":"Invalid request","status":400,
                         "detail":"note: say why the signal is dismissed","errors":[
                         {"field":"note","code":"required","message":"say why the signal is dismissed"}]}""")))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Authenticated, but the role does not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class QualityResource {
    static final String PURPOSE_DOC = PopulationResource.PURPOSE_DOC;

    @Inject
    QualitySignals quality;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("quality-rules")
    @Operation(summary = "Every dated version of every quality rule",
            description = "OVERCROWDED_ADDRESS, FREQUENT_MOVES, NO_HOUSING_UNIT, MANY_SURNAMES; threshold = N in "
                    + "'more than N', windowDays = M in 'in M days'; valid [validFrom, validTo). Population officers, "
                    + "administrators and the clerks who review signals.")
    public List<QualityRuleView> rules(@Parameter(description = "Optional for rules (no personal data)")
                                       @QueryParam("purpose") String purpose) {
        return quality.rules(AccessContext.rest(purpose));
    }

    @PUT
    @Path("quality-rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a rule version (enabled, threshold, windowDays, severity, validity, description)",
            description = "Fields left out keep their value. Needs If-Match with the ETag; every change is written to "
                    + "the rule's change log and the protocol log with who and when.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is returned",
            content = @Content(schema = @Schema(implementation = QualityRuleView.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since that version (stale-version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateRule(@PathParam("id") String id, QualityRuleChange change,
                               @Parameter(in = ParameterIn.HEADER, description = "ETag of the version the change is based on")
                               @HeaderParam("If-Match") String ifMatch,
                               @QueryParam("purpose") String purpose) {
        QualityRuleView v = quality.updateRule(RestParams.uuid(id, "id"), change, RestParams.version(ifMatch),
                AccessContext.rest(purpose));
        return VersionedResponses.ok(v, v.version());
    }

    @POST
    @Path("quality-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a dated version of a rule",
            description = "code and validFrom required; the version valid that day ends on validFrom, the other "
                    + "values default to it. Versions of one rule never overlap.")
    @APIResponse(responseCode = "201", description = "Added; Location lists the rules, ETag is the version",
            content = @Content(schema = @Schema(implementation = QualityRuleView.class)))
    public Response addRuleVersion(QualityRuleChange change, @QueryParam("purpose") String purpose) {
        QualityRuleView v = quality.addRuleVersion(change, AccessContext.rest(purpose));
        return VersionedResponses.created(uriInfo.getBaseUriBuilder().path("population/quality-rules/{id}/changes")
                .build(v.id()), v, v.version());
    }

    @GET
    @Path("quality-rules/{id}/changes")
    @Operation(summary = "The change log of a rule version, newest first (who, when, from -> to)")
    public List<QualityRuleAudit> ruleChanges(@PathParam("id") String id, @QueryParam("purpose") String purpose) {
        return quality.ruleChanges(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
    }

    @POST
    @Path("quality-runs")
    @Operation(summary = "Run the quality rules now",
            description = "Every enabled rule valid on the date (default today) looks at the residence and household "
                    + "histories on that date; each finding becomes an open signal unless one is open for the same rule "
                    + "and subject, or one was reviewed with the same facts. All or nothing. Population officer, "
                    + "administrator. The rules also run every night.")
    @APIResponse(responseCode = "200", description = "What the run found, per rule",
            content = @Content(schema = @Schema(implementation = QualityRun.class)))
    @APIResponse(responseCode = "409", description = "Run at the same time by someone else",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QualityRun run(@Parameter(description = "YYYY-MM-DD, default today, not in the future")
                          @QueryParam("date") String date,
                          @Parameter(description = PURPOSE_DOC) @QueryParam("purpose") String purpose) {
        return quality.run(ResidentService.date(date, "date"), AccessContext.rest(purpose));
    }

    @GET
    @Path("quality-signals")
    @Operation(summary = "The review list of quality signals, newest first",
            description = "Filters: rule (a rule code), status (OPEN by default; JUSTIFIED, REFERRED_TO_POLICE, "
                    + "DISMISSED or ALL). An address signal shows the address and how many persons it names; a person "
                    + "signal shows the person id (protocol-logged). Clerks and population officers.")
    @APIResponse(responseCode = "200", description = "A page of signals")
    public Page<QualitySignalSummary> signals(
            @Parameter(description = "OVERCROWDED_ADDRESS, FREQUENT_MOVES, NO_HOUSING_UNIT, MANY_SURNAMES")
            @QueryParam("rule") String rule,
            @Parameter(description = "OPEN (default), JUSTIFIED, REFERRED_TO_POLICE, DISMISSED, ALL")
            @QueryParam("status") @DefaultValue("OPEN") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return quality.signals(rule(rule), status(status), page, size, AccessContext.rest(purpose));
    }

    @GET
    @Path("quality-signals/{id}")
    @Operation(summary = "One quality signal with its facts and the persons it names; the ETag is its version",
            description = "Protocol-logged for every person named (MAIN_RESIDENCE).")
    @APIResponse(responseCode = "200", description = "The signal",
            content = @Content(schema = @Schema(implementation = QualitySignal.class)))
    @APIResponse(responseCode = "404", description = "No such signal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response signal(@PathParam("id") String id,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        QualitySignal s = quality.signal(RestParams.uuid(id, "id"), AccessContext.rest(purpose));
        return VersionedResponses.ok(s, s.version());
    }

    @POST
    @Path("quality-signals/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review an open signal",
            description = "outcome JUSTIFIED (the situation is in order), REFERRED_TO_POLICE (a police residence "
                    + "check is asked: an outbox message population.residence-check-requested is written) or DISMISSED "
                    + "(note required); note at most 2000 characters. Needs If-Match with the ETag.")
    @APIResponse(responseCode = "200", description = "Reviewed; the new ETag is returned",
            content = @Content(schema = @Schema(implementation = QualitySignal.class)))
    @APIResponse(responseCode = "412", description = "Changed since that version (stale-version)")
    @APIResponse(responseCode = "409", description = "Reviewed already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response review(@PathParam("id") String id, SignalReview review,
                           @Parameter(in = ParameterIn.HEADER, description = "ETag of the version the review is based on")
                           @HeaderParam("If-Match") String ifMatch,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        QualitySignal s = quality.review(RestParams.uuid(id, "id"), review, RestParams.version(ifMatch),
                AccessContext.rest(purpose));
        return VersionedResponses.ok(s, s.version());
    }

    static QualityRuleCode rule(String rule) {
        if (rule == null || rule.isBlank()) {
            return null;
        }
        try {
            return QualityRuleCode.valueOf(rule.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("rule", "invalid", "the rule is one of " + List.of(QualityRuleCode.values()));
        }
    }

    static SignalStatus status(String status) {
        if (status == null || status.isBlank() || status.strip().equalsIgnoreCase("ALL")) {
            return null;
        }
        try {
            return SignalStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "invalid", "the status is ALL or one of "
                    + List.of(SignalStatus.values()));
        }
    }
}
