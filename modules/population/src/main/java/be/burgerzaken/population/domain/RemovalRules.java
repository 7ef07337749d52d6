package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.PoliceReport;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The rules of an ex-officio removal (afvoering van ambtswege / radiation d'office; domain.md section 3): the college
 * decides on a police report that the person is not found and the new address unknown. An unreported absence of more
 * than {@code minimumAbsence} (default 6 months, UNVERIFIED, configurable) "can lead to removal": a shorter one is
 * flagged for the college, not refused.
 */
public record RemovalRules(Period minimumAbsence, String source) {
    public static final Period DEFAULT_MINIMUM_ABSENCE = Period.ofMonths(6);
    public static final String DEFAULT_SOURCE = "domain.md section 3 (> 6 months unreported absence), UNVERIFIED";

    public RemovalRules {
        Objects.requireNonNull(minimumAbsence, "minimumAbsence");
        if (minimumAbsence.isNegative()) {
            throw new IllegalArgumentException("a minimum absence of " + minimumAbsence);
        }
    }

    public static RemovalRules standard() {
        return new RemovalRules(DEFAULT_MINIMUM_ABSENCE, DEFAULT_SOURCE);
    }

    /** The absence from {@code absentSince} up to {@code until} is shorter than the minimum. */
    public boolean shortAbsence(LocalDate absentSince, LocalDate until) {
        return absentSince != null && until != null && absentSince.plus(minimumAbsence).isAfter(until);
    }

    /** Why the removal is flagged, or null when it is not. */
    public String warning(LocalDate absentSince, LocalDate until) {
        if (!shortAbsence(absentSince, until)) {
            return null;
        }
        return "the unreported absence since " + absentSince + " is shorter than " + minimumAbsence + " on " + until
                + " (" + source + ")";
    }

    /** A proposal: since when the person is absent, and the police report when already there. */
    public static void checkProposal(LocalDate absentSince, PoliceReport report, LocalDate today,
                                     List<FieldProblem> problems) {
        if (absentSince == null) {
            problems.add(new FieldProblem("absentSince", "required", "since when is the person absent?"));
        } else if (absentSince.isAfter(today)) {
            problems.add(new FieldProblem("absentSince", "future", "the absence cannot start in the future ("
                    + absentSince + ")"));
        }
        if (report != null && (report.findingDate() != null || (report.reference() != null
                && !report.reference().isBlank()))) {
            checkPoliceReport(report, absentSince, today, "policeReport.", problems);
        }
    }

    /** The police report: reference and finding date, not in the future, not before the absence began. */
    public static void checkPoliceReport(PoliceReport report, LocalDate absentSince, LocalDate today, String prefix,
                                         List<FieldProblem> problems) {
        if (report == null) {
            problems.add(new FieldProblem(prefix + "reference", "required", "the police report is required"));
            return;
        }
        if (report.reference() == null || report.reference().isBlank()) {
            problems.add(new FieldProblem(prefix + "reference", "required", "the reference of the police report "
                    + "(proces-verbaal) is required"));
        } else if (report.reference().strip().length() > RegisterRules.MAX_REFERENCE) {
            problems.add(new FieldProblem(prefix + "reference", "length", "at most " + RegisterRules.MAX_REFERENCE
                    + " characters"));
        }
        if (report.findingDate() == null) {
            problems.add(new FieldProblem(prefix + "findingDate", "required", "the date the police found the person "
                    + "absent is required"));
        } else if (report.findingDate().isAfter(today)) {
            problems.add(new FieldProblem(prefix + "findingDate", "future", "the finding date " + report.findingDate()
                    + " is in the future"));
        } else if (absentSince != null && report.findingDate().isBefore(absentSince)) {
            problems.add(new FieldProblem(prefix + "findingDate", "before-absence", "the police finding "
                    + report.findingDate() + " is before the absence began (" + absentSince + ")"));
        }
    }

    /**
     * The decision: only on a police report ({@code policeFindingDate} null = none recorded), dated on or after the
     * finding and not in the future, with the decision's reference.
     */
    public static void checkDecision(LocalDate decisionDate, String decisionReference, LocalDate policeFindingDate,
                                     LocalDate today, LocalDate residenceStart, List<FieldProblem> problems) {
        if (policeFindingDate == null) {
            problems.add(new FieldProblem("policeReport", "required", "the college decides on a police report: "
                    + "record the police report first"));
        }
        RegisterRules.checkDate(decisionDate, today, residenceStart, "decisionDate", problems);
        if (decisionDate != null && policeFindingDate != null && decisionDate.isBefore(policeFindingDate)) {
            problems.add(new FieldProblem("decisionDate", "before-police-report", "the decision " + decisionDate
                    + " is before the police finding (" + policeFindingDate + ")"));
        }
        if (decisionReference == null || decisionReference.isBlank()) {
            problems.add(new FieldProblem("decisionReference", "required", "the reference of the college's decision "
                    + "is required"));
        } else if (decisionReference.strip().length() > RegisterRules.MAX_REFERENCE) {
            problems.add(new FieldProblem("decisionReference", "length", "at most " + RegisterRules.MAX_REFERENCE
                    + " characters"));
        }
    }
}
