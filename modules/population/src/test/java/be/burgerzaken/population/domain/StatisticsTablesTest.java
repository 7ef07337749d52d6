package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.StatisticsDimension;
import be.burgerzaken.population.api.StatisticsTable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTablesTest {
    static final LocalDate D = LocalDate.of(2026, 5, 14);

    @Test
    void everyExpectedValueIsARowAndTotalsAddUp() {
        StatisticsTable t = StatisticsTables.build(D, StatisticsDimension.REGISTER, StatisticsDimension.SEX,
                List.of("POPULATION", "FOREIGNERS", "WAITING"), List.of("F", "M"),
                List.of(new StatisticsTables.Count("POPULATION", "F", 10), new StatisticsTables.Count("POPULATION", "M", 12),
                        new StatisticsTables.Count("FOREIGNERS", "U", 1)), 0, List.of());
        assertEquals(List.of("F", "M", "U"), t.columns(), "a value beyond the expected ones is appended");
        assertEquals(List.of("POPULATION", "FOREIGNERS", "WAITING"), t.rows().stream().map(StatisticsTable.Row::key).toList());
        assertEquals(22L, t.rows().get(0).total().count());
        assertEquals(0L, t.rows().get(2).total().count(), "no one in the waiting register: 0");
        assertEquals(List.of(10L, 12L, 1L), t.columnTotals().stream().map(StatisticsTable.Cell::count).toList());
        assertEquals(23L, t.total().count());
    }

    @Test
    void withoutColumnsEachRowHasItsCount() {
        StatisticsTable t = StatisticsTables.build(D, StatisticsDimension.DISTRICT, null, List.of("Heverlee", "Leuven"),
                List.of(), List.of(new StatisticsTables.Count("Leuven", "", 5), new StatisticsTables.Count("", "", 2)),
                0, List.of());
        assertEquals(List.of("Heverlee", "Leuven", "UNKNOWN"), t.rows().stream().map(StatisticsTable.Row::key).toList());
        assertEquals(List.of(), t.rows().get(1).cells());
        assertEquals(5L, t.rows().get(1).total().count());
        assertEquals(7L, t.total().count());
    }

    @Test
    void smallCellsAreSuppressedZeroIsNot() {
        StatisticsTable t = StatisticsTables.build(D, StatisticsDimension.SEX, StatisticsDimension.REGISTER,
                List.of("F", "M"), List.of("POPULATION", "WAITING"),
                List.of(new StatisticsTables.Count("F", "POPULATION", 30), new StatisticsTables.Count("F", "WAITING", 2),
                        new StatisticsTables.Count("M", "POPULATION", 4)), 5, List.of());
        StatisticsTable.Cell small = t.rows().get(0).cells().get(1);
        assertTrue(small.suppressed());
        assertNull(small.count());
        assertEquals(0L, t.rows().get(1).cells().get(1).count());
        assertFalse(t.rows().get(1).cells().get(1).suppressed());
        assertTrue(t.rows().get(1).total().suppressed(), "a total below the threshold too");
        assertEquals(36L, t.total().count());
    }
}
