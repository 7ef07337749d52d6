package be.burgerzaken.elections.domain;

import be.burgerzaken.elections.api.Deadlines;
import be.burgerzaken.elections.api.ElectionType;
import be.burgerzaken.kernel.api.problem.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of elections, applied to the dated rule rows: which row governs an election, its deadlines, who is old
 * enough on election day, the checks of a new election. Pure functions, unit-tested at their boundaries.
 */
public final class ElectionRules {
    private ElectionRules() {
    }

    /** The rule row for an election of {@code type} on {@code day}, when there is one. */
    public static Optional<ElectionRule> ruleFor(List<ElectionRule> rules, ElectionType type, LocalDate day) {
        return rules.stream().filter(r -> r.appliesTo(type, day)).findFirst();
    }

    /**
     * The deadlines of an election: non-Belgian requests (the rule's month-day in the election year), objections until
     * the {@code objectionDaysBefore}-th day before, letters delivered at least {@code letterDaysBefore} days before.
     */
    public static Deadlines deadlines(ElectionRule rule, LocalDate electionDay) {
        LocalDate request = rule.requestDeadline() == null ? null : rule.requestDeadline().atYear(electionDay.getYear());
        return new Deadlines(request, electionDay.minusDays(rule.objectionDaysBefore()),
                electionDay.minusDays(rule.letterDaysBefore()), electionDay);
    }

    /** The default reference date: the rule's month-day in the election year (1 August / 1 April in 2024). */
    public static LocalDate defaultReferenceDate(ElectionRule rule, LocalDate electionDay) {
        return rule.referenceDay().atYear(electionDay.getYear());
    }

    /**
     * Whether someone born on {@code birthDate} (stored {@code YYYY-MM-DD}, {@code 00} for unknown parts) has reached
     * {@code minAge} on {@code electionDay}. An unknown day or month counts as the last possible one (nobody is put
     * on a list too young); an unknown year is never old enough.
     */
    public static boolean oldEnough(String birthDate, int minAge, LocalDate electionDay) {
        LocalDate latest = latestBirth(birthDate);
        return latest != null && !latest.plusYears(minAge).isAfter(electionDay);
    }

    /** The latest day a stored (partial) birth date may stand for; null when the year is unknown or it is invalid. */
    static LocalDate latestBirth(String birthDate) {
        if (birthDate == null || birthDate.length() != 10) {
            return null;
        }
        try {
            int year = Integer.parseInt(birthDate.substring(0, 4));
            int month = Integer.parseInt(birthDate.substring(5, 7));
            int day = Integer.parseInt(birthDate.substring(8, 10));
            if (year == 0) {
                return null;
            }
            if (month == 0) {
                return LocalDate.of(year, 12, 31);
            }
            LocalDate first = LocalDate.of(year, month, 1);
            return day == 0 ? first.withDayOfMonth(first.lengthOfMonth()) : LocalDate.of(year, month, day);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The problems of a new election (all of them); empty when it may be created. */
    public static List<FieldProblem> check(String name, ElectionType type, LocalDate electionDay,
                                           LocalDate referenceDate, Optional<ElectionRule> rule) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "required", "give the election a name"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "too-long", "the name has at most 200 characters"));
        }
        if (type == null) {
            problems.add(new FieldProblem("type", "required",
                    "choose the type: MUNICIPAL, PROVINCIAL, FLEMISH, FEDERAL, EUROPEAN or COMBINED"));
        }
        if (electionDay == null) {
            problems.add(new FieldProblem("electionDay", "required", "give the election day"));
        }
        if (referenceDate != null && electionDay != null && referenceDate.isAfter(electionDay)) {
            problems.add(new FieldProblem("referenceDate", "after-election-day", "the reference date " + referenceDate
                    + " is after the election day " + electionDay + "; the voter list is drawn up before the election"));
        }
        if (type != null && electionDay != null && rule.isEmpty()) {
            problems.add(new FieldProblem("electionDay", "no-rule", "no election rule of type " + type
                    + " covers " + electionDay + "; add the rule row first"));
        }
        return problems;
    }
}
