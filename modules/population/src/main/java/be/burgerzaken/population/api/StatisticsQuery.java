package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * A statistics request: the date (null = today), the row dimension (required) and optionally a column dimension,
 * by name ({@link StatisticsDimension#parse}); {@code ageBands} optionally overrides the configured age bands with
 * their lower bounds, e.g. {@code 0,18,65} (ascending, starting at 0); {@code suppressBelow} optionally raises the
 * configured small-cell threshold (never lowers it).
 */
public record StatisticsQuery(LocalDate date, String rows, String columns, String ageBands, Integer suppressBelow) {
}
