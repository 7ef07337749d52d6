package be.burgerzaken.kernel.api.integration;

import be.burgerzaken.kernel.api.access.InformationType;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grants and catalogs (the JSON filtering itself is covered by IntegratorsApiIT in the container). */
class FieldGrantTest {

    @Test
    void staffGetTheOneUnrestrictedGrant() {
        assertSame(FieldGrant.unrestricted(), FieldGrant.unrestricted());
        assertFalse(FieldGrant.unrestricted().restricted());
    }

    @Test
    void anIntegratorsGrantNamesItsFieldsTypesAndScope() {
        FieldGrant g = FieldGrant.of("c", Set.of("familyName"), Set.of("id"), Set.of(InformationType.NAME), true);
        assertTrue(g.restricted());
        assertEquals(Set.of("familyName"), g.fields());
        assertEquals(Set.of(InformationType.NAME), g.types());
        assertTrue(g.subscribedOnly());
    }

    @Test
    void theCatalogKeepsHistoryFieldsApart() {
        FieldCatalog c = FieldCatalog.builder("x").always("id").field(InformationType.NAME, "familyName")
                .history(InformationType.MAIN_RESIDENCE, "residences").build();
        assertEquals(Set.of("residences"), c.history());
        assertEquals(InformationType.MAIN_RESIDENCE, c.fields().get("residences"));
        assertEquals(Set.of("id"), c.always());
    }
}
