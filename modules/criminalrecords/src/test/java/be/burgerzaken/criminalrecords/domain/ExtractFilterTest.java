package be.burgerzaken.criminalrecords.domain;

import be.burgerzaken.criminalrecords.api.Conviction;
import be.burgerzaken.criminalrecords.api.DisqualificationSubject;
import be.burgerzaken.criminalrecords.api.ExtractLine;
import be.burgerzaken.criminalrecords.api.ExtractModel;
import be.burgerzaken.criminalrecords.api.OffenceCategory;
import be.burgerzaken.criminalrecords.api.Penalty;
import be.burgerzaken.criminalrecords.api.PenaltyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static be.burgerzaken.criminalrecords.api.ExtractModel.M595;
import static be.burgerzaken.criminalrecords.api.ExtractModel.M596_1;
import static be.burgerzaken.criminalrecords.api.ExtractModel.M596_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped rule set ({@code rules/rules.txt}) as a table: convictions + model + request date -> the lines that
 * appear (conviction ids) and, for those left out, the rule. Every rule at its boundaries: the day before and the
 * day it starts to apply (3 years after the final decision), the size limits on both sides, and its validity dates.
 */
class ExtractFilterTest {
    static final RuleSet RULES = RuleSet.defaults();
    static final ExtractFilter FILTER = new ExtractFilter(RULES);
    static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final LocalDate FINAL = LocalDate.of(2020, 3, 15);
    static final LocalDate THREE_YEARS = FINAL.plusYears(3);
    static final LocalDate DAY_BEFORE = THREE_YEARS.minusDays(1);

    static Conviction conv(String id, OffenceCategory category, LocalDate finalDate, Penalty... penalties) {
        return new Conviction(id, PERSON, "Correctional court Leuven", finalDate.minusDays(40), finalDate, category,
                List.of(penalties), null);
    }

    static Conviction conv(String id, Penalty... penalties) {
        return conv(id, OffenceCategory.GENERAL, FINAL, penalties);
    }

    static Conviction rehabilitated(Conviction c, LocalDate on) {
        return new Conviction(c.centralId(), c.personId(), c.court(), c.decisionDate(), c.finalDate(), c.category(),
                c.penalties(), on);
    }

    static Penalty forfeiture(int months) {
        return new Penalty(PenaltyType.FORFEITURE, months, null, null, null, false, null);
    }

    /** A row of the table: what appears (ids) and the rule that left out the first conviction, if any. */
    static Arguments row(String name, List<Conviction> convictions, ExtractModel model, LocalDate day,
                         List<String> shown, String leftOutBy) {
        return Arguments.of(name, convictions, model, day, shown, leftOutBy);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // --- the "done when": a 4-year-old EUR 300 fine and a 2-year-old 8-month prison sentence
                row("595 today: only the prison sentence", List.of(
                                conv("FINE-300", OffenceCategory.GENERAL, LocalDate.of(2022, 11, 29), Penalty.fine("300")),
                                conv("PRISON-8M", OffenceCategory.GENERAL, LocalDate.of(2024, 11, 29), Penalty.prisonMonths(8))),
                        M595, LocalDate.of(2026, 11, 29), List.of("PRISON-8M"), "CR-595-LIGHT-3Y-2002"),
                row("596.1 today: both", List.of(
                                conv("FINE-300", OffenceCategory.GENERAL, LocalDate.of(2022, 11, 29), Penalty.fine("300")),
                                conv("PRISON-8M", OffenceCategory.GENERAL, LocalDate.of(2024, 11, 29), Penalty.prisonMonths(8))),
                        M596_1, LocalDate.of(2026, 11, 29), List.of("FINE-300", "PRISON-8M"), null),

                // --- 595 light after 3 years: the date boundary
                row("595 fine 500, day before 3 years: shown", List.of(conv("C", Penalty.fine("500"))), M595, DAY_BEFORE,
                        List.of("C"), null),
                row("595 fine 500, on 3 years: left out", List.of(conv("C", Penalty.fine("500"))), M595, THREE_YEARS,
                        List.of(), "CR-595-LIGHT-3Y-2002"),
                row("595 fine 500.01 after 3 years: shown", List.of(conv("C", Penalty.fine("500.01"))), M595, THREE_YEARS,
                        List.of("C"), null),
                row("595 road-traffic fine 4000 after 3 years: left out", List.of(conv("C", OffenceCategory.ROAD_TRAFFIC,
                        FINAL, Penalty.fine("4000"))), M595, THREE_YEARS, List.of(), "CR-595-LIGHT-3Y-2002"),
                row("595 road-traffic fine 4000 before 3 years: shown", List.of(conv("C", OffenceCategory.ROAD_TRAFFIC,
                        FINAL, Penalty.fine("4000"))), M595, DAY_BEFORE, List.of("C"), null),
                row("595 prison 6 months after 3 years: left out", List.of(conv("C", Penalty.prisonMonths(6))), M595,
                        THREE_YEARS, List.of(), "CR-595-LIGHT-3Y-2002"),
                row("595 prison 6 months + 1 day after 3 years: shown", List.of(conv("C",
                        new Penalty(PenaltyType.PRISON, 6, 1, null, null, false, null))), M595, THREE_YEARS, List.of("C"), null),
                row("595 declaration of guilt after 3 years: left out", List.of(conv("C",
                        Penalty.of(PenaltyType.SIMPLE_DECLARATION_OF_GUILT))), M595, THREE_YEARS, List.of(), "CR-595-LIGHT-3Y-2002"),
                row("595 declaration of guilt before 3 years: shown", List.of(conv("C",
                        Penalty.of(PenaltyType.SIMPLE_DECLARATION_OF_GUILT))), M595, DAY_BEFORE, List.of("C"), null),
                row("595 fine + disqualification 36 months after 3 years: left out", List.of(conv("C", Penalty.fine("200"),
                        Penalty.disqualification(DisqualificationSubject.DRIVING, 36))), M595, THREE_YEARS, List.of(),
                        "CR-595-LIGHT-3Y-2002"),
                row("595 fine + disqualification 37 months after 3 years: shown", List.of(conv("C", Penalty.fine("200"),
                        Penalty.disqualification(DisqualificationSubject.DRIVING, 37))), M595, THREE_YEARS, List.of("C"), null),
                row("595 fine + forfeiture 37 months after 3 years: shown", List.of(conv("C", Penalty.fine("200"),
                        forfeiture(37))), M595, THREE_YEARS, List.of("C"), null),
                row("595 light rule not yet in force (2001)", List.of(conv("C", OffenceCategory.GENERAL,
                        LocalDate.of(1997, 6, 1), Penalty.fine("100"))), M595, LocalDate.of(2001, 12, 31), List.of("C"), null),
                row("595 light rule in force from 2002-01-01", List.of(conv("C", OffenceCategory.GENERAL,
                        LocalDate.of(1997, 6, 1), Penalty.fine("100"))), M595, LocalDate.of(2002, 1, 1), List.of(),
                        "CR-595-LIGHT-3Y-2002"),
                row("596.1 fine 100 after 3 years: shown (595 only)", List.of(conv("C", Penalty.fine("100"))), M596_1,
                        THREE_YEARS, List.of("C"), null),
                row("596.2 fine 100 after 3 years: shown (595 only)", List.of(conv("C", Penalty.fine("100"))), M596_2,
                        THREE_YEARS, List.of("C"), null),

                // --- never shown: suspension of pronouncement and work penalties, on every model
                row("595 suspension of pronouncement: never", List.of(conv("C",
                        Penalty.of(PenaltyType.SUSPENSION_OF_PRONOUNCEMENT))), M595, FINAL, List.of(), "CR-NEVER-SHOWN-2002"),
                row("596.2 work penalty 100 h: never", List.of(conv("C", Penalty.workPenalty(100))), M596_2, FINAL,
                        List.of(), "CR-NEVER-SHOWN-2002"),
                row("596.1 work penalty + prison: the prison appears", List.of(conv("C", Penalty.workPenalty(100),
                        Penalty.prisonMonths(12))), M596_1, FINAL, List.of("C"), null),
                row("never-shown rule not yet in force (2001-12-31)", List.of(conv("C", OffenceCategory.GENERAL,
                        LocalDate.of(2001, 6, 1), Penalty.workPenalty(100))), M595, LocalDate.of(2001, 12, 31), List.of("C"), null),

                // --- effacement of police penalties after 3 years, every model
                row("police fine 25 on 3 years: effaced", List.of(conv("C", Penalty.fine("25"))), M596_1, THREE_YEARS,
                        List.of(), "CR-EFFACEMENT-POLICE-1964"),
                row("police fine 25 the day before: shown", List.of(conv("C", Penalty.fine("25"))), M596_1, DAY_BEFORE,
                        List.of("C"), null),
                row("fine 26 on 3 years: not a police penalty", List.of(conv("C", Penalty.fine("26"))), M596_1,
                        THREE_YEARS, List.of("C"), null),
                row("police prison 7 days on 3 years: effaced", List.of(conv("C", Penalty.prisonDays(7))), M596_2,
                        THREE_YEARS, List.of(), "CR-EFFACEMENT-POLICE-1964"),
                row("prison 8 days on 3 years: not a police penalty", List.of(conv("C", Penalty.prisonDays(8))), M596_2,
                        THREE_YEARS, List.of("C"), null),
                row("police work penalty 45 h on 3 years: effaced", List.of(conv("C", Penalty.workPenalty(45))), M596_1,
                        THREE_YEARS, List.of(), "CR-EFFACEMENT-POLICE-1964"),

                // --- rehabilitation: from its day on
                row("rehabilitated the day after: still shown", List.of(rehabilitated(conv("C", Penalty.prisonMonths(24)),
                        LocalDate.of(2026, 1, 10))), M596_1, LocalDate.of(2026, 1, 9), List.of("C"), null),
                row("rehabilitated that day: left out", List.of(rehabilitated(conv("C", Penalty.prisonMonths(24)),
                        LocalDate.of(2026, 1, 10))), M596_1, LocalDate.of(2026, 1, 10), List.of(), "CR-REHABILITATION-1964"),

                // --- not final yet
                row("final tomorrow: not in the register", List.of(conv("C", Penalty.prisonMonths(24))), M595,
                        FINAL.minusDays(1), List.of(), ExtractFilter.NOT_FINAL),
                row("final today: shown", List.of(conv("C", Penalty.prisonMonths(24))), M595, FINAL, List.of("C"), null)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theTable(String name, List<Conviction> convictions, ExtractModel model, LocalDate day, List<String> shown,
                  String leftOutBy) {
        List<ExtractLine> lines = FILTER.evaluate(convictions, model, day);
        assertEquals(shown, lines.stream().filter(ExtractLine::appears).map(ExtractLine::convictionId).toList(), name);
        String firstRule = lines.stream().filter(l -> !l.appears()).map(ExtractLine::ruleId).findFirst().orElse(null);
        assertEquals(leftOutBy, firstRule, name);
    }

    @Test
    void minorsBanIsFlaggedOn596Point2Only() {
        Conviction c = conv("C", Penalty.prisonMonths(18), Penalty.disqualification(DisqualificationSubject.CONTACT_MINORS, 120));
        assertTrue(FILTER.evaluate(List.of(c), M596_2, FINAL).get(0).minorsBan());
        assertEquals(false, FILTER.evaluate(List.of(c), M596_1, FINAL).get(0).minorsBan());
    }

    @Test
    void workPenaltyIsRemovedFromALineThatStillAppears() {
        Conviction c = conv("C", Penalty.workPenalty(100), Penalty.prisonMonths(12));
        ExtractLine line = FILTER.evaluate(List.of(c), M595, FINAL).get(0);
        assertEquals(List.of(PenaltyType.PRISON), line.penalties().stream().map(Penalty::type).toList());
    }

    @Test
    void whoMayRequestFeesAndSubTypesAreDated() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertTrue(RULES.mayRequest(M595, day, "PROXY", "COUNTER"));
        assertTrue(RULES.mayRequest(M596_1, day, "LEGAL_REPRESENTATIVE", "E_COUNTER"));
        assertTrue(RULES.mayRequest(M596_2, day, "SELF", "COUNTER"));
        assertEquals(false, RULES.mayRequest(M596_2, day, "PROXY", "COUNTER"));
        assertEquals(false, RULES.mayRequest(M596_2, day, "SELF", "E_COUNTER"));
        assertEquals(false, RULES.mayRequest(M595, LocalDate.of(2017, 12, 31), "SELF", "COUNTER"), "before the rule");
        assertTrue(RULES.mayRequest(M595, LocalDate.of(2018, 1, 1), "SELF", "COUNTER"));
        assertEquals(0, BigDecimal.ZERO.compareTo(RULES.fee(M595, day)));
        assertTrue(RULES.subTypes(M596_1, day).contains("SECURITY"));
        assertEquals(List.of(), RULES.subTypes(M595, day));
    }
}
