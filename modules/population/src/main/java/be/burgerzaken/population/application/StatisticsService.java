package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.NationalityGroup;
import be.burgerzaken.population.api.PopulationStatistics;
import be.burgerzaken.population.api.RegisterType;
import be.burgerzaken.population.api.StatisticsDimension;
import be.burgerzaken.population.api.StatisticsQuery;
import be.burgerzaken.population.api.StatisticsTable;
import be.burgerzaken.population.domain.AgeBands;
import be.burgerzaken.population.domain.StatisticsTables;
import be.burgerzaken.population.persistence.StatisticsStore;
import be.burgerzaken.population.persistence.StreetLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Population statistics as of a date: validates the request, runs the one aggregate query
 * ({@link StatisticsStore}), builds the table with small-cell suppression ({@link StatisticsTables}) and logs the
 * query (SEARCH, no persons) in the same transaction. Age bands: {@code bz.population.statistics.age-bands}; the
 * small-cell threshold: {@code bz.population.statistics.suppress-below} (0 = off).
 */
@ApplicationScoped
@Transactional
public class StatisticsService implements PopulationStatistics {
    static final List<InformationType> TYPES = List.of(InformationType.MAIN_RESIDENCE, InformationType.REGISTER_TYPE,
            InformationType.BIRTH, InformationType.SEX, InformationType.NATIONALITY);
    static final int MAX_SUPPRESS = 1000;

    @Inject
    StatisticsStore store;
    @Inject
    StreetLoader streets;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.population.statistics.age-bands", defaultValue = AgeBands.DEFAULT)
    String configuredBands;
    @Inject
    @ConfigProperty(name = "bz.population.statistics.suppress-below", defaultValue = "0")
    int configuredSuppression;

    @Override
    public StatisticsTable table(StatisticsQuery query, AccessContext context) {
        StatisticsQuery q = query == null ? new StatisticsQuery(null, null, null, null, null) : query;
        LocalDate today = LocalDate.now(clock.withZone(ResidentService.BELGIUM));
        LocalDate day = q.date() == null ? today : q.date();
        String text = "population statistics on " + day + " rows " + q.rows() + (q.columns() == null ? ""
                : " columns " + q.columns()) + (q.ageBands() == null ? "" : " age bands " + q.ageBands());
        try {
            access.require(Capability.READ_POPULATION_STATISTICS, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.SEARCH, TYPES, List.of(), context, text,
                    ProtocolOutcome.DENIED));
            throw denied;
        }
        List<FieldProblem> problems = new ArrayList<>();
        StatisticsDimension rows = dimension(q.rows(), "rows", true, problems);
        StatisticsDimension columns = dimension(q.columns(), "columns", false, problems);
        if (rows != null && rows == columns) {
            problems.add(new FieldProblem("columns", "same-as-rows", "choose another dimension for the columns than "
                    + rows + ", or none"));
        }
        if (day.isAfter(today)) {
            problems.add(new FieldProblem("date", "future", "statistics count the registers as they are: " + day
                    + " is after today, " + today));
        }
        AgeBands bands = null;
        try {
            bands = q.ageBands() == null || q.ageBands().isBlank() ? AgeBands.parse(configuredBands,
                    "bz.population.statistics.age-bands") : AgeBands.parse(q.ageBands(), "ageBands");
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        }
        int threshold = Math.max(0, configuredSuppression);
        if (q.suppressBelow() != null) {
            if (q.suppressBelow() < 0 || q.suppressBelow() > MAX_SUPPRESS) {
                problems.add(new FieldProblem("suppressBelow", "out-of-range", "0 to " + MAX_SUPPRESS));
            } else {
                threshold = Math.max(threshold, q.suppressBelow());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        streets.ensureLoaded();
        List<StatisticsTables.Count> counts = store.count(day, rows, columns, bands);
        StatisticsTable table = StatisticsTables.build(day, rows, columns, values(rows, bands),
                columns == null ? List.of() : values(columns, bands), counts, threshold, bands.labels());
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, TYPES, List.of(), context, text + " (total "
                + table.total().count() + ")", ProtocolOutcome.OK));
        return table;
    }

    /** The values a dimension always shows, in order; UNKNOWN and others are added when the data has them. */
    private List<String> values(StatisticsDimension d, AgeBands bands) {
        return switch (d) {
            case REGISTER -> Stream.of(RegisterType.values()).map(Enum::name).toList();
            case AGE_BAND -> bands.labels();
            case SEX -> List.of("F", "M");
            case NATIONALITY_GROUP -> Stream.of(NationalityGroup.BELGIAN, NationalityGroup.EU, NationalityGroup.NON_EU)
                    .map(Enum::name).toList();
            case DISTRICT -> store.districts();
        };
    }

    private static StatisticsDimension dimension(String text, String field, boolean required,
                                                 List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "required", "choose a dimension: one of "
                        + List.of(StatisticsDimension.values())));
            }
            return null;
        }
        return StatisticsDimension.parse(text).orElseGet(() -> {
            problems.add(new FieldProblem(field, "unknown-dimension", "'" + text.strip() + "' is not a dimension; one of "
                    + List.of(StatisticsDimension.values())));
            return null;
        });
    }
}
