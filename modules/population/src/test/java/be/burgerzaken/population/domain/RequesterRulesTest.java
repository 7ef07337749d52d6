package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.Requester;
import be.burgerzaken.population.api.RequesterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequesterRulesTest {
    static final String HOLDER = "93051822361";

    static List<FieldProblem> check(Requester r, CertificateType type) {
        List<FieldProblem> problems = new ArrayList<>();
        RequesterKind kind = RequesterRules.kind(r, problems);
        RequesterRules.check(r, kind, type, HOLDER, problems);
        return problems;
    }

    static boolean has(List<FieldProblem> problems, String field, String code) {
        return problems.stream().anyMatch(p -> p.field().equals(field) && p.code().equals(code));
    }

    @ParameterizedTest
    @EnumSource(CertificateType.class)
    void personThemselfGetsEveryTypeWithTheirOwnNumberInAnyNotation(CertificateType type) {
        assertEquals(List.of(), check(new Requester("SELF", null, "93.05.18-223.61", null, null), type));
    }

    @Test
    void selfWithAnotherPersonsNumberIsRefused() {
        assertTrue(has(check(new Requester("SELF", "X", "85073003328", null, null), CertificateType.PROOF_OF_LIFE),
                "requester.nationalNumber", "not-the-person"));
    }

    @Test
    void selfWithoutNumberIsRefused() {
        assertTrue(has(check(new Requester("self", null, null, null, null), CertificateType.NATIONALITY),
                "requester.nationalNumber", "required"));
    }

    @Test
    void thirdPartyNeedsNameLegalBasisAndReference() {
        List<FieldProblem> p = check(new Requester("THIRD_PARTY", null, null, " ", null), CertificateType.MAIN_RESIDENCE);
        assertTrue(has(p, "requester.name", "required"), p.toString());
        assertTrue(has(p, "requester.basis", "required"), p.toString());
        assertTrue(has(p, "requester.reference", "required"), p.toString());
    }

    @Test
    void thirdPartyWithBasisMayObtainAProofOfMainResidence() {
        assertEquals(List.of(), check(new Requester("THIRD_PARTY", "Bailiff Peeters", null,
                "art. 1409 Judicial Code", "REQ-2026-77"), CertificateType.MAIN_RESIDENCE));
    }

    @ParameterizedTest
    @EnumSource(value = CertificateType.class, names = {"PROOF_OF_LIFE", "HOUSEHOLD_COMPOSITION"})
    void thirdPartyMayNotSeeProofOfLifeOrHousehold(CertificateType type) {
        assertTrue(has(check(new Requester("THIRD_PARTY", "Bank X", null, "contract", "REQ-1"), type),
                "requester.kind", "not-entitled"));
    }

    @Test
    void proxyNeedsTheReferenceOfThePowerOfAttorney() {
        assertTrue(has(check(new Requester("PROXY", "Notaris Janssens", null, "notary", null),
                CertificateType.HOUSEHOLD_COMPOSITION), "requester.reference", "required"));
        assertEquals(List.of(), check(new Requester("PROXY", "Notaris Janssens", null, "notary", "deed 2026/12"),
                CertificateType.HOUSEHOLD_COMPOSITION));
    }

    @Test
    void legalRepresentativeNeedsNameAndCapacity() {
        assertTrue(has(check(new Requester("LEGAL_REPRESENTATIVE", "An Peeters", null, null, null),
                CertificateType.PROOF_OF_LIFE), "requester.basis", "required"));
        assertEquals(List.of(), check(new Requester("LEGAL_REPRESENTATIVE", "An Peeters", null, "parental authority",
                null), CertificateType.PROOF_OF_LIFE));
    }

    @Test
    void unknownOrMissingKindIsNamed() {
        List<FieldProblem> p = new ArrayList<>();
        assertNull(RequesterRules.kind(new Requester("NEIGHBOUR", null, null, null, null), p));
        assertTrue(has(p, "requester.kind", "unknown"));
        assertNull(RequesterRules.kind(null, p));
        assertTrue(has(p, "requester.kind", "required"));
    }

    @Test
    void everyKindHasARule() {
        for (RequesterKind k : RequesterKind.values()) {
            assertTrue(RequesterRules.TABLE.containsKey(k), k.name());
        }
    }

    @Test
    void describesTheRequesterForTheRegister() {
        assertEquals("THIRD_PARTY Bank X (contract; ref REQ-1)", RequesterRules.describe(
                new Requester("THIRD_PARTY", "Bank X", null, "contract", "REQ-1"), RequesterKind.THIRD_PARTY, "H"));
        assertEquals("SELF Peeters Jan", RequesterRules.describe(new Requester("SELF", null, HOLDER, null, null),
                RequesterKind.SELF, "Peeters Jan"));
    }
}
