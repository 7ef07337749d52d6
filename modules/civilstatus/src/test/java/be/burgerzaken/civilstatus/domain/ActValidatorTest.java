package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActDraft;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.AdoptionContent;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.DeathContent;
import be.burgerzaken.civilstatus.api.DivorceContent;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.MarriageDeclarationContent;
import be.burgerzaken.civilstatus.api.MatrimonialRegime;
import be.burgerzaken.civilstatus.api.NameChangeContent;
import be.burgerzaken.civilstatus.api.NameChoice;
import be.burgerzaken.civilstatus.api.NationalityAcquisitionContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.Place;
import be.burgerzaken.civilstatus.api.PrenatalRecognitionContent;
import be.burgerzaken.civilstatus.api.RecognitionContent;
import be.burgerzaken.civilstatus.api.SexRegistrationChangeContent;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static be.burgerzaken.civilstatus.domain.Samples.ACT_DATE;
import static be.burgerzaken.civilstatus.domain.Samples.LEUVEN;
import static be.burgerzaken.civilstatus.domain.Samples.father;
import static be.burgerzaken.civilstatus.domain.Samples.mother;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActValidatorTest {
    private final ActValidator validator = new ActValidator(ActRules.DEFAULTS, ReferenceCatalog.load());

    private List<FieldProblem> complete(ActDraft d) {
        return validator.check(d, ACT_DATE, ActValidator.Level.COMPLETE);
    }

    private List<FieldProblem> draft(ActDraft d) {
        return validator.check(d, ACT_DATE, ActValidator.Level.DRAFT);
    }

    /** Exactly one problem, on this field with this code. */
    private static void only(List<FieldProblem> problems, String field, String code) {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(field, problems.get(0).field(), problems.toString());
        assertEquals(code, problems.get(0).code(), problems.toString());
    }

    private static void has(List<FieldProblem> problems, String field, String code) {
        assertTrue(problems.stream().anyMatch(p -> p.field().equals(field) && p.code().equals(code)),
                field + " " + code + " in " + problems);
    }

    @ParameterizedTest
    @EnumSource(ActType.class)
    void theSampleOfEveryTypeIsCompleteAndValid(ActType type) {
        assertEquals(List.of(), complete(Samples.draft(Samples.complete(type))));
    }

    @ParameterizedTest
    @EnumSource(value = ActType.class, names = {"AMENDED"}, mode = EnumSource.Mode.EXCLUDE)
    void anEmptyDraftOfEveryTypeIsAcceptedAsADraftButNotAsComplete(ActType type) {
        ActDraft empty = new ActDraft("24062", Samples.basis(type), emptyOf(type));
        assertEquals(List.of(), draft(empty), "a draft may be incomplete");
        List<FieldProblem> problems = complete(empty);
        assertTrue(!problems.isEmpty(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.code().equals("required") && p.field().startsWith("content.")),
                problems.toString());
    }

    // --- birth -------------------------------------------------------------------------------------------------

    @Test
    void birthAfterTheActDateIsRefusedEvenInADraft() {
        BirthContent b = Samples.birth();
        BirthContent later = new BirthContent(ACT_DATE.plusDays(1), b.birthTime(), b.birthPlace(), b.sex(),
                b.childFamilyName(), b.childGivenNames(), null, b.parents(), b.nameChoice(), null);
        only(draft(Samples.draft(later)), "content.birthDate", "after-act-date");
        assertTrue(draft(Samples.draft(later)).get(0).message().contains(ACT_DATE.toString()));
    }

    @Test
    void birthNeedsTheHourPlaceSexNamesAndTheMother() {
        BirthContent b = Samples.birth();
        only(complete(Samples.draft(new BirthContent(b.birthDate(), null, b.birthPlace(), b.sex(), b.childFamilyName(),
                b.childGivenNames(), null, b.parents(), b.nameChoice(), null))), "content.birthTime", "required");
        List<FieldProblem> noMother = complete(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F",
                "Janssens", "Lotte", null, List.of(new Parent(ParentRole.FATHER, father())), null, null)));
        only(noMother, "content.parents", "required");
        only(complete(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "Q", "Janssens", "Lotte",
                null, b.parents(), b.nameChoice(), null))), "content.sex", "unknown");
    }

    @Test
    void birthParentsNeedTheirDataAndARolePair() {
        BirthContent b = Samples.birth();
        PersonDetails noData = new PersonDetails(null, null, "An", null, null, null, null);
        List<FieldProblem> p = complete(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F",
                "Janssens", "Lotte", null, List.of(new Parent(ParentRole.MOTHER, noData)), null, null)));
        has(p, "content.parents[0].person.familyName", "required");
        has(p, "content.parents[0].person.birthDate", "required");
        has(p, "content.parents[0].person.birthPlace", "required");
        assertEquals(3, p.size(), p.toString());

        PersonDetails coMother = new PersonDetails(null, "Vos", "Els", "1991-01-01", LEUVEN, "F", null);
        List<FieldProblem> both = draft(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F",
                "Janssens", "Lotte", null, List.of(new Parent(ParentRole.MOTHER, mother()),
                new Parent(ParentRole.FATHER, father()), new Parent(ParentRole.CO_MOTHER, coMother)), null, null)));
        has(both, "content.parents", "too-many");
        has(both, "content.parents[2].role", "conflict");

        PersonDetails young = new PersonDetails(null, "Peeters", "An", ACT_DATE.toString(), LEUVEN, "F", null);
        only(draft(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F", "Janssens", "Lotte", null,
                List.of(new Parent(ParentRole.MOTHER, young)), null, null))),
                "content.parents[0].person.birthDate", "not-before-child");
        only(draft(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F", "Janssens", "Lotte", null,
                List.of(new Parent(ParentRole.MOTHER, mother()), new Parent(ParentRole.MOTHER, coMother)), null, null))),
                "content.parents[1].role", "duplicate");
    }

    @Test
    void nameChoiceFatherNeedsASecondParentAndADeclarationDay() {
        BirthContent b = Samples.birth();
        List<FieldProblem> p = complete(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F",
                "Peeters", "Lotte", null, List.of(new Parent(ParentRole.MOTHER, mother())),
                new NameChoice("FATHER", null), null)));
        has(p, "content.nameChoice.choice", "no-second-parent");
        has(p, "content.nameChoice.declaredOn", "required");
        only(draft(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F", "Peeters", "Lotte", null,
                b.parents(), new NameChoice("GRANDMA", ACT_DATE), null))), "content.nameChoice.choice", "unknown");
    }

    @Test
    void placesAreBelgianMunicipalitiesOrPlacesAbroadWithACountry() {
        BirthContent b = Samples.birth();
        only(draft(Samples.draft(withPlace(b, Place.belgian("99999")))), "content.birthPlace.municipalityNis", "unknown");
        only(draft(Samples.draft(withPlace(b, new Place("24062", "Leuven", "BE")))), "content.birthPlace", "ambiguous");
        only(draft(Samples.draft(withPlace(b, Place.abroad("Liège", "BE")))), "content.birthPlace.country", "belgian");
        only(draft(Samples.draft(withPlace(b, Place.abroad("Rabat", null)))), "content.birthPlace.country", "required");
        only(draft(Samples.draft(withPlace(b, Place.abroad("Rabat", "XX")))), "content.birthPlace.country", "unknown");
        assertEquals(List.of(), complete(Samples.draft(withPlace(b, Place.abroad("Rabat", "MA")))));
    }

    private static BirthContent withPlace(BirthContent b, Place place) {
        return new BirthContent(b.birthDate(), b.birthTime(), place, b.sex(), b.childFamilyName(), b.childGivenNames(),
                null, b.parents(), b.nameChoice(), null);
    }

    // --- recognition -------------------------------------------------------------------------------------------

    @Test
    void prenatalRecognitionIsForAChildExpectedLaterWithTheMothersConsent() {
        only(draft(Samples.draft(new PrenatalRecognitionContent(mother(), father(), ParentRole.FATHER, ACT_DATE, true))),
                "content.expectedBirthDate", "not-after-act-date");
        only(draft(Samples.draft(new PrenatalRecognitionContent(mother(), father(), ParentRole.FATHER, null, false))),
                "content.motherConsent", "refused");
        only(complete(Samples.draft(new PrenatalRecognitionContent(mother(), father(), ParentRole.FATHER, null, null))),
                "content.motherConsent", "required");
        only(draft(Samples.draft(new PrenatalRecognitionContent(mother(), father(), ParentRole.MOTHER, null, true))),
                "content.recognisingRole", "not-allowed");
        only(draft(Samples.draft(new PrenatalRecognitionContent(mother(), mother(), ParentRole.FATHER, null, true))),
                "content.recognisingParent.personId", "same-person");
    }

    @Test
    void recognitionAsksTheChildsConsentFromTwelve() {
        PersonDetails eleven = Samples.adult("Peeters", "Mila", ACT_DATE.minusYears(12).plusDays(1).toString());
        PersonDetails twelve = Samples.adult("Peeters", "Mila", ACT_DATE.minusYears(12).toString());
        assertEquals(List.of(), complete(Samples.draft(new RecognitionContent(eleven, father(), ParentRole.FATHER, null,
                null, true, null))));
        only(complete(Samples.draft(new RecognitionContent(twelve, father(), ParentRole.FATHER, null, null, true, null))),
                "content.childConsent", "required");
        only(complete(Samples.draft(new RecognitionContent(twelve, father(), ParentRole.FATHER, null, null, null, true))),
                "content.motherConsent", "required");
        PersonDetails adult = Samples.adult("Peeters", "Mila", "2000-01-01");
        assertEquals(List.of(), complete(Samples.draft(new RecognitionContent(adult, father(), ParentRole.FATHER, null,
                null, null, true))), "no mother's consent for an adult child");
        PersonDetails unborn = Samples.adult("Peeters", "Mila", ACT_DATE.plusDays(2).toString());
        has(draft(Samples.draft(new RecognitionContent(unborn, father(), ParentRole.FATHER, null, null, true, null))),
                "content.child.birthDate", "after-act-date");
    }

    // --- marriage ----------------------------------------------------------------------------------------------

    @Test
    void marriageNeedsTwoAdultSpousesAndTheRegimeWithItsContract() {
        MarriageContent m = (MarriageContent) Samples.complete(ActType.MARRIAGE);
        only(complete(Samples.draft(new MarriageContent(List.of(mother()), m.marriageDate(), LEUVEN, m.witnesses(),
                MatrimonialRegime.LEGAL, null, null))), "content.spouses", "required");
        PersonDetails minor = new PersonDetails(null, "Peeters", "Lien", ACT_DATE.minusYears(17).toString(), LEUVEN,
                "F", null);
        only(draft(Samples.draft(new MarriageContent(List.of(minor, father()), m.marriageDate(), LEUVEN, List.of(),
                MatrimonialRegime.LEGAL, null, null))), "content.spouses[0].birthDate", "under-age");
        only(complete(Samples.draft(new MarriageContent(m.spouses(), m.marriageDate(), LEUVEN, List.of(),
                MatrimonialRegime.CONTRACT, null, null))), "content.marriageContractReference", "required");
        only(complete(Samples.draft(new MarriageContent(m.spouses(), m.marriageDate(), LEUVEN, List.of(),
                null, null, null))), "content.matrimonialRegime", "required");
        only(draft(Samples.draft(new MarriageContent(m.spouses(), m.marriageDate(), LEUVEN, List.of(),
                MatrimonialRegime.LEGAL, "deed 5", null))), "content.marriageContractReference", "not-applicable");
        only(draft(Samples.draft(new MarriageContent(List.of(mother(), mother()), m.marriageDate(), LEUVEN, List.of(),
                MatrimonialRegime.LEGAL, null, null))), "content.spouses[1].personId", "same-person");
        only(draft(Samples.draft(new MarriageContent(m.spouses(), ACT_DATE.plusDays(1), LEUVEN, List.of(),
                MatrimonialRegime.LEGAL, null, null))), "content.marriageDate", "after-act-date");
    }

    @Test
    void marriageWitnessesAreCountedAndNeitherSpousesNorMinors() {
        MarriageContent m = (MarriageContent) Samples.complete(ActType.MARRIAGE);
        List<PersonDetails> five = List.of(w("A"), w("B"), w("C"), w("D"), w("E"));
        only(draft(Samples.draft(new MarriageContent(m.spouses(), m.marriageDate(), LEUVEN, five,
                MatrimonialRegime.LEGAL, null, null))), "content.witnesses", "too-many");
        only(draft(Samples.draft(new MarriageContent(m.spouses(), m.marriageDate(), LEUVEN, List.of(mother()),
                MatrimonialRegime.LEGAL, null, null))), "content.witnesses[0].personId", "is-spouse");
        PersonDetails child = Samples.adult("Maes", "Kid", ACT_DATE.minusYears(10).toString());
        only(draft(Samples.draft(new MarriageContent(m.spouses(), m.marriageDate(), LEUVEN, List.of(child),
                MatrimonialRegime.LEGAL, null, null))), "content.witnesses[0].birthDate", "under-age");
        ActValidator twoWitnesses = new ActValidator(new ActRules(18, 18, 2, 4, 14, 6, 12, 16), ReferenceCatalog.load());
        only(twoWitnesses.check(Samples.draft(new MarriageContent(m.spouses(), m.marriageDate(), LEUVEN, List.of(w("A")),
                MatrimonialRegime.LEGAL, null, null)), ACT_DATE, ActValidator.Level.COMPLETE), "content.witnesses",
                "required");
    }

    private static PersonDetails w(String given) {
        return Samples.adult("Witness", given, "1970-01-01");
    }

    @Test
    void marriageDeclarationRespectsTheWaitingPeriodAndItsValidity() {
        only(draft(Samples.draft(new MarriageDeclarationContent(List.of(mother(), father()), ACT_DATE.plusDays(13)))),
                "content.intendedMarriageDate", "too-early");
        assertEquals(List.of(), draft(Samples.draft(new MarriageDeclarationContent(List.of(mother(), father()),
                ACT_DATE.plusDays(14)))));
        only(draft(Samples.draft(new MarriageDeclarationContent(List.of(mother(), father()),
                ACT_DATE.plusMonths(6).plusDays(1)))), "content.intendedMarriageDate", "too-late");
    }

    // --- divorce, death ----------------------------------------------------------------------------------------

    @Test
    void divorceRestsOnAFinalCourtDecisionAfterTheMarriage() {
        DivorceContent d = (DivorceContent) Samples.complete(ActType.DIVORCE);
        only(complete(new ActDraft("24062", null, d)), "legalBasis", "required");
        only(draft(new ActDraft("24062", new LegalBasis(LegalBasisKind.POLICE_REPORT, "PV 1", null, null), d)),
                "legalBasis.kind", "not-allowed");
        only(draft(Samples.draft(new DivorceContent(d.spouses(), null, d.marriageDate(), d.ground(), d.judgmentDate(),
                d.judgmentDate().minusDays(1)))), "content.finalOn", "before-judgment");
        only(draft(Samples.draft(new DivorceContent(d.spouses(), null, ACT_DATE.minusDays(1), d.ground(),
                ACT_DATE.minusDays(20), ACT_DATE.minusDays(5)))), "content.judgmentDate", "before-marriage");
        only(complete(Samples.draft(new DivorceContent(d.spouses(), null, null, d.ground(), d.judgmentDate(),
                d.finalOn()))), "content.marriageActNumber", "required");
        only(draft(Samples.draft(new DivorceContent(d.spouses(), d.marriageActNumber(), null, "BECAUSE",
                d.judgmentDate(), d.finalOn()))), "content.ground", "unknown");
    }

    @Test
    void deathNeedsDateNotAfterTheActNorBeforeTheBirthAndAPlace() {
        DeathContent d = (DeathContent) Samples.complete(ActType.DEATH);
        only(draft(Samples.draft(new DeathContent(d.deceased(), ACT_DATE.plusDays(1), null, LEUVEN, null))),
                "content.deathDate", "after-act-date");
        only(draft(Samples.draft(new DeathContent(d.deceased(), LocalDate.of(1930, 1, 1), null, LEUVEN, null))),
                "content.deathDate", "before-birth");
        List<FieldProblem> empty = complete(Samples.draft(new DeathContent(null, null, null, null, null)));
        has(empty, "content.deceased", "required");
        has(empty, "content.deathDate", "required");
        has(empty, "content.deathPlace", "required");
        assertEquals(3, empty.size(), empty.toString());
        assertEquals(List.of(), complete(Samples.draft(new DeathContent(d.deceased(), d.deathDate(), null, LEUVEN,
                null))), "the hour of death is optional");
    }

    // --- name, sex, nationality, adoption, foreign, amended ----------------------------------------------------

    @Test
    void nameChangeChangesSomethingOnADecision() {
        only(complete(new ActDraft("24062", null, Samples.complete(ActType.NAME_CHANGE))), "legalBasis", "required");
        only(draft(Samples.draft(new NameChangeContent(mother(), "Peeters", "An", "Peeters", null, null))),
                "content.newFamilyName", "no-change");
        only(complete(Samples.draft(new NameChangeContent(mother(), "Peeters", "An", null, null, null))),
                "content.newFamilyName", "required");
    }

    @Test
    void sexRegistrationChangeIsBetweenMAndFFromTheMinimumAge() {
        only(draft(Samples.draft(new SexRegistrationChangeContent(mother(), "F", "F", ACT_DATE, null))),
                "content.newSex", "same-as-previous");
        only(draft(Samples.draft(new SexRegistrationChangeContent(mother(), "F", "U", ACT_DATE, null))),
                "content.newSex", "unknown");
        PersonDetails fifteen = new PersonDetails(null, "Peeters", "Sam", ACT_DATE.minusYears(15).toString(), LEUVEN,
                "F", null);
        only(draft(Samples.draft(new SexRegistrationChangeContent(fifteen, "F", "M", ACT_DATE, null))),
                "content.person.birthDate", "under-age");
    }

    @Test
    void nationalityNeedsAKnownCountryAGroundAndDatesInOrder() {
        only(draft(Samples.draft(new NationalityAcquisitionContent(father(), "XX", "art. 12bis", ACT_DATE, null))),
                "content.nationality", "unknown");
        only(draft(Samples.draft(new NationalityAcquisitionContent(father(), "BE", "art. 12bis", ACT_DATE,
                ACT_DATE.minusDays(1)))), "content.effectiveDate", "before-declaration");
        only(complete(Samples.draft(new NationalityAcquisitionContent(father(), "BE", null, ACT_DATE, null))),
                "content.legalGround", "required");
    }

    @Test
    void adoptionHasOneOrTwoAdoptersOnACourtDecision() {
        AdoptionContent a = (AdoptionContent) Samples.complete(ActType.ADOPTION);
        only(draft(Samples.draft(new AdoptionContent(a.adoptee(), List.of(mother(), father(), Samples.adult("X", "Y",
                "1970-01-01")), "FULL", a.judgmentDate(), null, null))), "content.adopters", "too-many");
        only(draft(Samples.draft(new AdoptionContent(mother(), List.of(mother()), "SIMPLE", a.judgmentDate(), null,
                null))), "content.adopters[0].personId", "same-person");
        only(complete(new ActDraft("24062", null, a)), "legalBasis", "required");
    }

    @Test
    void foreignActIsForeignAndStandsForABelgianActType() {
        ForeignActContent f = (ForeignActContent) Samples.complete(ActType.FOREIGN_ACT);
        only(draft(Samples.draft(new ForeignActContent(f.equivalentType(), "BE", f.issuingAuthority(),
                f.foreignActDate(), null, f.persons(), null))), "content.country", "belgian");
        only(draft(Samples.draft(new ForeignActContent(ActType.AMENDED, "MA", f.issuingAuthority(), f.foreignActDate(),
                null, f.persons(), null))), "content.equivalentType", "not-allowed");
        only(complete(new ActDraft("24062", new LegalBasis(null, "x", null, null), f)), "legalBasis.kind", "required");
    }

    @Test
    void amendedContentIsCheckedAgainstTheOriginalsDate() {
        LocalDate original = ACT_DATE.minusDays(1);
        BirthContent corrected = Samples.birth(); // born ACT_DATE - 3, name declared ACT_DATE - 1: fine
        AmendedContent ok = new AmendedContent(null, null, ActType.BIRTH, "typo", corrected, List.of());
        List<FieldProblem> p = validator.check(Samples.draft(ok), ACT_DATE, original, ActValidator.Level.COMPLETE);
        only(p, "content.originalActId", "required");
        BirthContent late = new BirthContent(original.plusDays(1), LocalTime.NOON, LEUVEN, "F", "Janssens", "Lotte",
                null, corrected.parents(), corrected.nameChoice(), null);
        AmendedContent wrong = new AmendedContent(java.util.UUID.randomUUID(), null, ActType.BIRTH, "typo", late,
                List.of());
        only(validator.check(Samples.draft(wrong), ACT_DATE, original, ActValidator.Level.DRAFT),
                "content.corrected.birthDate", "after-act-date");
        only(validator.check(new ActDraft("24062", new LegalBasis(LegalBasisKind.POLICE_REPORT, "PV", null, null),
                Samples.complete(ActType.AMENDED)), ACT_DATE, ActValidator.Level.DRAFT), "legalBasis.kind", "not-allowed");
    }

    @Test
    void commonFieldsAreChecked() {
        only(draft(new ActDraft("00000", null, Samples.birth())), "drawnUpAt", "unknown");
        only(draft(new ActDraft("24062", null, null)), "content", "required");
        only(draft(null), "body", "required");
        BirthContent b = Samples.birth();
        only(draft(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F", "x".repeat(201), "Lotte",
                null, b.parents(), b.nameChoice(), null))), "content.childFamilyName", "length");
        only(draft(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F", "Jans\u0000sens", "Lotte",
                null, b.parents(), b.nameChoice(), null))), "content.childFamilyName", "control-characters");
        PersonDetails badDate = new PersonDetails(null, "Peeters", "An", "1990-13-01", LEUVEN, "F", null);
        has(draft(Samples.draft(new BirthContent(b.birthDate(), b.birthTime(), LEUVEN, "F", "Peeters", "Lotte", null,
                List.of(new Parent(ParentRole.MOTHER, badDate)), null, null))), "content.parents[0].person.birthDate",
                "invalid");
    }

    private static be.burgerzaken.civilstatus.api.ActContent emptyOf(ActType type) {
        return switch (type) {
            case BIRTH -> new BirthContent(null, null, null, null, null, null, null, null, null, null);
            case RECOGNITION_PRENATAL -> new PrenatalRecognitionContent(null, null, null, null, null);
            case RECOGNITION -> new RecognitionContent(null, null, null, null, null, null, null);
            case MARRIAGE_DECLARATION -> new MarriageDeclarationContent(null, null);
            case MARRIAGE -> new MarriageContent(null, null, null, null, null, null, null);
            case DIVORCE -> new DivorceContent(null, null, null, null, null, null);
            case DEATH -> new DeathContent(null, null, null, null, null);
            case NAME_CHANGE -> new NameChangeContent(null, null, null, null, null, null);
            case SEX_REGISTRATION_CHANGE -> new SexRegistrationChangeContent(null, null, null, null, null);
            case NATIONALITY_ACQUISITION -> new NationalityAcquisitionContent(null, null, null, null, null);
            case NATIONALITY_LOSS -> new be.burgerzaken.civilstatus.api.NationalityLossContent(null, null, null, null,
                    null);
            case ADOPTION -> new AdoptionContent(null, null, null, null, null, null);
            case FOREIGN_ACT -> new ForeignActContent(null, null, null, null, null, null, null);
            case AMENDED -> throw new IllegalArgumentException();
        };
    }
}
