package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.FieldChange;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.api.ParentRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentDiffTest {

    @Test
    void namesEveryChangedLeafWithItsPath() {
        BirthContent b = Samples.birth();
        BirthContent c = new BirthContent(b.birthDate(), b.birthTime(), b.birthPlace(), b.sex(), b.childFamilyName(),
                "Lotte Marie", null, List.of(b.parents().get(0)), b.nameChoice(), "2026/RECOGNITION_PRENATAL/3");
        List<FieldChange> changes = ContentDiff.diff(b, c);
        assertEquals(new FieldChange("childGivenNames", "Lotte", "Lotte Marie"), changes.get(0));
        assertEquals(new FieldChange("parents[1].role", "FATHER", null), changes.get(1));
        assertEquals(new FieldChange("parents[1].person.personId", Samples.FATHER_ID.toString(), null), changes.get(2));
        assertEquals("recognitionActNumber", changes.get(changes.size() - 1).field());
        assertEquals("2026/RECOGNITION_PRENATAL/3", changes.get(changes.size() - 1).after());
        assertEquals(List.of(), ContentDiff.diff(b, Samples.birth()));
    }

    @Test
    void flattensNestedRecordsAndLists() {
        var flat = ContentDiff.flatten(new Parent(ParentRole.MOTHER, Samples.mother()));
        assertEquals("MOTHER", flat.get("role"));
        assertEquals("Peeters", flat.get("person.familyName"));
        assertEquals("24062", flat.get("person.birthPlace.municipalityNis"));
        assertEquals(null, flat.get("person.birthPlace.country"), "empty values are left out");
    }
}
