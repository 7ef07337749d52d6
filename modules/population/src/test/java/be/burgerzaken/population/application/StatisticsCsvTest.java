package be.burgerzaken.population.application;

import be.burgerzaken.population.api.StatisticsDimension;
import be.burgerzaken.population.api.StatisticsTable;
import be.burgerzaken.population.domain.StatisticsTables;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatisticsCsvTest {
    @Test
    void crossTableWithHeaderTotalsAndSuppressedCells() {
        StatisticsTable t = StatisticsTables.build(LocalDate.of(2026, 5, 14), StatisticsDimension.REGISTER,
                StatisticsDimension.SEX, List.of("POPULATION", "WAITING"), List.of("F", "M"),
                List.of(new StatisticsTables.Count("POPULATION", "F", 10), new StatisticsTables.Count("POPULATION", "M", 12),
                        new StatisticsTables.Count("WAITING", "M", 2)), 3, List.of());
        assertEquals("""
                REGISTER;F;M;TOTAL
                POPULATION;10;12;22
                WAITING;0;<3;<3
                TOTAL;10;14;24
                """, StatisticsCsv.write(t));
        assertEquals("population-2026-05-14-REGISTER-SEX.csv", StatisticsCsv.fileName(t));
    }

    @Test
    void oneDimension() {
        StatisticsTable t = StatisticsTables.build(LocalDate.of(2026, 5, 14), StatisticsDimension.DISTRICT, null,
                List.of("Kessel-Lo", "Leuven"), List.of(), List.of(new StatisticsTables.Count("Leuven", "", 7)), 0,
                List.of());
        assertEquals("DISTRICT;COUNT\nKessel-Lo;0\nLeuven;7\nTOTAL;7\n", StatisticsCsv.write(t));
    }

    @Test
    void valuesAreQuotedAndFormulasNeutralised() {
        assertEquals("\"a;b\"", StatisticsCsv.field("a;b"));
        assertEquals("'=1+1", StatisticsCsv.field("=1+1"));
    }
}
