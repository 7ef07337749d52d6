package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of a temporary absence (tijdelijke afwezigheid / absence temporaire, IT 026) as dated rules: the rule
 * in force on the absence's start decides. Default from domain.md section 3: at most 1 year, extendable once by at
 * most 1 year (configurable, see docs/operations.md). Valid time is half-open as everywhere: the planned end is
 * the planned first day back.
 */
public final class AbsenceLimits {
    /** Start of the default rule: the royal decree on the population registers (KB 16 July 1992). */
    static final LocalDate DEFAULT_FROM = LocalDate.of(1992, 7, 16);
    static final String SOURCE = "KB 16 July 1992 population registers; domain.md section 3 (1 year, once 1 year)";

    /** A recorded absence as far as overlap is concerned: {@code [from, end)}. */
    public record Span(UUID id, LocalDate from, LocalDate end) {
    }

    private final List<AbsenceLimitRule> rules;

    public AbsenceLimits(List<AbsenceLimitRule> rules) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no rule for temporary absences");
        }
        this.rules = rules.stream().sorted(Comparator.comparing(AbsenceLimitRule::validFrom).reversed()).toList();
    }

    /** The default of domain.md with {@code overrides} on top (an override with the default's start replaces it). */
    public static AbsenceLimits standard(List<AbsenceLimitRule> overrides) {
        List<AbsenceLimitRule> all = new ArrayList<>();
        all.add(new AbsenceLimitRule(DEFAULT_FROM, Period.ofYears(1), Period.ofYears(1), 1, SOURCE, false));
        all.removeIf(r -> overrides.stream().anyMatch(o -> o.validFrom().equals(r.validFrom())));
        all.addAll(overrides);
        return new AbsenceLimits(all);
    }

    /** The rule for an absence starting on {@code from}: the latest whose validFrom is not after it. */
    public AbsenceLimitRule rule(LocalDate from) {
        return rules.stream().filter(r -> !r.validFrom().isAfter(from)).findFirst()
                .orElseGet(() -> rules.get(rules.size() - 1));
    }

    public List<AbsenceLimitRule> rules() {
        return rules;
    }

    /** A new absence {@code [from, plannedEnd)}: the planned end after the start, within the maximum. */
    public void checkNew(LocalDate from, LocalDate plannedEnd, List<FieldProblem> problems) {
        if (plannedEnd == null) {
            problems.add(new FieldProblem("plannedEnd", "required", "the planned end (first day back) is required"));
            return;
        }
        if (from == null) {
            return;
        }
        if (!plannedEnd.isAfter(from)) {
            problems.add(new FieldProblem("plannedEnd", "not-after-start", "the planned end " + plannedEnd
                    + " must be after the start " + from));
            return;
        }
        AbsenceLimitRule rule = rule(from);
        LocalDate limit = from.plus(rule.maxDuration());
        if (plannedEnd.isAfter(limit)) {
            problems.add(FieldProblem.of("plannedEnd", "over-limit", "a temporary absence lasts at most "
                    + rule.maxDuration() + ": from " + from + " the planned end is " + limit + " at the latest, not "
                    + plannedEnd + " (" + rule.source() + ")", rule.maxDuration(), limit));
        }
    }

    /** Moving the planned end of an absence that started on {@code from} and was extended {@code extensionsSoFar} times. */
    public void checkExtension(LocalDate from, LocalDate currentPlannedEnd, int extensionsSoFar, LocalDate newPlannedEnd,
                               List<FieldProblem> problems) {
        AbsenceLimitRule rule = rule(from);
        if (extensionsSoFar >= rule.maxExtensions()) {
            problems.add(FieldProblem.of("plannedEnd", "already-extended", rule.maxExtensions() == 0
                    ? "a temporary absence cannot be extended (" + rule.source() + ")"
                    : "the absence was already extended " + extensionsSoFar + " time(s); at most "
                    + rule.maxExtensions() + " (" + rule.source() + ")", rule.maxExtensions()));
            return;
        }
        if (newPlannedEnd == null) {
            problems.add(new FieldProblem("plannedEnd", "required", "the new planned end is required"));
            return;
        }
        if (!newPlannedEnd.isAfter(currentPlannedEnd)) {
            problems.add(new FieldProblem("plannedEnd", "not-later", "an extension moves the planned end "
                    + currentPlannedEnd + " later, not to " + newPlannedEnd));
            return;
        }
        LocalDate limit = currentPlannedEnd.plus(rule.maxExtension());
        if (newPlannedEnd.isAfter(limit)) {
            problems.add(FieldProblem.of("plannedEnd", "over-limit", "an extension adds at most "
                    + rule.maxExtension() + ": the planned end " + currentPlannedEnd + " can move to " + limit
                    + " at the latest, not " + newPlannedEnd + " (" + rule.source() + ")", rule.maxExtension(), limit));
        }
    }

    /** The return on {@code firstDayBack} of an absence {@code [from, plannedEnd)}. */
    public static void checkReturn(LocalDate from, LocalDate plannedEnd, LocalDate firstDayBack, LocalDate today,
                                   List<FieldProblem> problems) {
        if (firstDayBack == null) {
            problems.add(new FieldProblem("date", "required", "the date of return (first day back) is required"));
        } else if (firstDayBack.isAfter(today)) {
            problems.add(new FieldProblem("date", "future", "a return cannot be recorded before it happens ("
                    + firstDayBack + " is after today, " + today + ")"));
        } else if (firstDayBack.isBefore(from)) {
            problems.add(new FieldProblem("date", "before-start", "the return " + firstDayBack
                    + " is before the absence began (" + from + ")"));
        } else if (firstDayBack.isAfter(plannedEnd)) {
            problems.add(new FieldProblem("date", "after-planned-end", "the absence ended at its planned end "
                    + plannedEnd + "; an early return is on or before it"));
        }
    }

    /** The first recorded absence other than {@code except} that shares a day with {@code [from, end)}. */
    public static Optional<Span> overlapping(List<Span> recorded, UUID except, LocalDate from, LocalDate end) {
        return recorded.stream().filter(s -> !s.id().equals(except))
                .filter(s -> ValidPeriod.overlaps(s.from(), s.end(), from, end)).findFirst();
    }

    /** The end of an absence: its recorded return, else its planned end. */
    public static LocalDate effectiveEnd(LocalDate validTo, LocalDate plannedEnd) {
        return validTo != null ? validTo : plannedEnd;
    }

    /** The absence covers {@code day}. */
    public static boolean current(LocalDate from, LocalDate validTo, LocalDate plannedEnd, LocalDate day) {
        return ValidPeriod.covers(from, effectiveEnd(validTo, plannedEnd), day);
    }

    /** The planned end has passed and no return was recorded. */
    public static boolean elapsed(LocalDate validTo, LocalDate plannedEnd, LocalDate day) {
        return validTo == null && !day.isBefore(plannedEnd);
    }
}
