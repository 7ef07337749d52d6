package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActDraft;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.Amendment;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.LegalBasis;
import be.burgerzaken.civilstatus.api.LegalBasisKind;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.ParentRole;
import be.burgerzaken.civilstatus.domain.Samples;
import be.burgerzaken.kernel.api.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActFormTest {
    static final UUID MOTHER = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    @Test
    void everyActTypeReadsBackAsItWasLoaded() {
        for (ActType type : ActType.values()) {
            if (type == ActType.AMENDED) {
                continue;
            }
            ActContent content = Samples.complete(type);
            LegalBasis basis = Samples.basis(type);
            ActForm form = ActForm.of(view(type, content, basis));
            ActDraft draft = form.draft();
            assertEquals(content, draft.content(), type + " content");
            assertEquals(basis, draft.legalBasis(), type + " basis");
            assertEquals("24062", draft.drawnUpAt());
        }
    }

    @Test
    void anAmendedDraftEditsTheCorrectedContentOfTheOriginalsType() {
        UUID original = UUID.randomUUID();
        BirthContent corrected = (BirthContent) Samples.complete(ActType.BIRTH);
        ActContent amended = new AmendedContent(original, "2026/BIRTH/1", ActType.BIRTH, "typo", corrected, List.of());
        ActForm form = ActForm.of(view(ActType.AMENDED, amended, Samples.basis(ActType.AMENDED)));
        assertEquals(ActType.BIRTH, form.getType());
        assertEquals("typo", form.getValues().get("reason"));
        form.getValues().put("childGivenNames", "Lotta");
        AmendedContent back = assertInstanceOf(AmendedContent.class, form.amendedDraft(original).content());
        assertEquals(original, back.originalActId());
        assertEquals("Lotta", ((BirthContent) back.corrected()).childGivenNames());
        assertEquals("childGivenNames", form.inputId("content.corrected.childGivenNames"));
        assertEquals("reason", form.inputId("content.reason"));
    }

    @Test
    void anAmendmentStartsFromTheActAsItStandsNow() {
        BirthContent now = (BirthContent) Samples.complete(ActType.BIRTH);
        ActForm form = ActForm.amending(view(ActType.BIRTH, now, null), "24062");
        form.getValues().put("birthTime", "05:35");
        form.getValues().put("reason", "hour typed wrong");
        form.getValues().put("legalBasis.kind", "DECLARATION");
        form.getValues().put("legalBasis.reference", "verklaring 12");
        Amendment a = form.amendment();
        assertEquals(LocalTime.of(5, 35), ((BirthContent) a.corrected()).birthTime());
        assertEquals("hour typed wrong", a.reason());
        assertEquals(LegalBasisKind.DECLARATION, a.legalBasis().kind());
        assertEquals("birthTime", form.inputId("corrected.birthTime"));
    }

    @Test
    void aTypedBirthBecomesTheBirthContentWithTheMotherPickedFromTheRegister() {
        ActForm form = ActForm.empty(ActType.BIRTH, "24062");
        form.getValues().put("birthDate", "2026-03-08");
        form.getValues().put("birthTime", "4:35");
        form.getValues().put("sex", "F");
        form.getValues().put("childFamilyName", " Peeters ");
        form.getValues().put("childGivenNames", "Lotte");
        PersonInput mother = form.getPersons().get("parents[0]");
        mother.setPick("Peeters, An · 1990-04-12 · F [" + MOTHER + "]");
        mother.setFamilyName("Peeters");
        mother.setGivenNames("An");
        mother.setBirthDate("1990-04-12");
        mother.setBirthPlaceNis("24062");
        form.getValues().put("nameChoice.choice", "MOTHER");
        form.getValues().put("nameChoice.declaredOn", "2026-03-09");
        BirthContent b = (BirthContent) form.draft().content();
        assertEquals(LocalDate.of(2026, 3, 8), b.birthDate());
        assertEquals(LocalTime.of(4, 35), b.birthTime());
        assertEquals("24062", b.birthPlace().municipalityNis());
        assertEquals("Peeters", b.childFamilyName());
        assertEquals(1, b.parents().size(), "the empty second parent is left out");
        assertEquals(ParentRole.MOTHER, b.parents().get(0).role());
        assertEquals(MOTHER, b.parents().get(0).person().personId());
        assertEquals("MOTHER", b.nameChoice().choice());
        assertNull(form.draft().legalBasis(), "no basis typed, none sent");
    }

    @Test
    void aValueThatCannotBeReadIsAProblemOnItsOwnInput() {
        ActForm form = ActForm.empty(ActType.BIRTH, "24062");
        form.getValues().put("birthDate", "8 maart");
        form.getValues().put("birthTime", "25:99");
        form.getValues().put("childPersonId", "not-an-id");
        form.getValues().put("legalBasis.effectiveDate", "gisteren");
        ValidationException e = assertThrows(ValidationException.class, form::draft);
        List<String> fields = e.problems().stream().map(p -> p.field()).toList();
        assertEquals(List.of("content.birthDate", "content.birthTime", "content.childPersonId",
                "legalBasis.effectiveDate"), fields);
        assertEquals(List.of("birthDate", "birthTime", "childPersonId", "legalBasis_effectiveDate"),
                fields.stream().map(form::inputId).toList());
    }

    @Test
    void problemsOfListsLandOnTheSlotThePersonWasTypedIn() {
        ActForm form = ActForm.empty(ActType.MARRIAGE, "24062");
        form.getPersons().get("witnesses[1]").setFamilyName("Maes");
        form.getPersons().get("witnesses[3]").setFamilyName("Claes");
        MarriageContent m = (MarriageContent) form.draft().content();
        assertEquals(2, m.witnesses().size());
        // the facade counts the witnesses it got: the second one is the fourth slot
        assertEquals("witnesses_3_birthDate", form.inputId("content.witnesses[1].birthDate"));
        assertEquals("witnesses_1_pick", form.inputId("content.witnesses[0].personId"));
        assertEquals("witnesses", form.inputId("content.witnesses"));
        assertEquals("spouses_0_familyName", form.inputId("content.spouses[0]"));
        assertEquals("marriagePlace_nis", form.inputId("content.marriagePlace"));
        assertEquals("marriagePlace_country", form.inputId("content.marriagePlace.country"));

        ActForm birth = ActForm.empty(ActType.BIRTH, "24062");
        birth.getPersons().get("parents[1]").setFamilyName("Janssens");
        birth.getValues().put("parents[1].role", "FATHER");
        birth.draft();
        assertEquals("parents_1_birthPlace_nis", birth.inputId("content.parents[0].person.birthPlace"));
        assertEquals("parents_1_birthPlace_foreign", birth.inputId("content.parents[0].person.birthPlace.foreignPlace"));
        assertEquals("parents_1_role", birth.inputId("content.parents[0].role"));
        assertEquals("parents", birth.inputId("content.parents"));
        assertEquals("nameChoice_declaredOn", birth.inputId("content.nameChoice.declaredOn"));
        assertEquals("nameChoice_choice", birth.inputId("content.nameChoice"));
        assertEquals("legalBasis_kind", birth.inputId("legalBasis"));
        assertEquals("drawnUpAt", birth.inputId("drawnUpAt"));
        assertNull(birth.inputId("content.type"));
        assertNull(birth.inputId("body"));
    }

    @Test
    void everyInputAProblemLandsOnIsRendered() {
        for (ActType type : ActType.values()) {
            if (type == ActType.AMENDED) {
                continue;
            }
            ActForm form = ActForm.of(view(type, Samples.complete(type), Samples.basis(type)));
            form.draft();
            java.util.Map<String, String> flat = be.burgerzaken.civilstatus.domain.ContentDiff
                    .flatten(Samples.complete(type));
            for (String path : flat.keySet()) {
                String id = form.inputId("content." + path);
                assertTrue(form.inputIds().contains(id), type + ": content." + path + " -> " + id);
            }
        }
    }

    @Test
    void theGenericFormFollowsTheContentRecord() {
        ActForm form = ActForm.empty(ActType.ADOPTION, "24062");
        assertEquals(List.of("adoptee", "adopters", "kind", "judgmentDate", "court", "adopteeNewFamilyName"),
                form.getFields().stream().map(ActForm.Field::key).toList());
        assertEquals(ActForm.Kind.PERSON, form.field("adoptee").kind());
        assertEquals(ActForm.Kind.PERSONS, form.field("adopters").kind());
        assertEquals(List.of("SIMPLE", "FULL"), form.field("kind").options());
        assertEquals(ActForm.Kind.DATE, form.field("judgmentDate").kind());
        ActForm foreign = ActForm.empty(ActType.FOREIGN_ACT, "24062");
        assertEquals(ActForm.Kind.LONG_TEXT, foreign.field("summary").kind());
        assertTrue(foreign.field("equivalentType").options().contains("MARRIAGE"));
        ActForm recognition = ActForm.empty(ActType.RECOGNITION, "24062");
        assertEquals(ActForm.Kind.BOOLEAN, recognition.field("motherConsent").kind());
        assertEquals(List.of("MOTHER", "FATHER", "CO_MOTHER"), recognition.field("recognisingRole").options());
    }

    static ActView view(ActType type, ActContent content, LegalBasis basis) {
        return new ActView(UUID.randomUUID(), type, ActStatus.DRAFT, null, null, null, null, null, "24062", "Leuven",
                null, null, null, basis, content, List.of(), List.of(), null, null, null, List.of(), List.of(), null,
                "clerk", null, "clerk", 3, null, null, null, List.of());
    }
}
