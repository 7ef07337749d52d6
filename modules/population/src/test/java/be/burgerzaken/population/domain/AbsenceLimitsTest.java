package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbsenceLimitsTest {
    static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    final AbsenceLimits standard = AbsenceLimits.standard(List.of());

    @Test
    void anAbsenceLastsAtMostOneYear() {
        assertEquals(List.of(), checkNew(FROM, FROM.plusYears(1)), "exactly one year is allowed");
        assertEquals(List.of("plannedEnd over-limit"), checkNew(FROM, FROM.plusYears(1).plusDays(1)));
        assertEquals(List.of(), checkNew(FROM, FROM.plusDays(1)));
    }

    @Test
    void thePlannedEndIsRequiredAndAfterTheStart() {
        assertEquals(List.of("plannedEnd required"), checkNew(FROM, null));
        assertEquals(List.of("plannedEnd not-after-start"), checkNew(FROM, FROM));
        assertEquals(List.of("plannedEnd not-after-start"), checkNew(FROM, FROM.minusDays(3)));
    }

    @Test
    void anAbsenceCanBeExtendedOnceByAtMostOneYear() {
        LocalDate end = FROM.plusMonths(10);
        assertEquals(List.of(), checkExtension(end, 0, end.plusYears(1)));
        assertEquals(List.of("plannedEnd over-limit"), checkExtension(end, 0, end.plusYears(1).plusDays(1)));
        assertEquals(List.of("plannedEnd already-extended"), checkExtension(end, 1, end.plusDays(10)),
                "a second extension is refused");
    }

    @Test
    void anExtensionMovesThePlannedEndLater() {
        LocalDate end = FROM.plusMonths(10);
        assertEquals(List.of("plannedEnd not-later"), checkExtension(end, 0, end));
        assertEquals(List.of("plannedEnd not-later"), checkExtension(end, 0, end.minusDays(1)));
        assertEquals(List.of("plannedEnd required"), checkExtension(end, 0, null));
    }

    @Test
    void configuredLimitsReplaceTheDefaultAndALaterRuleAppliesFromItsStart() {
        AbsenceLimitRule longer = new AbsenceLimitRule(AbsenceLimits.DEFAULT_FROM, Period.ofMonths(18),
                Period.ofMonths(6), 2, "test", false);
        AbsenceLimits configured = AbsenceLimits.standard(List.of(longer));
        assertEquals(1, configured.rules().size(), "same start: replaces the default");
        List<FieldProblem> problems = new ArrayList<>();
        configured.checkNew(FROM, FROM.plusMonths(18), problems);
        assertEquals(List.of(), problems);
        configured.checkExtension(FROM, FROM.plusMonths(18), 1, FROM.plusMonths(24), problems);
        assertEquals(List.of(), problems, "two extensions allowed by this rule");

        AbsenceLimitRule from2027 = new AbsenceLimitRule(LocalDate.of(2027, 1, 1), Period.ofMonths(6), Period.ZERO, 0,
                "law of 2027 (test)", true);
        AbsenceLimits dated = AbsenceLimits.standard(List.of(from2027));
        assertEquals(Period.ofYears(1), dated.rule(LocalDate.of(2026, 12, 31)).maxDuration());
        assertEquals(Period.ofMonths(6), dated.rule(LocalDate.of(2027, 1, 1)).maxDuration());
        problems.clear();
        dated.checkNew(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 9, 1), problems);
        assertEquals("over-limit", problems.get(0).code());
        assertTrue(problems.get(0).message().contains("law of 2027"), problems.get(0).message());
        problems.clear();
        dated.checkExtension(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 5, 1), 0, LocalDate.of(2027, 6, 1), problems);
        assertEquals("already-extended", problems.get(0).code(), "this rule allows no extension");
    }

    @Test
    void aRuleWithoutDurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AbsenceLimitRule(FROM, Period.ZERO, Period.ofYears(1),
                1, "x", false));
        assertThrows(IllegalArgumentException.class, () -> new AbsenceLimitRule(FROM, Period.ofYears(1),
                Period.ofYears(1), -1, "x", false));
        assertThrows(IllegalArgumentException.class, () -> new AbsenceLimits(List.of()));
    }

    @Test
    void overlappingAbsencesAreFoundButTouchingOnesAreNot() {
        UUID a = UUID.randomUUID();
        List<AbsenceLimits.Span> recorded = List.of(new AbsenceLimits.Span(a, FROM, FROM.plusMonths(2)));
        assertTrue(AbsenceLimits.overlapping(recorded, null, FROM.plusMonths(1), FROM.plusMonths(3)).isPresent());
        assertTrue(AbsenceLimits.overlapping(recorded, null, FROM.minusDays(5), FROM.plusDays(1)).isPresent());
        assertFalse(AbsenceLimits.overlapping(recorded, null, FROM.plusMonths(2), FROM.plusMonths(3)).isPresent(),
                "half-open: the day back may start the next absence");
        assertFalse(AbsenceLimits.overlapping(recorded, null, FROM.minusMonths(1), FROM).isPresent());
        assertFalse(AbsenceLimits.overlapping(recorded, a, FROM, FROM.plusMonths(5)).isPresent(),
                "an absence does not overlap itself (extension)");
    }

    @Test
    void anEarlyReturnIsBetweenTheStartAndThePlannedEndAndNotInTheFuture() {
        LocalDate today = FROM.plusMonths(3);
        LocalDate end = FROM.plusMonths(6);
        assertEquals(List.of(), checkReturn(end, FROM.plusMonths(1), today));
        assertEquals(List.of(), checkReturn(end, today, today));
        assertEquals(List.of("date required"), checkReturn(end, null, today));
        assertEquals(List.of("date future"), checkReturn(end, today.plusDays(1), today));
        assertEquals(List.of("date before-start"), checkReturn(end, FROM.minusDays(1), today));
        assertEquals(List.of("date after-planned-end"), checkReturn(end, end.plusDays(1), end.plusMonths(1)));
    }

    @Test
    void currentAndElapsed() {
        LocalDate end = FROM.plusMonths(6);
        assertTrue(AbsenceLimits.current(FROM, null, end, FROM));
        assertTrue(AbsenceLimits.current(FROM, null, end, end.minusDays(1)));
        assertFalse(AbsenceLimits.current(FROM, null, end, end), "back on the planned end");
        assertFalse(AbsenceLimits.current(FROM, FROM.plusMonths(1), end, FROM.plusMonths(2)), "returned early");
        assertTrue(AbsenceLimits.elapsed(null, end, end));
        assertFalse(AbsenceLimits.elapsed(FROM.plusMonths(1), end, end.plusDays(1)));
        assertEquals(FROM.plusMonths(1), AbsenceLimits.effectiveEnd(FROM.plusMonths(1), end));
        assertEquals(end, AbsenceLimits.effectiveEnd(null, end));
    }

    private List<String> checkNew(LocalDate from, LocalDate end) {
        List<FieldProblem> problems = new ArrayList<>();
        standard.checkNew(from, end, problems);
        return codes(problems);
    }

    private List<String> checkExtension(LocalDate currentEnd, int extensions, LocalDate newEnd) {
        List<FieldProblem> problems = new ArrayList<>();
        standard.checkExtension(FROM, currentEnd, extensions, newEnd, problems);
        return codes(problems);
    }

    private static List<String> checkReturn(LocalDate plannedEnd, LocalDate back, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        AbsenceLimits.checkReturn(FROM, plannedEnd, back, today, problems);
        return codes(problems);
    }

    static List<String> codes(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.code()).toList();
    }
}
