package be.burgerzaken.civilstatus.rest;

import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.integration.FieldCatalog;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntegratorActFieldsTest {

    @Test
    void everyActTypeHasACatalogOfItsOwnInformationType() {
        assertEquals(InformationType.BIRTH, IntegratorActFields.informationType(ActType.BIRTH));
        assertEquals(InformationType.DEATH, IntegratorActFields.informationType(ActType.DEATH));
        assertEquals(InformationType.ASCENDANTS, IntegratorActFields.informationType(ActType.RECOGNITION_PRENATAL));
        assertEquals(InformationType.NAME, IntegratorActFields.informationType(ActType.NAME_CHANGE));
        assertEquals(InformationType.SEX_CHANGE, IntegratorActFields.informationType(ActType.SEX_REGISTRATION_CHANGE));
        assertEquals(InformationType.NATIONALITY, IntegratorActFields.informationType(ActType.NATIONALITY_LOSS));
        assertEquals(InformationType.CIVIL_STATUS, IntegratorActFields.informationType(ActType.DIVORCE));
        for (ActType t : ActType.values()) {
            FieldCatalog c = IntegratorActFields.catalog(t);
            assertNotNull(c, t.name());
            assertEquals(Set.of(IntegratorActFields.informationType(t)), Set.copyOf(c.fields().values()), t.name());
            assertEquals(Set.of("history"), c.history(), "earlier versions need the history authorisation");
        }
    }

    @Test
    void theCatalogNamesOnlyFieldsOfTheActAndNeverTheOfficerOrWorkflow() {
        Set<String> view = Arrays.stream(ActView.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        FieldCatalog c = IntegratorActFields.catalog(ActType.MARRIAGE);
        assertTrue(view.containsAll(c.fields().keySet()), "every catalog field exists on ActView");
        assertTrue(view.containsAll(c.always()));
        for (String never : new String[] {"officer", "signOffHash", "attachments", "allowedSteps", "createdBy",
                "updatedBy", "abandonReason", "returnRemark", "returnedBy"}) {
            assertFalse(c.fields().containsKey(never) || c.always().contains(never), never);
        }
    }
}
