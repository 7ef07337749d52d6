package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.population.api.HostGoneReferenceAddress;
import be.burgerzaken.population.api.HouseholdWithoutReference;
import be.burgerzaken.population.api.OverdueAbsence;
import be.burgerzaken.population.api.RegisterWorkLists;
import be.burgerzaken.population.api.RemovalStage;
import be.burgerzaken.population.api.RemovalWorkItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * The population officer's work lists of the register procedures (issue 3): households without a reference person,
 * ex-officio removals by stage (the college's agenda), temporary absences past their planned end. Paged, purpose
 * required, protocol-logged.
 */
@Path("population")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Register work lists", description = "Werklijsten van de bevolkingsdienst / listes de travail du "
        + "service population")
@APIResponse(responseCode = "400", description = "Invalid page, size or status",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not the population officer",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RegisterWorkListResource {
    static final String PURPOSE_DOC = PopulationResource.PURPOSE_DOC;

    @Inject
    RegisterWorkLists lists;

    @GET
    @Path("households/without-reference-person")
    @Operation(summary = "Households with members but no reference person (after the reference person's death "
            + "when no single adult was left), longest without first")
    public Page<HouseholdWithoutReference> householdsWithoutReferencePerson(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return lists.householdsWithoutReferencePerson(page, size, AccessContext.rest(purpose));
    }

    @GET
    @Path("removal-proposals")
    // the police's work list of the removal procedure it takes part in (AWAITING_POLICE_REPORT; person ids only)
    @be.burgerzaken.kernel.api.integration.IntegratorReadable
    @Operation(summary = "Ex-officio removal procedures by stage (the college's agenda), oldest proposal first",
            description = "status: AWAITING_POLICE_REPORT, AWAITING_DECISION, DECIDED or CANCELLED; none = both open "
                    + "stages.")
    public Page<RemovalWorkItem> removalProposals(
            @Parameter(description = "AWAITING_POLICE_REPORT, AWAITING_DECISION, DECIDED, CANCELLED; none = open")
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return lists.removalProposals(stage(status), page, size, AccessContext.rest(purpose));
    }

    @GET
    @Path("temporary-absences/overdue")
    @Operation(summary = "Open temporary absences past their planned end (IT 026), oldest planned end first")
    public Page<OverdueAbsence> overdueAbsences(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return lists.overdueAbsences(page, size, AccessContext.rest(purpose));
    }

    @GET
    @Path("reference-addresses/host-gone")
    @Operation(summary = "Current reference addresses at a private host who no longer lives there (moved away, died, "
            + "removed, left for abroad), oldest first",
            description = "The officer changes them in one command (POST residents/{id}/reference-address/change) or "
                    + "ends them.")
    public Page<HostGoneReferenceAddress> hostGoneReferenceAddresses(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        return lists.hostGoneReferenceAddresses(page, size, AccessContext.rest(purpose));
    }

    static RemovalStage stage(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RemovalStage.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "unknown", "'" + status.strip() + "' is not one of "
                    + List.of(RemovalStage.values()));
        }
    }
}
