package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.QualityRuleCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QualityRuleVersionsTest {
    static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
    static final LocalDate Y2027 = LocalDate.of(2027, 1, 1);

    @Test
    void theVersionValidOnTheDateApplies() {
        QualityRule old = rule("OVERCROWDED_ADDRESS", 8, Y2000, Y2027);
        QualityRule next = rule("OVERCROWDED_ADDRESS", 6, Y2027, null);
        List<QualityRule> versions = List.of(old, next);
        assertEquals(8, QualityRuleVersions.validOn(versions, QualityRuleCode.OVERCROWDED_ADDRESS, Y2027.minusDays(1))
                .orElseThrow().threshold());
        assertEquals(6, QualityRuleVersions.validOn(versions, QualityRuleCode.OVERCROWDED_ADDRESS, Y2027)
                .orElseThrow().threshold());
        assertTrue(QualityRuleVersions.validOn(versions, QualityRuleCode.OVERCROWDED_ADDRESS, Y2000.minusDays(1)).isEmpty());
        assertTrue(QualityRuleVersions.validOn(versions, QualityRuleCode.FREQUENT_MOVES, Y2027).isEmpty());
    }

    @Test
    void versionsOfOneRuleMayNotOverlap() {
        QualityRule old = rule("OVERCROWDED_ADDRESS", 8, Y2000, Y2027);
        List<QualityRule> versions = List.of(old);
        assertTrue(QualityRuleVersions.overlapping(versions, "OVERCROWDED_ADDRESS", UUID.randomUUID(), Y2027, null).isEmpty());
        assertEquals(old, QualityRuleVersions.overlapping(versions, "OVERCROWDED_ADDRESS", UUID.randomUUID(),
                Y2027.minusDays(1), null).orElseThrow());
        assertTrue(QualityRuleVersions.overlapping(versions, "MANY_SURNAMES", UUID.randomUUID(), Y2000, null).isEmpty());
        assertTrue(QualityRuleVersions.overlapping(versions, "OVERCROWDED_ADDRESS", old.id(), Y2000, null).isEmpty(),
                "a version does not overlap itself");
    }

    @Test
    void valuesAreChecked() {
        assertEquals(List.of("windowDays:required"), problems(QualityRuleCode.FREQUENT_MOVES, 3, null, Y2000, null));
        assertEquals(List.of("windowDays:not-applicable"), problems(QualityRuleCode.OVERCROWDED_ADDRESS, 3, 30, Y2000, null));
        assertEquals(List.of("threshold:out-of-range"), problems(QualityRuleCode.OVERCROWDED_ADDRESS, -1, null, Y2000, null));
        assertEquals(List.of("validTo:before-valid-from"), problems(QualityRuleCode.NO_HOUSING_UNIT, 0, null, Y2027, Y2027));
        assertEquals(List.of(), problems(QualityRuleCode.FREQUENT_MOVES, 3, 365, Y2000, Y2027));
    }

    @Test
    void aChangeSaysWhatChanged() {
        QualityRule r = rule("FREQUENT_MOVES", 3, Y2000, null);
        String what = r.change(false, 4, 365, "MEDIUM", Y2000, null, null, Instant.EPOCH, "population");
        assertEquals("enabled true -> false, threshold 3 -> 4", what);
        assertEquals("", r.change(false, 4, 365, "MEDIUM", Y2000, null, null, Instant.EPOCH, "population"));
    }

    private static List<String> problems(QualityRuleCode code, int threshold, Integer window, LocalDate from,
                                         LocalDate to) {
        List<FieldProblem> problems = new ArrayList<>();
        QualityRuleVersions.check(code, threshold, window, from, to, null, problems);
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    private static QualityRule rule(String code, int threshold, LocalDate from, LocalDate to) {
        return new QualityRule(UUID.randomUUID(), code, true, threshold, code.equals("FREQUENT_MOVES") ? 365 : null,
                "MEDIUM", from, to, null, Instant.EPOCH, "test");
    }
}
