package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.AccessBasis;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.api.RequesterRelation;
import be.burgerzaken.civilstatus.domain.ExtractAccessRule.Scope;
import be.burgerzaken.civilstatus.domain.ExtractAccessRules.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static be.burgerzaken.civilstatus.api.RequesterRelation.ASCENDANT;
import static be.burgerzaken.civilstatus.api.RequesterRelation.DESCENDANT;
import static be.burgerzaken.civilstatus.api.RequesterRelation.HEIR;
import static be.burgerzaken.civilstatus.api.RequesterRelation.LAWYER;
import static be.burgerzaken.civilstatus.api.RequesterRelation.LEGAL_REPRESENTATIVE;
import static be.burgerzaken.civilstatus.api.RequesterRelation.NONE;
import static be.burgerzaken.civilstatus.api.RequesterRelation.NOTARY;
import static be.burgerzaken.civilstatus.api.RequesterRelation.SELF;
import static be.burgerzaken.civilstatus.api.RequesterRelation.SPOUSE_OR_COHABITANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access rules for extracts: public at the anniversary after 50 (death), 75 (marriage) and 100 (other) years,
 * inclusive; the day before only the circle; 29 February; the narrower circle of acts with a change of registered
 * sex; verified and declared relations; dated and configured rules.
 */
class ExtractAccessRulesTest {
    final ExtractAccessRules rules = ExtractAccessRules.standard();
    final LocalDate today = LocalDate.of(2026, 6, 1);

    /** Scope, years, act date, the day before the anniversary, the anniversary, the day after. */
    @ParameterizedTest(name = "{0}: drawn up {2}, public from {4}")
    @CsvSource({
            "DEATH,    50,  1976-06-01, 2026-05-31, 2026-06-01, 2026-06-02",
            "MARRIAGE, 75,  1951-06-01, 2026-05-31, 2026-06-01, 2026-06-02",
            "OTHER,    100, 1926-06-01, 2026-05-31, 2026-06-01, 2026-06-02",
            // 29 February: the anniversary in a common year is 1 March, in a leap year 29 February
            "DEATH,    50,  1976-02-29, 2026-02-28, 2026-03-01, 2026-03-02",
            "MARRIAGE, 75,  1952-02-29, 2027-02-28, 2027-03-01, 2027-03-02",
            "OTHER,    100, 1924-02-29, 2024-02-28, 2024-02-29, 2024-03-01",
            "DEATH,    50,  1972-02-29, 2022-02-28, 2022-03-01, 2022-03-02",
            // 28 February and 1 March of a leap year are ordinary days
            "OTHER,    100, 1928-02-28, 2028-02-27, 2028-02-28, 2028-02-29",
            "MARRIAGE, 75,  1948-03-01, 2023-02-28, 2023-03-01, 2023-03-02"})
    void anActIsPublicFromItsAnniversaryInclusive(Scope scope, int years, LocalDate drawnUp, LocalDate before,
                                                  LocalDate anniversary, LocalDate after) {
        assertEquals(years, rules.rule(scope, anniversary).publicAfterYears());
        assertEquals(anniversary, rules.rule(scope, anniversary).publicFrom(drawnUp));

        Decision dayBefore = rules.decide(scope, false, drawnUp, before, NONE, false);
        assertFalse(dayBefore.allowed(), "the day before, a third party is refused");
        assertEquals(anniversary, dayBefore.publicFrom());
        assertEquals("CS-EXTRACT-" + scope + "-2019", dayBefore.rule().id());
        assertEquals(AccessBasis.VERIFIED, rules.decide(scope, false, drawnUp, before, SELF, true).outcome(),
                "the day before, the person themself may");

        assertEquals(AccessBasis.PUBLIC, rules.decide(scope, false, drawnUp, anniversary, NONE, false).outcome(),
                "on the anniversary the act is public");
        assertEquals(AccessBasis.PUBLIC, rules.decide(scope, false, drawnUp, after, NONE, false).outcome());
        assertEquals(AccessBasis.PUBLIC, rules.decide(scope, false, drawnUp, anniversary, SELF, true).outcome(),
                "a public act is public to everyone, the person too");
    }

    @Test
    void theScopeFollowsTheActKindAndAForeignActCountsAsWhatItStandsFor() {
        assertEquals(Scope.DEATH, ExtractAccessRules.scope(ActType.DEATH, null));
        assertEquals(Scope.MARRIAGE, ExtractAccessRules.scope(ActType.MARRIAGE, null));
        for (ActType t : List.of(ActType.BIRTH, ActType.DIVORCE, ActType.MARRIAGE_DECLARATION, ActType.ADOPTION,
                ActType.SEX_REGISTRATION_CHANGE, ActType.NAME_CHANGE, ActType.RECOGNITION)) {
            assertEquals(Scope.OTHER, ExtractAccessRules.scope(t, null), t.name());
        }
        ForeignActContent foreignDeath = new ForeignActContent(ActType.DEATH, "MA", "x", LocalDate.of(2019, 1, 1), "r",
                List.of(), null);
        assertEquals(Scope.DEATH, ExtractAccessRules.scope(ActType.FOREIGN_ACT, foreignDeath));
        assertEquals(Scope.OTHER, ExtractAccessRules.scope(ActType.FOREIGN_ACT, null));
    }

    @Test
    void beforeThePublicDateOnlyTheCircleMayAndAnUnconfirmedRelationIsDeclared() {
        LocalDate drawnUp = LocalDate.of(2026, 3, 8);
        for (RequesterRelation r : List.of(SELF, SPOUSE_OR_COHABITANT, LEGAL_REPRESENTATIVE, ASCENDANT, DESCENDANT, HEIR,
                NOTARY, LAWYER)) {
            assertEquals(AccessBasis.VERIFIED, rules.decide(Scope.OTHER, false, drawnUp, today, r, true).outcome(), r.name());
            assertEquals(AccessBasis.DECLARED, rules.decide(Scope.OTHER, false, drawnUp, today, r, false).outcome(),
                    r.name());
        }
        Decision third = rules.decide(Scope.OTHER, false, drawnUp, today, NONE, false);
        assertFalse(third.allowed());
        assertNull(third.outcome());
        assertEquals(LocalDate.of(2126, 3, 8), third.publicFrom());
        assertEquals(List.of(SELF, SPOUSE_OR_COHABITANT, LEGAL_REPRESENTATIVE, ASCENDANT, DESCENDANT, HEIR, NOTARY,
                LAWYER), third.circle());
        assertFalse(rules.decide(Scope.OTHER, false, drawnUp, today, null, false).allowed(), "no relation stated");
    }

    @Test
    void anActWithAChangeOfRegisteredSexHasTheNarrowerCircle() {
        LocalDate drawnUp = LocalDate.of(2020, 5, 5);
        for (RequesterRelation r : List.of(SELF, LEGAL_REPRESENTATIVE, HEIR, NOTARY, LAWYER)) {
            Decision d = rules.decide(Scope.OTHER, true, drawnUp, today, r, true);
            assertEquals(AccessBasis.VERIFIED, d.outcome(), r.name());
            assertEquals("CS-EXTRACT-SEX-CHANGE-2019", d.rule().id());
        }
        for (RequesterRelation r : List.of(SPOUSE_OR_COHABITANT, ASCENDANT, DESCENDANT, NONE)) {
            Decision d = rules.decide(Scope.OTHER, true, drawnUp, today, r, true);
            assertFalse(d.allowed(), r.name() + " even when verified");
            assertEquals("CS-EXTRACT-SEX-CHANGE-2019", d.rule().id(), "the refusal names the narrower rule");
            assertEquals(LocalDate.of(2120, 5, 5), d.publicFrom(), "public with the act's own kind");
        }
        // a death act with a change of registered sex: the circle narrows, the public date stays 50 years
        LocalDate death = LocalDate.of(1976, 6, 1);
        assertFalse(rules.decide(Scope.DEATH, true, death, LocalDate.of(2026, 5, 31), ASCENDANT, true).allowed());
        assertEquals(AccessBasis.PUBLIC, rules.decide(Scope.DEATH, true, death, LocalDate.of(2026, 6, 1), NONE, false)
                .outcome());
    }

    @Test
    void theRuleInForceOnTheDayOfTheRequestDecides() {
        LocalDate change = LocalDate.of(2030, 1, 1);
        ExtractAccessRules later = ExtractAccessRules.standard(List.of(new ExtractAccessRule("DEATH-2030", Scope.DEATH,
                30, ExtractAccessRules.DEFAULT_CIRCLE, change, "a later law", false)));
        LocalDate drawnUp = LocalDate.of(1997, 6, 1);
        assertFalse(later.decide(Scope.DEATH, false, drawnUp, change.minusDays(1), NONE, false).allowed(),
                "under the old rule (50 years) not public in 2029");
        Decision d = later.decide(Scope.DEATH, false, drawnUp, change, NONE, false);
        assertEquals(AccessBasis.PUBLIC, d.outcome(), "the new rule (30 years) applies from its first day");
        assertEquals("DEATH-2030", d.rule().id());
        assertEquals("CS-EXTRACT-DEATH-2019", later.rule(Scope.DEATH, LocalDate.of(2019, 1, 1)).id(),
                "before the first rule, the first rule");
        // a configured rule from the same day replaces the default
        ExtractAccessRules replaced = ExtractAccessRules.standard(List.of(new ExtractAccessRule("CONF", Scope.OTHER, 90,
                EnumSet.of(SELF), ExtractAccessRules.LAW_2018, "configuration", false)));
        assertEquals(4, replaced.rules().size());
        assertEquals("CONF", replaced.rule(Scope.OTHER, today).id());
        assertFalse(replaced.decide(Scope.OTHER, false, LocalDate.of(2020, 1, 1), today, ASCENDANT, true).allowed());
    }

    @Test
    void rulesThatCannotDecideAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractAccessRule("x", Scope.OTHER, 100,
                Set.of(SELF, NONE), ExtractAccessRules.LAW_2018, "s", true), "a third party in the circle");
        assertThrows(IllegalArgumentException.class, () -> new ExtractAccessRule("x", Scope.OTHER, null,
                Set.of(SELF), ExtractAccessRules.LAW_2018, "s", true), "no years");
        assertThrows(IllegalArgumentException.class, () -> new ExtractAccessRule("x", Scope.SEX_CHANGE, 100,
                Set.of(SELF), ExtractAccessRules.LAW_2018, "s", true), "years on the sex-change rule");
        assertThrows(IllegalArgumentException.class, () -> new ExtractAccessRules(List.of(
                ExtractAccessRules.defaults().get(0))), "a scope without a rule");
        List<ExtractAccessRule> twice = new java.util.ArrayList<>(ExtractAccessRules.defaults());
        twice.add(new ExtractAccessRule("again", Scope.DEATH, 40, Set.of(SELF), ExtractAccessRules.LAW_2018, "s", true));
        assertThrows(IllegalArgumentException.class, () -> new ExtractAccessRules(twice), "two rules on one day");
        assertTrue(ExtractAccessRules.defaults().stream().allMatch(ExtractAccessRule::verified));
    }
}
