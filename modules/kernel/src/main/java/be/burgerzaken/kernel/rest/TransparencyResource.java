package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.integration.FieldCatalog;
import be.burgerzaken.kernel.api.integration.IntegratorAccess;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
import be.burgerzaken.kernel.application.TransparencyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** "Who looked at my data" for the clerk and the city's e-counter, and misuse signals for auditors. */
@be.burgerzaken.kernel.api.integration.IntegratorReadable
@Path("transparency")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transparency", description = "Who consulted or changed a person's data; misuse signals")
@APIResponse(responseCode = "403", description = "Not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TransparencyResource {
    /** The e-counter integrator needs information type BZ-ACCESS. */
    static final FieldCatalog ACCESS = FieldCatalog.builder("access history").always("personId", "page", "size", "total")
            .field(InformationType.ACCESS_HISTORY, "items").build();

    @Inject
    TransparencyService transparency;
    @Inject
    IntegratorAccess integrators;

    @GET
    @Path("persons/{id}")
    @Operation(summary = "Who consulted or changed the person's data",
            description = "Newest first: when, who (the body for integrators, municipal staff), what (information "
                    + "types and categories), why (purpose) and the outcome. Integrators (the e-counter) need an "
                    + "authorisation for information type BZ-ACCESS. Fields: items.")
    public jakarta.json.JsonValue person(@PathParam("id") String id,
                                         @QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("50") int size,
                                         @Parameter(description = PersonResource.PURPOSE_DOC, required = true)
                                         @QueryParam("purpose") String purpose) {
        UUID person = RestParams.uuid(id, "id");
        var grant = integrators.authorise(ACCESS, null, AccessContext.rest(purpose), false, List.of(person));
        return grant.filter(transparency.ofPerson(person, page, size, AccessContext.rest(purpose)));
    }

    @GET
    @Path("by-national-number/{nationalNumber}")
    @Operation(summary = "Who consulted or changed the data of the person with this national number (e-counter)")
    public jakarta.json.JsonValue byNationalNumber(@PathParam("nationalNumber") String nationalNumber,
                                                   @QueryParam("page") @DefaultValue("0") int page,
                                                   @QueryParam("size") @DefaultValue("50") int size,
                                                   @Parameter(description = PersonResource.PURPOSE_DOC, required = true)
                                                   @QueryParam("purpose") String purpose) {
        var grant = integrators.authorise(ACCESS, null, AccessContext.rest(purpose), false, List.of());
        var history = transparency.ofNationalNumber(nationalNumber, page, size, AccessContext.rest(purpose));
        integrators.requireInScope(grant, List.of(history.personId()), AccessContext.rest(purpose));
        return grant.filter(history);
    }

    @GET
    @Path("misuse-signals")
    @Operation(summary = "Misuse signals in a period (auditor)",
            description = "MANY_PERSONS (a user looked up more than bz.transparency.many-persons persons), "
                    + "OUTSIDE_OFFICE_HOURS, FLAGGED_PERSON (persons flagged by configuration). Period at most 31 days.")
    public List<TransparencyService.Signal> signals(@Parameter(description = "YYYY-MM-DD") @QueryParam("from") String from,
                                                    @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("to") String to) {
        return transparency.signals(day("from", from, 0), day("to", to, 1));
    }

    static Instant day(String field, String value, int plus) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "required", "a date (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plus).atStartOfDay(java.time.ZoneId.of("Europe/Brussels"))
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid", "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
