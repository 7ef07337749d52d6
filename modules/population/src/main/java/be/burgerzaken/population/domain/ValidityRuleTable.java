package be.burgerzaken.population.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * THE table of validity rules for identity documents: the one place where a card's validity is decided.
 * Rules are dated (period of the application date) and versioned (a new law adds rules, the old ones stay for
 * the cards applied for under them). The age is the holder's age in completed years on the application date.
 * A card type has no rule for an age when it cannot be issued at that age (eID under 12, Kids-ID from 12).
 *
 * <p>Sources: Law of 19 July 1991 on population registers and identity cards, art. 6 §6, as amended by the
 * Law of 9 January 2012 (5 to 10 years), in force on 1 March 2014 by royal decree; a second royal decree of
 * 2014 fixed 6 years for holders aged 12 to 18 and 30 years from 75 (news.belgium.be, "Geldigheidsduur
 * identiteitskaart verlengd", January 2014; municipal pages). Rules marked {@code verified=false} are
 * UNVERIFIED defaults.
 */
public final class ValidityRuleTable {
    /** The day the 10-year eID validity came into force (applications from this day). */
    public static final LocalDate EID_2014 = LocalDate.of(2014, 3, 1);
    private static final String LAW_1991 = "Wet 19 juli 1991 betreffende de bevolkingsregisters en de identiteitskaarten, art. 6 §6";
    private static final String LAW_2012 = LAW_1991 + ", gewijzigd bij wet 9 januari 2012, in werking 1 maart 2014";
    private static final String FOREIGNER_DEFAULT = "UNVERIFIED default (the domain brief gives no validity); "
            + "override with bz.population.card-validity.";

    /** UNVERIFIED default validity of foreigners' cards per type, overridable by configuration. */
    public static final Map<String, Period> FOREIGNER_DEFAULTS = Map.ofEntries(
            Map.entry("A", Period.ofYears(1)), Map.entry("B", Period.ofYears(5)), Map.entry("K", Period.ofYears(5)),
            Map.entry("L", Period.ofYears(5)), Map.entry("H", Period.ofYears(1)), Map.entry("I", Period.ofYears(1)),
            Map.entry("J", Period.ofYears(1)), Map.entry("M", Period.ofYears(5)), Map.entry("M+", Period.ofYears(10)),
            Map.entry("N", Period.ofYears(5)), Map.entry("EU", Period.ofYears(5)), Map.entry("EU+", Period.ofYears(10)),
            Map.entry("F", Period.ofYears(5)), Map.entry("F+", Period.ofYears(10)));

    private static final List<ValidityRule> BELGIAN = List.of(
            // eID before 1 March 2014: 5 years
            new ValidityRule("EID-2003", Set.of("EID"), 12, 75, Period.ofYears(5), null, EID_2014,
                    LAW_1991 + " (before the Law of 9 January 2012)", true),
            new ValidityRule("EID-2003-75", Set.of("EID"), 75, ValidityRule.NO_MAX_AGE, Period.ofYears(30), null,
                    EID_2014, LAW_1991 + " (30 years from 75 before 2014: UNVERIFIED)", false),
            // eID from 1 March 2014: 10 years; 6 years from 12 to 18; 30 years from 75
            new ValidityRule("EID-2014-12-18", Set.of("EID"), 12, 18, Period.ofYears(6), EID_2014, null,
                    LAW_2012 + "; KB 2014 (12 tot 18 jaar: 6 jaar)", true),
            new ValidityRule("EID-2014", Set.of("EID"), 18, 75, Period.ofYears(10), EID_2014, null, LAW_2012, true),
            new ValidityRule("EID-2014-75", Set.of("EID"), 75, ValidityRule.NO_MAX_AGE, Period.ofYears(30), EID_2014,
                    null, LAW_2012 + "; KB 2014 (vanaf 75 jaar: 30 jaar)", true),
            // Kids-ID: Belgian children under 12, 3 years
            new ValidityRule("KIDS-ID", Set.of("KIDS_ID"), 0, 12, Period.ofYears(3), null, null,
                    "KB betreffende de identiteitsstukken voor kinderen beneden de twaalf jaar (reference UNVERIFIED); "
                            + "3 years per the domain brief", true));

    private final List<ValidityRule> rules;

    public ValidityRuleTable(List<ValidityRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(i).overlaps(rules.get(j))) {
                    throw new IllegalArgumentException("validity rules " + rules.get(i).id() + " and "
                            + rules.get(j).id() + " overlap: exactly one rule must decide");
                }
            }
        }
        this.rules = List.copyOf(rules);
    }

    /** The legal rules with the UNVERIFIED foreigners' defaults. */
    public static ValidityRuleTable standard() {
        return standard(Map.of());
    }

    /** The legal rules, with the foreigners' card validity of {@code foreignerOverrides} where configured. */
    public static ValidityRuleTable standard(Map<String, Period> foreignerOverrides) {
        List<ValidityRule> all = new ArrayList<>(BELGIAN);
        new java.util.TreeMap<>(FOREIGNER_DEFAULTS).forEach((code, period) -> {
            Period configured = foreignerOverrides.get(code);
            all.add(new ValidityRule("CARD-" + code, Set.of(code), 0, ValidityRule.NO_MAX_AGE,
                    configured == null ? period : configured, null, null,
                    configured == null ? FOREIGNER_DEFAULT + code : "configuration bz.population.card-validity." + code,
                    false));
        });
        return new ValidityRuleTable(all);
    }

    public List<ValidityRule> rules() {
        return rules;
    }

    /** The rule for this card type, age (completed years on the application date) and application date. */
    public Optional<ValidityRule> rule(String cardType, int age, LocalDate appliedOn) {
        return rules.stream().filter(r -> r.applies(cardType, age, appliedOn)).findFirst();
    }

    /** The validity of a card applied for on {@code appliedOn}, or empty when the type is not issued at that age. */
    public Optional<Validity> validity(String cardType, int age, LocalDate appliedOn) {
        return rule(cardType, age, appliedOn)
                .map(r -> new Validity(appliedOn, appliedOn.plus(r.validity()), r));
    }

    /** Completed years from birth to the day, java.time semantics (29 February: see PartialDate.ageOn). */
    public static int age(LocalDate birth, LocalDate on) {
        return Period.between(birth, on).getYears();
    }

    /** The rule by id, for views of stored documents. */
    public Optional<ValidityRule> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
