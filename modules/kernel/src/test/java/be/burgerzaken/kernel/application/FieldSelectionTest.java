package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.integration.FieldCatalog;
import be.burgerzaken.kernel.api.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which fields a request asks for: the {@code fields} parameter against a catalog. */
class FieldSelectionTest {
    static final FieldCatalog CATALOG = FieldCatalog.builder("resident file").always("personId")
            .field(InformationType.MAIN_RESIDENCE, "residence").history(InformationType.MAIN_RESIDENCE, "residences")
            .field(InformationType.HOUSEHOLD, "household").build();

    @Test
    void noFieldsMeansEveryCurrentFieldAndHistoryOnlyWhenAsked() {
        assertEquals(Set.of("residence", "household"), IntegratorAccessService.asked(CATALOG, null, false));
        assertEquals(Set.of("residence", "household"), IntegratorAccessService.asked(CATALOG, " ", false));
        assertEquals(Set.of("residence", "residences", "household"), IntegratorAccessService.asked(CATALOG, "", true));
    }

    @Test
    void namedFieldsAreTrimmedAndAlwaysFieldsIgnored() {
        assertEquals(Set.of("residence"), IntegratorAccessService.asked(CATALOG, " residence ,personId,", false));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> IntegratorAccessService.asked(CATALOG, "residence,civilStatus", false));
        assertTrue(e.getMessage().contains("civilStatus"), e.getMessage());
    }
}
