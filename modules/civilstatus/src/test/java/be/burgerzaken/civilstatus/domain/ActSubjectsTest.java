package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.api.SubjectRole;
import be.burgerzaken.kernel.api.access.InformationType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActSubjectsTest {

    @Test
    void theIndexNamesTheKernelPersonsWithTheirRole() {
        assertEquals(List.of(new Subject(Samples.MOTHER_ID, SubjectRole.MOTHER),
                new Subject(Samples.FATHER_ID, SubjectRole.FATHER)), ActSubjects.of(Samples.birth()));
        assertEquals(List.of(new Subject(Samples.MOTHER_ID, SubjectRole.SPOUSE),
                new Subject(Samples.FATHER_ID, SubjectRole.SPOUSE)), ActSubjects.of(Samples.complete(ActType.MARRIAGE)));
        assertEquals(List.of(), ActSubjects.of(Samples.complete(ActType.DEATH)), "no kernel person named");
        assertEquals(ActSubjects.of(Samples.birth()), ActSubjects.of(Samples.complete(ActType.AMENDED)),
                "an amended act names the persons of its corrected content");
    }

    @Test
    void everyActHoldsCivilStatusAndWhatItsTypeAdds() {
        for (ActType t : ActType.values()) {
            assertTrue(ActSubjects.informationTypes(Samples.complete(t)).contains(InformationType.CIVIL_STATUS), t.name());
        }
        assertTrue(ActSubjects.informationTypes(Samples.complete(ActType.DEATH)).contains(InformationType.DEATH));
        assertEquals(Set.of(InformationType.CIVIL_STATUS, InformationType.SEX_CHANGE, InformationType.SEX),
                ActSubjects.informationTypes(Samples.complete(ActType.SEX_REGISTRATION_CHANGE)));
        assertEquals(Samples.ACT_DATE.minusDays(3), ActSubjects.eventDate(Samples.birth()));
        assertEquals(Samples.ACT_DATE, ActSubjects.eventDate(Samples.complete(ActType.MARRIAGE)));
    }
}
