package be.burgerzaken.criminalrecords.domain;

import be.burgerzaken.criminalrecords.api.Conviction;
import be.burgerzaken.criminalrecords.api.DisqualificationSubject;
import be.burgerzaken.criminalrecords.api.ExtractLine;
import be.burgerzaken.criminalrecords.api.ExtractModel;
import be.burgerzaken.criminalrecords.api.OffenceCategory;
import be.burgerzaken.criminalrecords.api.Penalty;
import be.burgerzaken.criminalrecords.api.PenaltyType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides what an extract of a model shows on a day: pure Java over the rules of a {@link RuleSet} in force on that
 * day. Per conviction, in this order: not yet final (not in the register) - rehabilitation - effacement of police
 * penalties - penalties that never appear removed (nothing left: left out) - model 595's light convictions after
 * three years - model 596.2 flags bans on contact with minors.
 */
public final class ExtractFilter {
    public static final String NOT_FINAL = "CR-NOT-FINAL";

    private final RuleSet rules;

    public ExtractFilter(RuleSet rules) {
        this.rules = rules;
    }

    /** Every conviction with its outcome, oldest decision first. */
    public List<ExtractLine> evaluate(List<Conviction> convictions, ExtractModel model, LocalDate day) {
        List<ExtractLine> out = new ArrayList<>();
        convictions.stream().sorted(Comparator.comparing(Conviction::decisionDate).thenComparing(Conviction::centralId))
                .forEach(c -> out.add(line(c, model, day)));
        return out;
    }

    /** Only the convictions that appear. */
    public List<ExtractLine> shown(List<Conviction> convictions, ExtractModel model, LocalDate day) {
        return evaluate(convictions, model, day).stream().filter(ExtractLine::appears).toList();
    }

    ExtractLine line(Conviction c, ExtractModel model, LocalDate day) {
        if (c.finalDate().isAfter(day)) {
            return out(c, c.penalties(), NOT_FINAL, "The decision is not final on this day: it is not in the register yet.");
        }
        for (FilterRule r : rules.inForce(RuleKind.REHABILITATION, model, day)) {
            if (c.rehabilitatedOn() != null && !c.rehabilitatedOn().isAfter(day)) {
                return out(c, c.penalties(), r.id(), r.legalText());
            }
        }
        for (FilterRule r : rules.inForce(RuleKind.EFFACEMENT, model, day)) {
            if (!day.isBefore(c.finalDate().plusYears(r.intParam("years"))) && police(c, r)) {
                return out(c, c.penalties(), r.id(), r.legalText());
            }
        }
        List<Penalty> visible = new ArrayList<>(c.penalties());
        for (FilterRule r : rules.inForce(RuleKind.NEVER_SHOWN, model, day)) {
            List<String> types = r.listParam("types");
            visible.removeIf(p -> types.contains(p.type().name()));
            if (visible.isEmpty()) {
                return out(c, List.of(), r.id(), r.legalText());
            }
        }
        for (FilterRule r : rules.inForce(RuleKind.LIGHT_AFTER_YEARS, model, day)) {
            if (!day.isBefore(c.finalDate().plusYears(r.intParam("years"))) && light(c, r)) {
                return out(c, visible, r.id(), r.legalText());
            }
        }
        boolean minorsBan = !rules.inForce(RuleKind.MINORS_BAN, model, day).isEmpty() && c.penalties().stream()
                .anyMatch(p -> p.type() == PenaltyType.DISQUALIFICATION && p.subject() == DisqualificationSubject.CONTACT_MINORS);
        return new ExtractLine(c.centralId(), c.court(), c.decisionDate(), c.finalDate(), c.category(), visible,
                minorsBan, true, null, null);
    }

    private static ExtractLine out(Conviction c, List<Penalty> penalties, String ruleId, String text) {
        return new ExtractLine(c.centralId(), c.court(), c.decisionDate(), c.finalDate(), c.category(), penalties,
                false, false, ruleId, text);
    }

    /** Every main penalty is a police penalty (accessory measures aside); at least one main penalty. */
    static boolean police(Conviction c, FilterRule r) {
        boolean any = false;
        for (Penalty p : c.penalties()) {
            switch (p.type()) {
                case PRISON -> {
                    int d = p.prisonDays();
                    if (d < 1 || d > r.intParam("prisonMaxDays")) {
                        return false;
                    }
                    any = true;
                }
                case FINE -> {
                    if (p.amount() == null || p.amount().compareTo(BigDecimal.ONE) < 0
                            || p.amount().compareTo(r.decimalParam("fineMax")) > 0) {
                        return false;
                    }
                    any = true;
                }
                case WORK_PENALTY -> {
                    if (p.hours() == null || p.hours() < r.intParam("workMin") || p.hours() > r.intParam("workMax")) {
                        return false;
                    }
                    any = true;
                }
                case FORFEITURE -> {
                    // an accessory confiscation does not change the nature of a police penalty
                }
                default -> {
                    return false;
                }
            }
        }
        return any;
    }

    /** Every penalty is light for model 595, and no forfeiture or disqualification lasts longer than the limit. */
    static boolean light(Conviction c, FilterRule r) {
        int longest = r.intParam("exceptLongerThanMonths");
        for (Penalty p : c.penalties()) {
            switch (p.type()) {
                case PRISON -> {
                    if (p.prisonDays() > r.intParam("prisonMaxDays")) {
                        return false;
                    }
                }
                case WORK_PENALTY -> {
                    if (p.hours() == null || p.hours() >= r.intParam("workBelowHours")) {
                        return false;
                    }
                }
                case FINE -> {
                    boolean road = c.category() == OffenceCategory.ROAD_TRAFFIC && r.boolParam("roadTrafficAnyAmount");
                    if (!road && (p.amount() == null || p.amount().compareTo(r.decimalParam("fineMax")) > 0)) {
                        return false;
                    }
                }
                case SIMPLE_DECLARATION_OF_GUILT, SUSPENSION_OF_PRONOUNCEMENT, PROBATION -> {
                    // light by nature
                }
                case FORFEITURE -> {
                    // a confiscation of goods has no duration; a forfeiture of a right for a period does
                    if (p.months() != null && p.months() > longest) {
                        return false;
                    }
                }
                case DISQUALIFICATION -> {
                    // without months: for life, longer than any limit
                    if (p.months() == null || p.months() > longest) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }
}
