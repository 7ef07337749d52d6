package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.AdoptionContent;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.DivorceContent;
import be.burgerzaken.civilstatus.api.FieldChange;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.Place;
import be.burgerzaken.civilstatus.domain.EffectRules.BirthCorrection;
import be.burgerzaken.civilstatus.domain.EffectRules.Standing;
import be.burgerzaken.civilstatus.domain.EffectRules.Survivor;
import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.CivilStatus;
import be.burgerzaken.kernel.api.person.NewPerson;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.civilstatus.domain.Samples.ACT_DATE;
import static be.burgerzaken.civilstatus.domain.Samples.FATHER_ID;
import static be.burgerzaken.civilstatus.domain.Samples.LEUVEN;
import static be.burgerzaken.civilstatus.domain.Samples.MOTHER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the effects of registered acts on the registers. */
class EffectRulesTest {
    static final UUID THIRD = UUID.fromString("00000000-0000-0000-0000-000000000003");

    // --- birth -------------------------------------------------------------------------------------------------

    @Test
    void theNewbornsIdentityComesFromTheActWithANumberToAllocate() {
        Basis basis = EffectRules.basis("2026/BIRTH/7", ActType.BIRTH);
        assertEquals("ACT", basis.kind());
        assertEquals("2026/BIRTH/7", basis.reference());
        NewPerson p = EffectRules.newborn(Samples.birth(), List.of("BE"), basis);
        assertEquals("Janssens", p.familyName());
        assertEquals("Lotte", p.givenNames());
        assertEquals(ACT_DATE.minusDays(3).toString(), p.birthDate());
        assertEquals("24062", p.birthPlaceNis());
        assertNull(p.birthPlaceForeign());
        assertNull(p.birthCountry());
        assertEquals("F", p.sex());
        assertEquals(List.of("BE"), p.nationalities());
        assertNull(p.nationalNumber());
        assertTrue(p.allocateNationalNumber());
        assertEquals(basis, p.basis());
    }

    @Test
    void aChildBornAbroadKeepsThePlaceAndAChildOfUnknownSexGetsNoNumberYet() {
        BirthContent b = Samples.birth();
        BirthContent abroad = new BirthContent(b.birthDate(), b.birthTime(), Place.abroad("Maastricht", "nl"), "U",
                b.childFamilyName(), b.childGivenNames(), null, b.parents(), null, null);
        NewPerson p = EffectRules.newborn(abroad, List.of(), EffectRules.basis("x", ActType.BIRTH));
        assertNull(p.birthPlaceNis());
        assertEquals("Maastricht", p.birthPlaceForeign());
        assertEquals("NL", p.birthCountry());
        assertFalse(p.allocateNationalNumber(), "a national number encodes the sex");
    }

    @Test
    void theChildFollowsTheMotherFirstThenTheOtherParent() {
        BirthContent b = Samples.birth();
        BirthContent fatherFirst = new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F", "Janssens", "Lotte", null,
                List.of(new Parent(ParentRole.FATHER, Samples.father()), new Parent(ParentRole.MOTHER, Samples.mother())),
                null, null);
        List<EffectRules.LinkedParent> order = EffectRules.parentsInOrder(fatherFirst);
        assertEquals(List.of(MOTHER_ID, FATHER_ID), order.stream().map(EffectRules.LinkedParent::personId).toList());
        assertEquals(1, order.get(0).index(), "the mother's index in the act");
        assertEquals(1, EffectRules.motherIndex(fatherFirst));

        // a parent the act does not link to a kernel person is passed over
        PersonDetails unlinked = Samples.adult("Peeters", "An", "1990-04-12");
        BirthContent onlyFather = new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F", "Janssens", "Lotte", null,
                List.of(new Parent(ParentRole.MOTHER, unlinked), new Parent(ParentRole.FATHER, Samples.father())),
                null, null);
        assertEquals(List.of(FATHER_ID), EffectRules.parentsInOrder(onlyFather).stream()
                .map(EffectRules.LinkedParent::personId).toList());
    }

    @Test
    void aChildResidenceElsewhereIsAnotherMunicipalityOrAbroadNeverThisCity() {
        BirthContent b = Samples.birth();
        assertFalse(EffectRules.livesElsewhere(b, "24062"), "empty: with a parent here");
        assertFalse(EffectRules.livesElsewhere(withResidence(b, new Place(" ", null, null)), "24062"));
        assertTrue(EffectRules.livesElsewhere(withResidence(b, Place.abroad("Lille", "FR")), "24062"));
        assertTrue(EffectRules.livesElsewhere(withResidence(b, Place.belgian("21004")), "24062"));
        BirthContent here = withResidence(b, Place.belgian("24062"));
        assertFalse(EffectRules.livesElsewhere(here, "24062"));
        assertTrue(EffectRules.namesOwnMunicipality(here, "24062"));
        assertFalse(EffectRules.namesOwnMunicipality(withResidence(b, Place.belgian("21004")), "24062"));
    }

    @Test
    void aChildOfABelgianParentIsBelgianOtherNationalitiesAreNotDerived() {
        assertEquals(List.of("BE"), EffectRules.childNationalities(List.of(List.of("NL"), List.of("be"))));
        assertEquals(List.of(), EffectRules.childNationalities(List.of(List.of("NL"), List.of("MA", "FR"))));
        assertEquals(List.of(), EffectRules.childNationalities(Arrays.asList(null, List.of())));
    }

    @Test
    void kernelRefusalsPointAtTheBirthActsFields() {
        assertEquals("content.childGivenNames", EffectRules.birthField("givenNames"));
        assertEquals("content.childFamilyName", EffectRules.birthField("familyName"));
        assertEquals("content.sex", EffectRules.birthField("sex"));
        assertEquals("content.birthDate", EffectRules.birthField("birthDate"));
        assertEquals("content.birthPlace.municipalityNis", EffectRules.birthField("birthPlaceNis"));
        assertEquals("content", EffectRules.birthField("basis.kind"));
    }

    // --- dates ---------------------------------------------------------------------------------------------------

    @Test
    void eachChangeCountsFromTheDayItTakesEffect() {
        LegalBasis decree = new LegalBasis(LegalBasisKind.ROYAL_DECREE, "KB 2026/12", ACT_DATE.minusDays(20), null);
        NameChangeContent dated = new NameChangeContent(Samples.mother(), "Peeters", null, "Vos", null,
                ACT_DATE.minusDays(10));
        assertEquals(ACT_DATE.minusDays(10), EffectRules.effectiveOn(dated, decree, ACT_DATE));
        NameChangeContent undated = new NameChangeContent(Samples.mother(), "Peeters", null, "Vos", null, null);
        assertEquals(ACT_DATE.minusDays(20), EffectRules.effectiveOn(undated, decree, ACT_DATE));
        assertEquals(ACT_DATE, EffectRules.effectiveOn(undated, null, ACT_DATE));

        DivorceContent d = new DivorceContent(List.of(Samples.mother(), Samples.father()), null, null, "MUTUAL_CONSENT",
                ACT_DATE.minusMonths(2), ACT_DATE.minusDays(5));
        assertEquals(ACT_DATE.minusDays(5), EffectRules.effectiveOn(d, null, ACT_DATE), "final, not the judgment");
        assertEquals("finalOn", EffectRules.divorceDateField(d));
        DivorceContent notFinal = new DivorceContent(d.spouses(), null, null, "MUTUAL_CONSENT", ACT_DATE.minusMonths(2),
                null);
        assertEquals(ACT_DATE.minusMonths(2), EffectRules.effectiveOn(notFinal, null, ACT_DATE));

        NationalityAcquisitionContent n = new NationalityAcquisitionContent(Samples.father(), "BE", "art. 12bis",
                ACT_DATE.minusMonths(4), null);
        assertEquals(ACT_DATE.minusMonths(4), EffectRules.effectiveOn(n, ACT_DATE), "the declaration's day");

        AdoptionContent a = new AdoptionContent(Samples.adult("Kabila", "Jean", "2015-09-09"), List.of(Samples.mother()),
                "FULL", ACT_DATE.minusMonths(1), null, "Peeters");
        assertEquals(ACT_DATE.minusMonths(1), EffectRules.effectiveOn(a, null, ACT_DATE));
        LegalBasis finalDecision = new LegalBasis(LegalBasisKind.COURT_DECISION, "AR 26/1", ACT_DATE.minusDays(3), null);
        assertEquals(ACT_DATE.minusDays(3), EffectRules.effectiveOn(a, finalDecision, ACT_DATE));
    }

    // --- names and nationality -----------------------------------------------------------------------------------

    @Test
    void aNameChangeChangesWhatTheActChangesAndKeepsTheRest() {
        assertEquals(Map.of("familyName", "Peeters-Vos", "givenNames", "An"),
                EffectRules.name("Peeters", "An", "Peeters-Vos", null));
        assertEquals(Map.of("familyName", "Peeters", "givenNames", "Arne"),
                EffectRules.name("Peeters", "An", " ", " Arne "));
        assertEquals(Map.of("familyName", "Peeters", "givenNames", ""), EffectRules.name("Peeters", null, null, null));
    }

    @Test
    void nationalitiesAreAddedAndRemovedKeepingTheOthers() {
        assertEquals(List.of("MA", "BE"), EffectRules.nationalitiesAfter(List.of("MA"), "be", true));
        assertEquals(List.of("MA", "BE"), EffectRules.nationalitiesAfter(List.of("MA", "BE"), "BE", true),
                "no duplicate");
        assertEquals(List.of("MA"), EffectRules.nationalitiesAfter(List.of("BE", "MA"), "BE", false));
        assertEquals(List.of(), EffectRules.nationalitiesAfter(null, "BE", false));
    }

    // --- civil status ------------------------------------------------------------------------------------------

    @Test
    void aMarriageOfAPersonAlreadyMarriedIsRefusedOnTheSpouse() {
        List<PersonDetails> spouses = List.of(Samples.mother(), Samples.father());
        Standing free = new Standing(MOTHER_ID, null, null, null);
        Standing divorced = new Standing(FATHER_ID, CivilStatus.DIVORCED, THIRD, LocalDate.of(2020, 1, 1));
        assertEquals(List.of(), EffectRules.marriage(spouses, List.of(free, divorced), List.of(free, divorced),
                List.of(false, false)));

        Standing married = new Standing(FATHER_ID, CivilStatus.MARRIED, THIRD, LocalDate.of(2015, 6, 6));
        List<FieldProblem> p = EffectRules.marriage(spouses, List.of(free, married), List.of(free, married),
                List.of(false, false));
        assertEquals(1, p.size(), p.toString());
        assertEquals("content.spouses[1].personId", p.get(0).field());
        assertEquals("already-married", p.get(0).code());
        assertTrue(p.get(0).message().contains(THIRD.toString()), p.get(0).message());

        // married meanwhile (a later marriage recorded after the marriage date): refused too
        List<FieldProblem> later = EffectRules.marriage(spouses, List.of(free, divorced), List.of(married, divorced),
                List.of(false, false));
        assertEquals("content.spouses[0].personId", later.get(0).field());

        List<FieldProblem> dead = EffectRules.marriage(spouses, List.of(free, free), List.of(free, free),
                List.of(false, true));
        assertEquals("deceased", dead.get(0).code());

        // a spouse not known to the kernel has no standing
        List<PersonDetails> withStranger = List.of(Samples.adult("Maes", "Tom", "1985-01-01"), Samples.father());
        assertEquals(List.of(), EffectRules.marriage(withStranger, Arrays.asList(null, free), Arrays.asList(null, free),
                List.of(false, false)));
    }

    @Test
    void aDivorceEndsTheMarriageOfTheTwoOrOneTheRegistersDoNotKnow() {
        List<PersonDetails> spouses = List.of(Samples.mother(), Samples.father());
        LocalDate married = LocalDate.of(2015, 6, 6);
        Standing a = new Standing(MOTHER_ID, CivilStatus.MARRIED, FATHER_ID, married);
        Standing b = new Standing(FATHER_ID, CivilStatus.MARRIED, MOTHER_ID, married);
        assertEquals(List.of(), EffectRules.divorce(spouses, List.of(a, b), ACT_DATE, "finalOn"));
        Standing unknown = new Standing(FATHER_ID, null, null, null);
        assertEquals(List.of(), EffectRules.divorce(spouses, List.of(a, unknown), ACT_DATE, "finalOn"));

        Standing toThird = new Standing(FATHER_ID, CivilStatus.MARRIED, THIRD, married);
        List<FieldProblem> p = EffectRules.divorce(spouses, List.of(a, toThird), ACT_DATE, "finalOn");
        assertEquals("married-to-another", p.get(0).code());
        assertEquals("content.spouses[1].personId", p.get(0).field());

        Standing divorced = new Standing(FATHER_ID, CivilStatus.DIVORCED, MOTHER_ID, ACT_DATE.minusYears(1));
        assertEquals("not-married", EffectRules.divorce(spouses, List.of(a, divorced), ACT_DATE, "finalOn").get(0).code());

        List<FieldProblem> early = EffectRules.divorce(spouses, List.of(a, b), married.minusDays(1), "judgmentDate");
        assertEquals("content.judgmentDate", early.get(0).field());
        assertEquals("before-marriage", early.get(0).code());
    }

    @Test
    void theSurvivingSpouseIsTheNamedOneOrTheRecordedOneAndMustBeConsistent() {
        UUID deceased = MOTHER_ID;
        Standing married = new Standing(deceased, CivilStatus.MARRIED, FATHER_ID, LocalDate.of(2015, 6, 6));
        Standing spouseMarried = new Standing(FATHER_ID, CivilStatus.MARRIED, deceased, LocalDate.of(2015, 6, 6));
        // recorded only
        Survivor recorded = EffectRules.survivor(deceased, married, null, null);
        assertEquals(FATHER_ID, recorded.personId());
        assertNull(recorded.problem());
        // named and recorded agree
        assertEquals(FATHER_ID, EffectRules.survivor(deceased, married, FATHER_ID, spouseMarried).personId());
        // named only (married before the registers knew)
        assertEquals(THIRD, EffectRules.survivor(deceased, new Standing(deceased, null, null, null), THIRD,
                new Standing(THIRD, null, null, null)).personId());
        // nobody
        Survivor none = EffectRules.survivor(deceased, new Standing(deceased, CivilStatus.DIVORCED, FATHER_ID, null),
                null, null);
        assertNull(none.personId());
        assertNull(none.problem());

        Survivor other = EffectRules.survivor(deceased, married, THIRD, new Standing(THIRD, null, null, null));
        assertEquals("not-the-spouse", other.problem().code());
        assertEquals("content.spouse.personId", other.problem().field());
        Survivor elsewhere = EffectRules.survivor(deceased, new Standing(deceased, null, null, null), THIRD,
                new Standing(THIRD, CivilStatus.MARRIED, FATHER_ID, null));
        assertEquals("married-to-another", elsewhere.problem().code());
        Survivor divorced = EffectRules.survivor(deceased, new Standing(deceased, null, null, null), THIRD,
                new Standing(THIRD, CivilStatus.DIVORCED, deceased, null));
        assertEquals("not-married", divorced.problem().code());
    }

    @Test
    void theCivilStatusValueNamesThePartner() {
        Map<String, Object> v = EffectRules.civilStatus(CivilStatus.MARRIED, FATHER_ID,
                EffectRules.partnerName(Samples.father()));
        assertEquals("MARRIED", v.get("status"));
        assertEquals(FATHER_ID.toString(), v.get("partnerId"));
        assertEquals("Janssens, Bart", v.get("partnerName"));
        assertNull(EffectRules.civilStatus(CivilStatus.WIDOWED, null, null).get("partnerId"));
        assertNull(EffectRules.partnerName(null));
    }

    // --- corrections -------------------------------------------------------------------------------------------

    @Test
    void aCorrectedBirthCarriesNamesBirthAndSexOverNothingElse() {
        assertEquals(EnumSet.of(BirthCorrection.NAME), EffectRules.birthCorrections(List.of(
                new FieldChange("childGivenNames", "Lote", "Lotte"))));
        assertEquals(EnumSet.of(BirthCorrection.BIRTH, BirthCorrection.SEX), EffectRules.birthCorrections(List.of(
                new FieldChange("birthDate", "2026-03-07", "2026-03-06"), new FieldChange("sex", "F", "M"),
                new FieldChange("birthPlace.municipalityNis", "24062", "21004"))));
        assertEquals(EnumSet.noneOf(BirthCorrection.class), EffectRules.birthCorrections(List.of(
                new FieldChange("birthTime", "04:35", "04:45"),
                new FieldChange("parents[0].person.givenNames", "An", "Ann"),
                new FieldChange("nameChoice.choice", "FATHER", "MOTHER"))));
        assertTrue(EffectRules.correctsNameChange(List.of(new FieldChange("newFamilyName", "Vos", "De Vos"))));
        assertFalse(EffectRules.correctsNameChange(List.of(new FieldChange("previousGivenNames", "An", "Ann"))));
    }

    @Test
    void placeValuesAreABelgianMunicipalityOrAPlaceAbroad() {
        Map<String, Object> here = EffectRules.placeValue(ACT_DATE, LEUVEN);
        assertEquals(ACT_DATE.toString(), here.get("date"));
        assertEquals("24062", here.get("placeNis"));
        Map<String, Object> abroad = EffectRules.placeValue(ACT_DATE, Place.abroad("Lille", "fr"));
        assertEquals("Lille", abroad.get("placeForeign"));
        assertEquals("FR", abroad.get("country"));
        BirthContent b = Samples.birth();
        assertEquals(EffectRules.placeValue(b.birthDate(), b.birthPlace()), EffectRules.birthValue(b));
    }

    private static BirthContent withResidence(BirthContent b, Place residence) {
        return new BirthContent(b.birthDate(), LocalTime.NOON, b.birthPlace(), b.sex(), b.childFamilyName(),
                b.childGivenNames(), null, b.parents(), null, null, residence);
    }
}
