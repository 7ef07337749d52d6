package be.burgerzaken.population.rest;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.rest.Problem;
import be.burgerzaken.population.api.PopulationStatistics;
import be.burgerzaken.population.api.StatisticsQuery;
import be.burgerzaken.population.api.StatisticsTable;
import be.burgerzaken.population.application.ResidentService;
import be.burgerzaken.population.application.StatisticsCsv;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
 * Population statistics as of a date, as JSON or CSV ({@code Accept: text/csv} or {@code format=csv}).
 * Aggregates only; the query is protocol-logged.
 */
@Path("population/statistics")
@RequestScoped
@Tag(name = "Population statistics", description = "Residents by register, age band, sex, nationality group and "
        + "district as of a date (bevolkingsstatistiek / statistiques de population)")
public class StatisticsResource {
    static final String CSV = "text/csv";

    @Inject
    PopulationStatistics statistics;
    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Residents as of a date, by one or two dimensions",
            description = "Residents whose main residence in the city and register period both cover the date "
                    + "(histories, not today's state). Dimensions: REGISTER, AGE_BAND, SEX, NATIONALITY_GROUP, DISTRICT "
                    + "(case-insensitive, '-' for '_'). Counts below the small-cell threshold are suppressed (count "
                    + "null, suppressed true; '<N' in CSV). CSV: UTF-8, ';'-separated, header line, last line TOTAL. "
                    + "Population officers, administrators, auditors.")
    @APIResponse(responseCode = "200", description = "The table (JSON) or the CSV file",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatisticsTable.class)),
                    @Content(mediaType = CSV, examples = @ExampleObject(name = "by register", value = """
                            REGISTER;COUNT
                            POPULATION;1712
                            FOREIGNERS;262
                            WAITING;26
                            TOTAL;2000
                            """))})
    @APIResponse(responseCode = "400", description = "Unknown dimension (field rows or columns), bad date or age bands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The role does not allow statistics",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response table(
            @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("date") String date,
            @Parameter(description = "Row dimension", required = true, example = "AGE_BAND") @QueryParam("rows") String rows,
            @Parameter(description = "Optional column dimension", example = "SEX") @QueryParam("columns") String columns,
            @Parameter(description = "Optional lower bounds of the age bands, e.g. 0,18,65") @QueryParam("ageBands")
            String ageBands,
            @Parameter(description = "Optional: suppress counts below this (raises the configured threshold)")
            @QueryParam("suppressBelow") Integer suppressBelow,
            @Parameter(description = "csv for CSV whatever the Accept header") @QueryParam("format") String format,
            @Parameter(description = "Optional: why (written to the protocol log)") @QueryParam("purpose") String purpose) {
        boolean csv = wantsCsv(format);
        StatisticsTable table = statistics.table(new StatisticsQuery(ResidentService.date(date, "date"), rows, columns,
                ageBands, suppressBelow), AccessContext.rest(purpose));
        if (csv) {
            return Response.ok(StatisticsCsv.write(table), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + StatisticsCsv.fileName(table) + "\"")
                    .build();
        }
        return Response.ok(table, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private boolean wantsCsv(String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new ValidationException("format", "invalid", "the format is json or csv");
            };
        }
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType()) {
                return false;
            }
            if (t.getType().equals("text") && t.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }
}
