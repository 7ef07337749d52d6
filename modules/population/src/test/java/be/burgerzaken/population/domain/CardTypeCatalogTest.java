package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.CardCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The card-type list of domain brief §3, as data with names in nl/fr/en. */
class CardTypeCatalogTest {
    private final CardTypeCatalog catalog = CardTypeCatalog.standard();

    @Test
    void holdsTheTypesOfTheDomainBrief() {
        assertEquals(List.of("EID", "KIDS_ID", "A", "B", "K", "L", "H", "I", "J", "M", "M+", "N", "EU", "EU+", "F", "F+"),
                catalog.codes());
        assertEquals(CardCategory.EID, catalog.find("eid").orElseThrow().category());
        assertEquals(CardCategory.FOREIGNER_CARD, catalog.find(" eu+ ").orElseThrow().category());
        assertTrue(catalog.find("C").isEmpty(), "C and D were replaced by K and L");
    }

    @Test
    void everyTypeHasThreeNamesAndOnlyTheEidIsFullyVerified() {
        for (CardType t : catalog.all()) {
            assertFalse(t.nameNl().isBlank() || t.nameFr().isBlank() || t.nameEn().isBlank(), t.code());
            assertEquals(t.code().equals("EID"), t.verified(), t.code());
        }
        assertTrue(catalog.find("EID").orElseThrow().forBelgians());
        assertFalse(catalog.find("F").orElseThrow().forBelgians());
        assertFalse(catalog.find("KIDS_ID").orElseThrow().fingerprintsRequired());
    }
}
