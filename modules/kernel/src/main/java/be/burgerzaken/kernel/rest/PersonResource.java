package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.CivilStatusView;
import be.burgerzaken.kernel.api.person.ParentsView;
import be.burgerzaken.kernel.api.person.FactChange;
import be.burgerzaken.kernel.api.person.NationalNumberLookup;
import be.burgerzaken.kernel.api.person.NewPerson;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.PersonDirectory;
import be.burgerzaken.kernel.api.person.PersonHistory;
import be.burgerzaken.kernel.api.person.PersonRegistry;
import be.burgerzaken.kernel.api.person.PersonSearch;
import be.burgerzaken.kernel.api.person.PersonSummary;
import be.burgerzaken.kernel.api.person.PersonView;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.kernel.api.rest.RestParams;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Persons: tolerant search, identity, history and "as of" reads, registration and fact changes. Every
 * personal-data call states its purpose in the {@code purpose} query parameter; every call is logged.
 */
@be.burgerzaken.kernel.api.integration.IntegratorReadable
@Path("persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "Identity kernel: persons (personen / personnes)")
@APIResponse(responseCode = "400", description = "Invalid input, with the field and the reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "bad national number", value = """
                        {"type":"https://burgerzaken.be/problems/validation","title":"Invalid request","status":400,
                         "detail":"nationalNumber: check digits 62 do not match","errors":[{"field":"nationalNumber",
                         "code":"bad-check-digits","message":"check digits 62 do not match: expected 61"}]}""")))
@APIResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Authenticated, but the role does not allow it, or (integrators) a "
        + "field, the purpose, history or the person is outside the client's authorisations; the problem names it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "429", description = "Integrators: over the client's rate limit; Retry-After says when to retry",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PersonResource {
    /** One JSON provider (Json.create* looks it up with a ServiceLoader on every call; issue 10). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();
    static final String PURPOSE_DOC = "Why the data is needed (file number, legal basis); written to the protocol log";

    @Inject
    PersonDirectory directory;
    @Inject
    PersonRegistry registry;
    // --- integrators (issue 9): field filtering ---
    @Inject
    be.burgerzaken.kernel.api.integration.IntegratorAccess integrators;
    // --- end integrators ---
    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Search persons",
            description = "By national number, or by family name tolerant to case, diacritics (Celik finds Çelik), "
                    + "punctuation (Dhondt finds D'Hondt) and Dutch/French phonetic variants, optionally narrowed "
                    + "by given names or initials and a full or partial birth date. Ranked, best first.")
    @APIResponse(responseCode = "200", description = "A page of matches")
    public Response search(
            @Parameter(description = "National register or BIS number, any notation") @QueryParam("nationalNumber") String nationalNumber,
            @Parameter(description = "Family name", example = "celik") @QueryParam("familyName") String familyName,
            @Parameter(description = "Given names or initials (J.P.)") @QueryParam("givenNames") String givenNames,
            @Parameter(description = "YYYY, YYYY-MM or YYYY-MM-DD") @QueryParam("birthDate") String birthDate,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = PURPOSE_DOC, required = true, example = "file 2026/123 change of address")
            @QueryParam("purpose") String purpose,
            @Parameter(description = PersonFields.SUMMARY_FIELDS_DOC) @QueryParam("fields") String fields) {
        var grant = integrators.authorise(PersonFields.SUMMARY, fields, AccessContext.rest(purpose), false, null);
        integrators.requireInScope(grant, java.util.List.of(), AccessContext.rest(purpose));
        Page<PersonSummary> found = directory.search(new PersonSearch(nationalNumber, familyName, givenNames,
                birthDate, page, size), AccessContext.rest(purpose));
        if (!grant.restricted()) {
            return Response.ok(found).build();
        }
        return Response.ok(JSON.createObjectBuilder().add("items", grant.filterAll(found.items()))
                .add("page", found.page()).add("size", found.size()).add("total", found.total()).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A person's current identity", description = "The ETag is the version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id,
                        @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                        @Parameter(description = PersonFields.PERSON_FIELDS_DOC) @QueryParam("fields") String fields) {
        UUID personId = RestParams.uuid(id, "id");
        var grant = integrators.authorise(PersonFields.PERSON, fields, AccessContext.rest(purpose), false,
                java.util.List.of(personId));
        PersonView v = directory.get(personId, AccessContext.rest(purpose));
        return Response.ok(grant.filter(v)).tag(RestParams.etag(v.version())).build();
    }

    @GET
    @Path("by-national-number/{nationalNumber}")
    @Operation(summary = "A person by national register or BIS number (any notation)",
            description = "A former number of a person (replaced after a change of registered sex) finds them too; "
                    + "GET national-numbers/{nationalNumber} says whether the number is a former one.")
    public Response byNationalNumber(@PathParam("nationalNumber") String nationalNumber,
                                     @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                                     @Parameter(description = PersonFields.PERSON_FIELDS_DOC) @QueryParam("fields") String fields) {
        var grant = integrators.authorise(PersonFields.PERSON, fields, AccessContext.rest(purpose), false, null);
        PersonView v = directory.getByNationalNumber(nationalNumber, AccessContext.rest(purpose));
        integrators.requireInScope(grant, java.util.List.of(v.id()), AccessContext.rest(purpose));
        return Response.ok(grant.filter(v)).tag(RestParams.etag(v.version())).build();
    }

    // --- integrators (issue 9): batch lookup ---

    /** Up to {@link be.burgerzaken.kernel.api.integration.IntegratorAccess#MAX_BATCH} national numbers. */
    public record BatchLookup(java.util.List<String> nationalNumbers) {
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Look up many persons by national number in one call",
            description = "Up to 100 national numbers; answers {items: [person with the granted fields], notFound: "
                    + "[numbers]}. Same fields, purpose and authorisation rules as GET /persons/{id}.")
    @APIResponse(responseCode = "200", description = "The persons found and the numbers not found")
    public Response batch(BatchLookup lookup,
                          @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                          @Parameter(description = PersonFields.PERSON_FIELDS_DOC) @QueryParam("fields") String fields) {
        java.util.List<String> numbers = lookup == null || lookup.nationalNumbers() == null ? java.util.List.of()
                : lookup.nationalNumbers();
        if (numbers.isEmpty() || numbers.size() > be.burgerzaken.kernel.api.integration.IntegratorAccess.MAX_BATCH) {
            throw new ValidationException("nationalNumbers", "size", "give 1 to "
                    + be.burgerzaken.kernel.api.integration.IntegratorAccess.MAX_BATCH + " national numbers");
        }
        var grant = integrators.authorise(PersonFields.PERSON, fields, AccessContext.rest(purpose), false, null);
        java.util.List<PersonView> found = new java.util.ArrayList<>();
        jakarta.json.JsonArrayBuilder notFound = JSON.createArrayBuilder();
        for (String n : numbers) {
            try {
                found.add(directory.getByNationalNumber(n, AccessContext.rest(purpose)));
            } catch (be.burgerzaken.kernel.api.problem.NotFoundException e) {
                notFound.add(n);
            }
        }
        integrators.requireInScope(grant, found.stream().map(PersonView::id).toList(), AccessContext.rest(purpose));
        return Response.ok(JSON.createObjectBuilder().add("items", grant.filterAll(found))
                .add("notFound", notFound).build()).build();
    }
    // --- end integrators ---

    // --- effects of civil-status acts (issue 4): former numbers, civil status ---

    @GET
    @Path("national-numbers/{nationalNumber}")
    @Operation(summary = "Whose national number is this, now or formerly",
            description = "Finds the person a national register number belongs to, also when it is a former number "
                    + "of theirs (replaced after a change of registered sex or a corrected birth date): 'former' is "
                    + "then true with 'replacedOn', and 'person' carries the current number.")
    @APIResponse(responseCode = "200", description = "The person, and whether the number is a former one",
            content = @Content(schema = @Schema(implementation = NationalNumberLookup.class)))
    @APIResponse(responseCode = "404", description = "No person has or had the number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public jakarta.json.JsonValue lookup(@PathParam("nationalNumber") String nationalNumber,
                                       @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                                       @Parameter(description = PersonFields.PERSON_FIELDS_DOC) @QueryParam("fields") String fields) {
        var grant = integrators.authorise(PersonFields.PERSON, fields, AccessContext.rest(purpose), false, null);
        NationalNumberLookup found = directory.lookup(nationalNumber, AccessContext.rest(purpose));
        if (!grant.restricted()) {
            return grant.filter(found);
        }
        integrators.requireInScope(grant, java.util.List.of(found.person().id()), AccessContext.rest(purpose));
        jakarta.json.JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("nationalNumber", found.nationalNumber()).add("former", found.former())
                .add("person", grant.filter(found.person()));
        if (found.replacedOn() != null) {
            b.add("replacedOn", found.replacedOn().toString());
        }
        return b.build();
    }

    @GET
    @Path("{id}/civil-status")
    @Operation(summary = "A person's civil status on a date",
            description = "Civil status (burgerlijke staat / état civil, IT 120) valid on the date (default today): "
                    + "SINGLE, MARRIED, DIVORCED or WIDOWED with the partner and since when, from the civil-status "
                    + "acts registered; no status when none is recorded. The full history is in /history.")
    @APIResponse(responseCode = "200", description = "The civil status",
            content = @Content(schema = @Schema(implementation = CivilStatusView.class)))
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public jakarta.json.JsonValue civilStatus(@PathParam("id") String id,
                                       @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("date") String date,
                                       @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                                       @Parameter(description = PersonFields.CIVIL_STATUS_FIELDS_DOC) @QueryParam("fields") String fields) {
        LocalDate on;
        try {
            on = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "invalid", "'" + date + "' is not a date (YYYY-MM-DD)");
        }
        UUID personId = RestParams.uuid(id, "id");
        var grant = integrators.authorise(PersonFields.CIVIL_STATUS, fields, AccessContext.rest(purpose),
                on != null && on.isBefore(LocalDate.now()), java.util.List.of(personId));
        return grant.filter(directory.civilStatus(personId, on, AccessContext.rest(purpose)));
    }

    // --- civil status (issue 4): filiation ---

    @GET
    @Path("{id}/parents")
    @Operation(summary = "A person's legal parents on a date",
            description = "Filiation (afstamming / filiation, IT 110) valid on the date (default today): MOTHER, "
                    + "FATHER, CO_MOTHER or ADOPTIVE_PARENT, the parent's person id when known to the registers, "
                    + "the name as the act gives it and the act that established each link (basisReference), from "
                    + "the birth, recognition and adoption acts registered; empty when none is recorded. The full "
                    + "history (fact PARENTS) is in /history.")
    @APIResponse(responseCode = "200", description = "The parents",
            content = @Content(schema = @Schema(implementation = ParentsView.class)))
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public jakarta.json.JsonValue parents(@PathParam("id") String id,
                               @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("date") String date,
                               @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                               @Parameter(description = PersonFields.PARENTS_FIELDS_DOC) @QueryParam("fields") String fields) {
        LocalDate on;
        try {
            on = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "invalid", "'" + date + "' is not a date (YYYY-MM-DD)");
        }
        UUID personId = RestParams.uuid(id, "id");
        var grant = integrators.authorise(PersonFields.PARENTS, fields, AccessContext.rest(purpose),
                on != null && on.isBefore(LocalDate.now()), java.util.List.of(personId));
        return grant.filter(directory.parents(personId, on, AccessContext.rest(purpose)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every recorded identity fact with valid time, record time and legal basis")
    public PersonHistory history(@PathParam("id") String id,
                                 @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                                 @Parameter(description = "Integrators: identity facts wanted (NAME, NATIONALITY, ...); "
                                         + "needs the history authorisation") @QueryParam("fields") String fields) {
        UUID personId = RestParams.uuid(id, "id");
        var grant = integrators.authorise(PersonFields.HISTORY, fields, AccessContext.rest(purpose), true,
                java.util.List.of(personId));
        PersonHistory h = directory.history(personId, AccessContext.rest(purpose));
        return !grant.restricted() ? h : new PersonHistory(h.personId(), h.records().stream()
                .filter(r -> grant.fields().contains(r.fact().name())).toList());
    }

    @GET
    @Path("{id}/as-of")
    @Operation(summary = "The identity valid on a date, as known at a moment",
            description = "What did we know at knownAt (default: now) about the person's identity on date.")
    public jakarta.json.JsonValue asOf(@PathParam("id") String id,
                           @Parameter(description = "The day the identity must be valid on (YYYY-MM-DD)", required = true)
                           @QueryParam("date") String date,
                           @Parameter(description = "An instant (ISO-8601, e.g. 2026-01-01T00:00:00Z); default now")
                           @QueryParam("knownAt") String knownAt,
                           @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose,
                           @Parameter(description = PersonFields.PERSON_FIELDS_DOC) @QueryParam("fields") String fields) {
        LocalDate on;
        try {
            on = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "invalid", "'" + date + "' is not a date (YYYY-MM-DD)");
        }
        Instant known;
        try {
            known = knownAt == null || knownAt.isBlank() ? null : Instant.parse(knownAt);
        } catch (DateTimeParseException e) {
            throw new ValidationException("knownAt", "invalid", "'" + knownAt + "' is not an ISO-8601 instant");
        }
        UUID personId = RestParams.uuid(id, "id");
        var grant = integrators.authorise(PersonFields.PERSON, fields, AccessContext.rest(purpose), true,
                java.util.List.of(personId));
        return grant.filter(directory.asOf(personId, on, known, AccessContext.rest(purpose)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a person",
            description = "For the population officer or civil registrar (arrival, birth). Allocates the next free "
                    + "national number for the birth date and sex when allocateNationalNumber is true.")
    @APIResponse(responseCode = "201", description = "Registered; Location points at the person")
    public Response register(NewPerson person,
                             @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: the same key and body "
                                     + "return the person registered the first time")
                             @HeaderParam("Idempotency-Key") String idempotencyKey,
                             @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        PersonView v = registry.register(person, AccessContext.rest(purpose), idempotencyKey);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(v.id().toString()).build()).entity(v)
                .tag(RestParams.etag(v.version())).build();
    }

    @POST
    @Path("{id}/facts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a change or correction of one identity fact",
            description = "Needs If-Match with the ETag of the version the change is based on. History is kept: "
                    + "the new record wins for its valid period, earlier records stay readable.")
    @APIResponse(responseCode = "200", description = "Recorded; the new ETag is returned")
    @APIResponse(responseCode = "412", description = "The person was changed since that version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordFact(@PathParam("id") String id, FactChange change,
                               @Parameter(in = ParameterIn.HEADER, description = "ETag of the version the change is based on")
                               @HeaderParam("If-Match") String ifMatch,
                               @Parameter(description = PURPOSE_DOC, required = true) @QueryParam("purpose") String purpose) {
        UUID personId = RestParams.uuid(id, "id");
        long version = RestParams.version(ifMatch);
        PersonView v = registry.recordFact(personId, change, version, AccessContext.rest(purpose));
        return Response.ok(v).tag(RestParams.etag(v.version())).build();
    }

}
