package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.population.api.CertificateType;
import be.burgerzaken.population.api.Requester;
import be.burgerzaken.population.api.RequesterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The requester rules, with the default rows exactly as migration V39 ships them. */
class RequesterRulesTest {
    static final String HOLDER = "93051822361";
    static final String PARENT = "85073003328";
    static final String OTHER = "90020199803";
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    static final RequesterRules DEFAULTS = new RequesterRules(migrationRows());

    /** The rows of V39 as inserted (parsed from the migration, so the test checks what is shipped). */
    static List<RequesterRules.Rule> migrationRows() {
        String sql;
        try (InputStream in = RequesterRulesTest.class.getResourceAsStream(
                "/db/migration/population/common/V39__certificate_requester_rules.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Matcher m = Pattern.compile("\\('[0-9a-f-]+', '(\\w+)', '(\\w+)', (TRUE|FALSE), (TRUE|FALSE), (TRUE|FALSE), "
                + "(TRUE|FALSE), DATE '([0-9-]+)', (NULL|DATE '[0-9-]+')").matcher(sql);
        List<RequesterRules.Rule> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(new RequesterRules.Rule(RequesterKind.valueOf(m.group(1)), CertificateType.valueOf(m.group(2)),
                    Boolean.parseBoolean(m.group(3).toLowerCase()), Boolean.parseBoolean(m.group(4).toLowerCase()),
                    Boolean.parseBoolean(m.group(5).toLowerCase()), Boolean.parseBoolean(m.group(6).toLowerCase()),
                    LocalDate.parse(m.group(7)), m.group(8).equals("NULL") ? null
                    : LocalDate.parse(m.group(8).substring(6, 16))));
        }
        return rows;
    }

    static List<FieldProblem> check(Requester r, CertificateType type) {
        return check(DEFAULTS, r, type, RequesterRules.Holder.adult(HOLDER), DAY);
    }

    static List<FieldProblem> check(RequesterRules rules, Requester r, CertificateType type,
                                    RequesterRules.Holder holder, LocalDate day) {
        List<FieldProblem> problems = new ArrayList<>();
        RequesterKind kind = RequesterRules.kind(r, problems);
        rules.check(r, kind, type, holder, day, problems);
        return problems;
    }

    static boolean has(List<FieldProblem> problems, String field, String code) {
        return problems.stream().anyMatch(p -> p.field().equals(field) && p.code().equals(code));
    }

    @Test
    void theMigrationShipsEighteenRowsValidFrom16July1992() {
        assertEquals(18, DEFAULTS.on(DAY).size());
        assertEquals(0, DEFAULTS.on(LocalDate.of(1992, 7, 15)).size());
        assertEquals(18, DEFAULTS.on(LocalDate.of(1992, 7, 16)).size());
        assertEquals(EnumSet.of(CertificateType.REGISTER_EXTRACT, CertificateType.MAIN_RESIDENCE,
                CertificateType.NATIONALITY), DEFAULTS.types(RequesterKind.THIRD_PARTY, DAY));
        for (RequesterKind k : RequesterKind.values()) {
            assertFalse(DEFAULTS.types(k, DAY).isEmpty(), k.name());
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateType.class)
    void personThemselfGetsEveryTypeWithTheirOwnNumberInAnyNotation(CertificateType type) {
        assertEquals(List.of(), check(new Requester("SELF", null, "93.05.18-223.61", null, null), type));
    }

    @Test
    void selfWithAnotherPersonsNumberIsRefused() {
        assertTrue(has(check(new Requester("SELF", "X", PARENT, null, null), CertificateType.PROOF_OF_LIFE),
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
    void legalRepresentativeOfAnAdultNeedsNameAndCapacity() {
        assertTrue(has(check(new Requester("LEGAL_REPRESENTATIVE", "An Peeters", null, null, null),
                CertificateType.PROOF_OF_LIFE), "requester.basis", "required"));
        assertEquals(List.of(), check(new Requester("LEGAL_REPRESENTATIVE", "An Peeters", null,
                "court-appointed administrator", null), CertificateType.PROOF_OF_LIFE));
    }

    // --- a legal representative of a minor, against the PARENTS fact ---

    static final RequesterRules.Holder MINOR = new RequesterRules.Holder(HOLDER, true, Set.of(PARENT));

    @Test
    void aParentOfTheMinorIsAcceptedByTheirNationalNumber() {
        assertEquals(List.of(), check(DEFAULTS, new Requester("LEGAL_REPRESENTATIVE", "An Peeters", "85.07.30-033.28",
                "parental authority", null), CertificateType.HOUSEHOLD_COMPOSITION, MINOR, DAY));
    }

    @Test
    void someoneWhoIsNotAParentNeedsTheGuardianshipDecision() {
        Requester notAParent = new Requester("LEGAL_REPRESENTATIVE", "Jan Claes", OTHER, "guardian", null);
        assertTrue(has(check(DEFAULTS, notAParent, CertificateType.HOUSEHOLD_COMPOSITION, MINOR, DAY),
                "requester.reference", "guardianship-decision"));
        assertEquals(List.of(), check(DEFAULTS, new Requester("LEGAL_REPRESENTATIVE", "Jan Claes", OTHER, "guardian",
                "Vrederechter Leuven 2026/123"), CertificateType.HOUSEHOLD_COMPOSITION, MINOR, DAY));
    }

    @Test
    void aRepresentativeOfAMinorWithoutNationalNumberNeedsTheGuardianshipDecision() {
        assertTrue(has(check(DEFAULTS, new Requester("LEGAL_REPRESENTATIVE", "Jan Claes", null, "guardian", null),
                CertificateType.MAIN_RESIDENCE, MINOR, DAY), "requester.reference", "guardianship-decision"));
    }

    @Test
    void anInvalidNationalNumberOfARepresentativeIsNamed() {
        assertTrue(has(check(DEFAULTS, new Requester("LEGAL_REPRESENTATIVE", "Jan Claes", "85073003329", "parent",
                null), CertificateType.MAIN_RESIDENCE, MINOR, DAY), "requester.nationalNumber", "invalid"));
    }

    @Test
    void theParentsAreNotCheckedForAnAdultHolder() {
        assertEquals(List.of(), check(DEFAULTS, new Requester("LEGAL_REPRESENTATIVE", "Jan Claes", OTHER,
                "court-appointed administrator", null), CertificateType.MAIN_RESIDENCE,
                new RequesterRules.Holder(HOLDER, false, Set.of(PARENT)), DAY));
    }

    @Test
    void aMinorIsUnderEighteenInCompletedYears() {
        assertTrue(RequesterRules.minor("2008-11-30", DAY));   // 18 tomorrow
        assertFalse(RequesterRules.minor("2008-11-29", DAY));  // 18 today
        assertTrue(RequesterRules.minor("2008-12-00", DAY));   // day unknown: born in December 2008 at the earliest
        assertFalse(RequesterRules.minor("1990-00-00", DAY));
    }

    // --- dated rows ---

    @Test
    void aNewRowTakesEffectOnItsValidFromAndTheOldOneEndsThere() {
        LocalDate change = LocalDate.of(2027, 1, 1);
        List<RequesterRules.Rule> rows = new ArrayList<>(migrationRows());
        rows.removeIf(r -> r.kind() == RequesterKind.THIRD_PARTY && r.type() == CertificateType.NATIONALITY);
        rows.add(new RequesterRules.Rule(RequesterKind.THIRD_PARTY, CertificateType.NATIONALITY, true, true, true,
                false, LocalDate.of(1992, 7, 16), change));
        rows.add(new RequesterRules.Rule(RequesterKind.THIRD_PARTY, CertificateType.PROOF_OF_LIFE, true, true, true,
                false, change, null));
        RequesterRules rules = new RequesterRules(rows);
        Requester bank = new Requester("THIRD_PARTY", "Pension fund", null, "art. 5 law X", "REQ-9");
        RequesterRules.Holder adult = RequesterRules.Holder.adult(HOLDER);
        LocalDate before = change.minusDays(1);
        assertTrue(has(check(rules, bank, CertificateType.PROOF_OF_LIFE, adult, before), "requester.kind", "not-entitled"));
        assertEquals(List.of(), check(rules, bank, CertificateType.PROOF_OF_LIFE, adult, change));
        assertEquals(List.of(), check(rules, bank, CertificateType.NATIONALITY, adult, before));
        assertTrue(has(check(rules, bank, CertificateType.NATIONALITY, adult, change), "requester.kind", "not-entitled"));
    }

    @Test
    void aKindWithoutAnyRowOnTheDayIsNotEntitled() {
        List<FieldProblem> p = check(new RequesterRules(List.of()), new Requester("SELF", null, HOLDER, null, null),
                CertificateType.MAIN_RESIDENCE, RequesterRules.Holder.adult(HOLDER), DAY);
        assertTrue(has(p, "requester.kind", "not-entitled"), p.toString());
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
    void describesTheRequesterForTheRegister() {
        assertEquals("THIRD_PARTY Bank X (contract; ref REQ-1)", RequesterRules.describe(
                new Requester("THIRD_PARTY", "Bank X", null, "contract", "REQ-1"), RequesterKind.THIRD_PARTY, "H"));
        assertEquals("SELF Peeters Jan", RequesterRules.describe(new Requester("SELF", null, HOLDER, null, null),
                RequesterKind.SELF, "Peeters Jan"));
    }
}
