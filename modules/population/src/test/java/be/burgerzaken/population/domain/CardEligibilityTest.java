package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.NationalityGroup;
import be.burgerzaken.population.api.RegisterType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which foreigners' card each register and nationality group may get: the data table next to card-types.csv. */
class CardEligibilityTest {
    private final CardEligibility table = CardEligibility.standard();
    private final CardTypeCatalog types = CardTypeCatalog.standard();

    @Test
    void everyForeignersCardTypeHasALineAndTheWaitingRegisterGetsNone() {
        for (CardType t : types.all()) {
            assertEquals(!t.forBelgians(), table.row(t.code()).isPresent(), t.code());
            table.row(t.code()).ifPresent(r -> assertFalse(r.registers().contains(RegisterType.WAITING), t.code()));
        }
    }

    @Test
    void euCardsForEuCitizensNonEuCardsForOthers() {
        assertTrue(check("EU", RegisterType.FOREIGNERS, NationalityGroup.EU).isEmpty());
        List<FieldProblem> nonEu = check("EU", RegisterType.FOREIGNERS, NationalityGroup.NON_EU);
        assertEquals("cardType", nonEu.get(0).field());
        assertEquals("not-for-nationality", nonEu.get(0).code());
        assertTrue(check("A", RegisterType.FOREIGNERS, NationalityGroup.NON_EU).isEmpty());
        assertEquals("not-for-nationality", check("A", RegisterType.FOREIGNERS, NationalityGroup.EU).get(0).code());
        assertEquals("not-for-nationality", check("B", RegisterType.FOREIGNERS, NationalityGroup.UNKNOWN).get(0).code());
    }

    @Test
    void theRegisterDecidesBetweenTemporaryAndSettledCards() {
        assertTrue(check("K", RegisterType.POPULATION, NationalityGroup.NON_EU).isEmpty());
        List<FieldProblem> k = check("K", RegisterType.FOREIGNERS, NationalityGroup.NON_EU);
        assertEquals("not-for-register", k.get(0).code());
        assertTrue(k.get(0).message().contains("FOREIGNERS"), k.get(0).message());
        assertEquals("not-for-register", check("A", RegisterType.POPULATION, NationalityGroup.NON_EU).get(0).code());
        assertEquals("not-for-register", check("A", RegisterType.WAITING, NationalityGroup.NON_EU).get(0).code());
        assertTrue(check("EU+", RegisterType.POPULATION, NationalityGroup.EU).isEmpty());
    }

    @Test
    void belgianCardsAreNotDecidedHere() {
        assertTrue(check("EID", RegisterType.WAITING, NationalityGroup.NON_EU).isEmpty());
    }

    @Test
    void aTypeMissingFromTheTableIsIssuedToNobodyAndWildcardsMeanAny() {
        CardEligibility only = CardEligibility.parse(List.of("# comment", "B;*;*"));
        List<FieldProblem> problems = new ArrayList<>();
        assertFalse(only.check(types.find("A").orElseThrow(), RegisterType.FOREIGNERS, NationalityGroup.NON_EU,
                problems));
        assertEquals("not-for-register", problems.get(0).code());
        assertTrue(only.check(types.find("B").orElseThrow(), RegisterType.WAITING, NationalityGroup.EU,
                new ArrayList<>()));
        assertThrows(IllegalStateException.class, () -> CardEligibility.parse(List.of("B;FOREIGNERS")));
        assertThrows(IllegalStateException.class, () -> CardEligibility.parse(List.of("B;*;*", "b;*;*")));
        assertThrows(IllegalArgumentException.class, () -> CardEligibility.parse(List.of("B;NOWHERE;*")));
    }

    private List<FieldProblem> check(String code, RegisterType register, NationalityGroup group) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean ok = table.check(types.find(code).orElseThrow(), register, group, problems);
        assertEquals(ok, problems.isEmpty());
        return problems;
    }
}
