package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.AccessBasis;
import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.api.RequesterRelation;
import be.burgerzaken.civilstatus.domain.ExtractAccessRule.Scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * THE table of access rules for extracts and copies: the one place that decides who may obtain an act. Rules are
 * dated (the rule in force on the day of the request decides) and configurable (docs/operations.md); the defaults
 * are those of domain.md §4: public after 50 years (death), 75 (marriage), 100 (other acts), counted from the day
 * the act was drawn up, inclusive at the anniversary; before that only the person, the spouse or legal cohabitant,
 * the legal representative, ascendants and descendants, heirs and their notary or lawyer; for an act that contains
 * a change of registered sex only the person, the legal representative, heirs and the notary or lawyer.
 */
public final class ExtractAccessRules {
    /** The day the Law of 18 June 2018 (DABS, electronic acts) came into force. */
    public static final LocalDate LAW_2018 = LocalDate.of(2019, 3, 31);
    static final String SOURCE = "Burgerlijk Wetboek / Code civil (openbaarheid van de akten / publicité des actes), as "
            + "reformed by the Law of 18 June 2018, in force 31 March 2019 (domain.md §4; article number UNVERIFIED)";
    public static final Set<RequesterRelation> DEFAULT_CIRCLE = Set.copyOf(EnumSet.of(RequesterRelation.SELF,
            RequesterRelation.SPOUSE_OR_COHABITANT, RequesterRelation.LEGAL_REPRESENTATIVE, RequesterRelation.ASCENDANT,
            RequesterRelation.DESCENDANT, RequesterRelation.HEIR, RequesterRelation.NOTARY, RequesterRelation.LAWYER));
    public static final Set<RequesterRelation> SEX_CHANGE_CIRCLE = Set.copyOf(EnumSet.of(RequesterRelation.SELF,
            RequesterRelation.LEGAL_REPRESENTATIVE, RequesterRelation.HEIR, RequesterRelation.NOTARY,
            RequesterRelation.LAWYER));

    private final List<ExtractAccessRule> rules;

    public ExtractAccessRules(List<ExtractAccessRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(ExtractAccessRule::validFrom).reversed()).toList();
        for (Scope s : Scope.values()) {
            List<LocalDate> starts = this.rules.stream().filter(r -> r.scope() == s).map(ExtractAccessRule::validFrom)
                    .toList();
            if (starts.isEmpty()) {
                throw new IllegalArgumentException("no extract access rule for " + s);
            }
            if (starts.stream().distinct().count() != starts.size()) {
                throw new IllegalArgumentException("two extract access rules for " + s + " start on the same day: "
                        + "exactly one rule must decide");
            }
        }
    }

    /** The defaults of domain.md. */
    public static ExtractAccessRules standard() {
        return standard(List.of());
    }

    /** The defaults, with configured rules added; a configured rule with the same scope and start replaces one. */
    public static ExtractAccessRules standard(List<ExtractAccessRule> overrides) {
        List<ExtractAccessRule> all = new ArrayList<>(defaults());
        all.removeIf(d -> overrides.stream().anyMatch(o -> o.scope() == d.scope() && o.validFrom().equals(d.validFrom())));
        all.addAll(overrides);
        return new ExtractAccessRules(all);
    }

    public static List<ExtractAccessRule> defaults() {
        return List.of(
                new ExtractAccessRule("CS-EXTRACT-DEATH-2019", Scope.DEATH, 50, DEFAULT_CIRCLE, LAW_2018, SOURCE, true),
                new ExtractAccessRule("CS-EXTRACT-MARRIAGE-2019", Scope.MARRIAGE, 75, DEFAULT_CIRCLE, LAW_2018, SOURCE,
                        true),
                new ExtractAccessRule("CS-EXTRACT-OTHER-2019", Scope.OTHER, 100, DEFAULT_CIRCLE, LAW_2018, SOURCE, true),
                new ExtractAccessRule("CS-EXTRACT-SEX-CHANGE-2019", Scope.SEX_CHANGE, null, SEX_CHANGE_CIRCLE, LAW_2018,
                        SOURCE, true));
    }

    public List<ExtractAccessRule> rules() {
        return rules;
    }

    /** The rule of the scope in force on {@code on}: the latest whose validFrom is not after it (else the first). */
    public ExtractAccessRule rule(Scope scope, LocalDate on) {
        return rules.stream().filter(r -> r.scope() == scope && !r.validFrom().isAfter(on)).findFirst()
                .orElseGet(() -> rules.stream().filter(r -> r.scope() == scope)
                        .min(Comparator.comparing(ExtractAccessRule::validFrom)).orElseThrow());
    }

    /** The scope of an act by its kind: a foreign act counts as the kind of act it stands for. */
    public static Scope scope(ActType type, ActContent content) {
        ActType kind = type;
        if (type == ActType.FOREIGN_ACT && content instanceof ForeignActContent f && f.equivalentType() != null) {
            kind = f.equivalentType();
        }
        return switch (kind) {
            case DEATH -> Scope.DEATH;
            case MARRIAGE -> Scope.MARRIAGE;
            default -> Scope.OTHER;
        };
    }

    /**
     * What the rules say.
     *
     * @param outcome    PUBLIC, VERIFIED or DECLARED when allowed, null when refused
     * @param rule       the rule that decided: the act's kind's when public, else the one whose circle applied
     * @param publicFrom the first day the act is public
     */
    public record Decision(AccessBasis outcome, ExtractAccessRule rule, LocalDate publicFrom,
                           List<RequesterRelation> circle) {
        public boolean allowed() {
            return outcome != null;
        }
    }

    /**
     * Decides a request made on {@code on} for an act of {@code scope} drawn up on {@code drawnUpOn}.
     *
     * @param sexChange whether the act contains a change of registered sex
     * @param relation  the relation the requester states
     * @param verified  whether our data confirm that relation
     */
    public Decision decide(Scope scope, boolean sexChange, LocalDate drawnUpOn, LocalDate on,
                           RequesterRelation relation, boolean verified) {
        ExtractAccessRule kind = rule(scope, on);
        LocalDate publicFrom = kind.publicFrom(drawnUpOn);
        ExtractAccessRule applied = sexChange ? rule(Scope.SEX_CHANGE, on) : kind;
        if (!on.isBefore(publicFrom)) {
            return new Decision(AccessBasis.PUBLIC, kind, publicFrom, applied.circleInOrder());
        }
        if (relation == null || !applied.circle().contains(relation)) {
            return new Decision(null, applied, publicFrom, applied.circleInOrder());
        }
        return new Decision(verified ? AccessBasis.VERIFIED : AccessBasis.DECLARED, applied, publicFrom,
                applied.circleInOrder());
    }
}
