package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;

/**
 * Population statistics as of a date (bevolkingsstatistiek / statistiques de population): residents with their main
 * residence in the city on the date, registered on that date (from the register and residence histories), counted
 * by register, age band, sex, nationality group and district, as a cross-table. Aggregates only: one query, no
 * person is read; the query itself is protocol-logged (SEARCH) and needs READ_POPULATION_STATISTICS.
 */
public interface PopulationStatistics {

    /** The table; an unknown dimension is a 400 naming {@code rows} or {@code columns}. */
    StatisticsTable table(StatisticsQuery query, AccessContext context);
}
