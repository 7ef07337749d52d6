package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.kernel.api.person.ParentLink;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.burgerzaken.civilstatus.domain.Samples.FATHER_ID;
import static be.burgerzaken.civilstatus.domain.Samples.LEUVEN;
import static be.burgerzaken.civilstatus.domain.Samples.MOTHER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The parents a birth, a recognition and an adoption record in the kernel, each link with its act. */
class FiliationEffectsTest {
    static final PersonDetails MOTHER = PersonDetails.of(MOTHER_ID, "Peeters", "An", "1990-01-02", LEUVEN);
    static final PersonDetails FATHER = PersonDetails.of(FATHER_ID, "Maes", "Jan", "1989-03-04", LEUVEN);
    static final PersonDetails OTHER = PersonDetails.of(UUID.randomUUID(), "Claes", "Piet", "1985-05-06", LEUVEN);
    static final PersonDetails NAMED_ONLY = PersonDetails.of(null, "Dubois", "Marc", "1980-07-08", null);

    static BirthContent birth(List<Parent> parents, String recognition) {
        return new BirthContent(LocalDate.of(2026, 3, 1), null, LEUVEN, "F", "Peeters", "Lotte", null, parents, null,
                recognition);
    }

    @Test
    void aBirthRecordsTheParentsItNamesOnItsAct() {
        List<ParentLink> links = EffectRules.birthParents(birth(List.of(new Parent(ParentRole.MOTHER, MOTHER),
                new Parent(ParentRole.FATHER, NAMED_ONLY)), null), "2026/BIRTH/000007", null, List.of());
        assertEquals(List.of(new ParentLink("MOTHER", MOTHER_ID, "Peeters, An", "2026/BIRTH/000007"),
                new ParentLink("FATHER", null, "Dubois, Marc", "2026/BIRTH/000007")), links);
    }

    @Test
    void aParentRecognisedBeforeTheBirthRestsOnThePrenatalRecognitionAlsoWhenTheBirthDoesNotNameThem() {
        EffectRules.PrenatalLink prenatal = new EffectRules.PrenatalLink(ParentRole.FATHER, FATHER,
                "2026/RECOGNITION_PRENATAL/000002");
        List<ParentLink> named = EffectRules.birthParents(birth(List.of(new Parent(ParentRole.MOTHER, MOTHER),
                new Parent(ParentRole.FATHER, FATHER)), "2026/RECOGNITION_PRENATAL/000002"), "2026/BIRTH/000007",
                prenatal, List.of());
        assertEquals("2026/RECOGNITION_PRENATAL/000002", named.get(1).basisReference());
        assertEquals("2026/BIRTH/000007", named.get(0).basisReference());
        List<ParentLink> unnamed = EffectRules.birthParents(birth(List.of(new Parent(ParentRole.MOTHER, MOTHER)),
                "2026/RECOGNITION_PRENATAL/000002"), "2026/BIRTH/000007", prenatal, List.of());
        assertEquals(List.of(new ParentLink("MOTHER", MOTHER_ID, "Peeters, An", "2026/BIRTH/000007"),
                new ParentLink("FATHER", FATHER_ID, "Maes, Jan", "2026/RECOGNITION_PRENATAL/000002")), unnamed);
    }

    @Test
    void aRecognitionAddsTheParentFromBirthAndTheMotherFromTheBirthActWhenNoneIsRecorded() {
        List<ParentLink> first = EffectRules.afterRecognition(ParentRole.FATHER, FATHER, MOTHER, "2026/BIRTH/000007",
                "2026/RECOGNITION/000003", List.of());
        assertEquals(List.of(new ParentLink("MOTHER", MOTHER_ID, "Peeters, An", "2026/BIRTH/000007"),
                new ParentLink("FATHER", FATHER_ID, "Maes, Jan", "2026/RECOGNITION/000003")), first);
        List<ParentLink> known = List.of(new ParentLink("MOTHER", MOTHER_ID, "Peeters, An", "2026/BIRTH/000007"));
        assertEquals(2, EffectRules.afterRecognition(ParentRole.CO_MOTHER, OTHER, MOTHER, null,
                "2026/RECOGNITION/000004", known).size());
    }

    @Test
    void aRecognitionCannotEstablishASecondFatherOrCoMother() {
        List<ParentLink> current = List.of(new ParentLink("MOTHER", MOTHER_ID, "Peeters, An", "2026/BIRTH/000007"),
                new ParentLink("FATHER", FATHER_ID, "Maes, Jan", "2026/BIRTH/000007"));
        FieldProblem father = EffectRules.recognitionConflict(ParentRole.FATHER, OTHER, current);
        assertNotNull(father);
        assertEquals("content.recognisingRole", father.field());
        assertEquals("parent-already-established", father.code());
        assertNotNull(EffectRules.recognitionConflict(ParentRole.CO_MOTHER, OTHER, current), "a father already");
        assertNull(EffectRules.recognitionConflict(ParentRole.FATHER, FATHER, current), "the same father again");
        assertNull(EffectRules.recognitionConflict(ParentRole.FATHER, OTHER, current.subList(0, 1)));
    }

    @Test
    void aSimpleAdoptionKeepsTheParentsOfOriginAFullOneEndsThem() {
        List<ParentLink> origin = List.of(new ParentLink("MOTHER", MOTHER_ID, "Peeters, An", "2026/BIRTH/000007"));
        List<ParentLink> simple = EffectRules.afterAdoption("SIMPLE", List.of(OTHER), "2026/ADOPTION/000001", origin);
        assertEquals(2, simple.size());
        assertEquals(new ParentLink("ADOPTIVE_PARENT", OTHER.personId(), "Claes, Piet", "2026/ADOPTION/000001"),
                simple.get(1));
        List<ParentLink> full = EffectRules.afterAdoption("FULL", List.of(OTHER, NAMED_ONLY), "2026/ADOPTION/000001",
                origin);
        assertEquals(List.of("ADOPTIVE_PARENT", "ADOPTIVE_PARENT"), full.stream().map(ParentLink::role).toList());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> value = (List<Map<String, Object>>) EffectRules.parentsValue(full).get("parents");
        assertEquals(OTHER.personId().toString(), value.get(0).get("personId"));
        assertNull(value.get(1).get("personId"));
        assertEquals("2026/ADOPTION/000001", value.get(1).get("basisReference"));
    }
}
