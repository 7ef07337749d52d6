package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.person.IdentityFact;
import be.burgerzaken.kernel.api.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The CIVIL_STATUS fact's value: a known status, an optional partner, none for a single person. */
class CivilStatusFactTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final String PARTNER = "00000000-0000-0000-0000-00000000000b";

    @Test
    void aCivilStatusHasAKnownStatusAndAnOptionalPartner() {
        Map<String, Object> v = FactValues.normalise(IdentityFact.CIVIL_STATUS,
                Map.of("status", "married", "partnerId", PARTNER, "partnerName", " Janssens, Bart "), "value.",
                TODAY);
        assertEquals("MARRIED", v.get("status"));
        assertEquals(PARTNER, v.get("partnerId"));
        assertEquals("Janssens, Bart", v.get("partnerName"));
        Map<String, Object> widowed = FactValues.normalise(IdentityFact.CIVIL_STATUS, Map.of("status", "WIDOWED"),
                "value.", TODAY);
        assertNull(widowed.get("partnerId"));

        ValidationException unknown = assertThrows(ValidationException.class, () -> FactValues.normalise(
                IdentityFact.CIVIL_STATUS, Map.of("status", "LEGALLY_COHABITING"), "value.", TODAY));
        assertEquals("value.status", unknown.problems().get(0).field());
        assertEquals("invalid", unknown.problems().get(0).code());
        ValidationException missing = assertThrows(ValidationException.class, () -> FactValues.normalise(
                IdentityFact.CIVIL_STATUS, new HashMap<>(), "value.", TODAY));
        assertEquals("required", missing.problems().get(0).code());
        ValidationException badPartner = assertThrows(ValidationException.class, () -> FactValues.normalise(
                IdentityFact.CIVIL_STATUS, Map.of("status", "MARRIED", "partnerId", "nobody"), "value.", TODAY));
        assertEquals("value.partnerId", badPartner.problems().get(0).field());
        ValidationException single = assertThrows(ValidationException.class, () -> FactValues.normalise(
                IdentityFact.CIVIL_STATUS, Map.of("status", "SINGLE", "partnerId", PARTNER), "value.", TODAY));
        assertEquals("not-applicable", single.problems().get(0).code());
    }
}
