package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.QualityRuleCode;
import be.burgerzaken.population.api.SignalSeverity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The dated versions of the quality rules, like the law: at most one version of a rule is valid on any day
 * ({@code [validFrom, validTo)}, as {@link ValidPeriod}); the run uses the version valid on its reference date.
 * Also the checks of a rule's values.
 */
public final class QualityRuleVersions {
    /** The longest window of FREQUENT_MOVES: ten years. */
    public static final int MAX_WINDOW_DAYS = 3660;
    public static final int MAX_THRESHOLD = 10_000;

    private QualityRuleVersions() {
    }

    /** The version of {@code code} valid on {@code day}, if any. */
    public static Optional<QualityRule> validOn(List<QualityRule> versions, QualityRuleCode code, LocalDate day) {
        return versions.stream().filter(r -> r.code().equals(code.name()) && r.covers(day)).findFirst();
    }

    /** The other version of the same code whose period overlaps {@code [from, to)}, if any. */
    public static Optional<QualityRule> overlapping(List<QualityRule> versions, String code, UUID except,
                                                    LocalDate from, LocalDate to) {
        return versions.stream().filter(r -> r.code().equals(code) && !r.id().equals(except)
                && ValidPeriod.overlaps(r.validFrom(), r.validTo(), from, to)).findFirst();
    }

    /** The rule code by name, or a problem on {@code code}. */
    public static QualityRuleCode code(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("code", "required", "the rule is one of " + List.of(QualityRuleCode.values())));
            return null;
        }
        try {
            return QualityRuleCode.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("code", "invalid", "'" + text.strip() + "' is not a rule; one of "
                    + List.of(QualityRuleCode.values())));
            return null;
        }
    }

    /** The severity by name, or a problem on {@code severity}. */
    public static SignalSeverity severity(String text, List<FieldProblem> problems) {
        try {
            return SignalSeverity.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new FieldProblem("severity", "invalid", "the severity is one of "
                    + List.of(SignalSeverity.values())));
            return null;
        }
    }

    /** Checks a version's values: threshold, window (FREQUENT_MOVES needs one, the others none), period, text. */
    public static void check(QualityRuleCode code, int threshold, Integer windowDays, LocalDate validFrom,
                             LocalDate validTo, String description, List<FieldProblem> problems) {
        if (threshold < 0 || threshold > MAX_THRESHOLD) {
            problems.add(new FieldProblem("threshold", "out-of-range", "the threshold N is 0 to " + MAX_THRESHOLD));
        }
        if (code == QualityRuleCode.FREQUENT_MOVES) {
            if (windowDays == null) {
                problems.add(new FieldProblem("windowDays", "required", "FREQUENT_MOVES counts moves in M days: give M"));
            } else if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
                problems.add(new FieldProblem("windowDays", "out-of-range", "the window M is 1 to " + MAX_WINDOW_DAYS
                        + " days"));
            }
        } else if (code != null && windowDays != null) {
            problems.add(new FieldProblem("windowDays", "not-applicable", code + " has no window of days"));
        }
        if (validFrom == null) {
            problems.add(new FieldProblem("validFrom", "required", "the first day the version applies is required"));
        } else if (validTo != null && !validTo.isAfter(validFrom)) {
            problems.add(new FieldProblem("validTo", "before-valid-from", "validTo (exclusive) must be after validFrom "
                    + validFrom));
        }
        if (description != null && description.length() > 500) {
            problems.add(new FieldProblem("description", "length", "at most 500 characters"));
        }
    }
}
