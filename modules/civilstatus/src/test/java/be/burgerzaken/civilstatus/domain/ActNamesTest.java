package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.NamedPerson;
import be.burgerzaken.civilstatus.api.PersonDetails;
import be.burgerzaken.civilstatus.api.SubjectRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActNamesTest {

    @Test
    void keysIgnoreCaseDiacriticsSpacesAndPunctuation() {
        assertEquals("celik", ActNames.key("Çelik"));
        assertEquals("vandenbroeck", ActNames.key("Van den Broeck"));
        assertEquals("dhondtmuller", ActNames.key("D'Hondt-Müller"));
        assertEquals("", ActNames.key(null));
        assertEquals("", ActNames.key(" - "));
        assertTrue(ActNames.key("Van den Broeck").startsWith(ActNames.key("van den")), "found by its beginning");
    }

    @Test
    void aBirthActNamesTheChildByItsNamesEvenWithoutAPersonInTheRegister() {
        BirthContent birth = (BirthContent) Samples.complete(ActType.BIRTH);
        List<NamedPerson> persons = ActPersons.of(birth);
        assertEquals(List.of(SubjectRole.CHILD, SubjectRole.MOTHER, SubjectRole.FATHER),
                persons.stream().map(NamedPerson::role).toList());
        assertEquals("Janssens", persons.get(0).familyName());
        assertEquals(null, persons.get(0).personId(), "the child is not in the register yet");
        assertEquals(List.of(new ActNames.Key(SubjectRole.CHILD, "janssens", "lotte"),
                new ActNames.Key(SubjectRole.MOTHER, "peeters", "an"),
                new ActNames.Key(SubjectRole.FATHER, "janssens", "bart")), ActNames.of(birth));
    }

    @Test
    void emptySlotsOfADraftNameNobody() {
        MarriageContent m = new MarriageContent(List.of(new PersonDetails(null, null, null, null, null, null, null),
                PersonDetails.of(null, "Maes", "Tom", null, null)), null, null, null, null, null, null);
        assertEquals(1, ActPersons.of(m).size());
        assertEquals(List.of(new ActNames.Key(SubjectRole.SPOUSE, "maes", "tom")), ActNames.of(m));
        for (ActType type : ActType.values()) {
            assertTrue(!ActPersons.of(Samples.complete(type)).isEmpty(), type + " names persons");
        }
    }
}
