package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.person.IdentityFact;
import be.burgerzaken.kernel.api.person.ParentLink;
import be.burgerzaken.kernel.api.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PARENTS fact (filiation): its value's rules, and the parents valid on a date from its history. */
class ParentsFactTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final String MOTHER = "00000000-0000-0000-0000-00000000000a";
    static final String FATHER = "00000000-0000-0000-0000-00000000000b";

    static Map<String, Object> link(String role, String personId, String name, String basis) {
        Map<String, Object> m = new HashMap<>();
        m.put("role", role);
        m.put("personId", personId);
        m.put("name", name);
        m.put("basisReference", basis);
        return m;
    }

    @Test
    @SuppressWarnings("unchecked")
    void parentsHaveARoleAndAPersonOrANameAndTheirAct() {
        Map<String, Object> v = FactValues.normalise(IdentityFact.PARENTS, Map.of("parents", List.of(
                link("mother", MOTHER, " Peeters, An ", "2026/BIRTH/000001"),
                link("FATHER", null, "Maes, Jan", "2026/RECOGNITION/000004"))), "value.", TODAY);
        List<Map<String, Object>> parents = (List<Map<String, Object>>) v.get("parents");
        assertEquals("MOTHER", parents.get(0).get("role"));
        assertEquals("Peeters, An", parents.get(0).get("name"));
        assertEquals(MOTHER, parents.get(0).get("personId"));
        assertNull(parents.get(1).get("personId"));
        assertEquals("2026/RECOGNITION/000004", parents.get(1).get("basisReference"));
        // no filiation established is a value too
        assertEquals(List.of(), FactValues.normalise(IdentityFact.PARENTS, new HashMap<>(), "value.", TODAY)
                .get("parents"));
    }

    @Test
    void aParentNeedsAKnownRoleAPersonOrNameAndAtMostOneMotherAndOneOtherParentByBirth() {
        ValidationException role = assertThrows(ValidationException.class, () -> FactValues.normalise(
                IdentityFact.PARENTS, Map.of("parents", List.of(link("UNCLE", MOTHER, null, null))), "value.", TODAY));
        assertEquals("value.parents[0].role", role.problems().get(0).field());
        ValidationException nobody = assertThrows(ValidationException.class, () -> FactValues.normalise(
                IdentityFact.PARENTS, Map.of("parents", List.of(link("MOTHER", null, " ", null))), "value.", TODAY));
        assertEquals("value.parents[0].name", nobody.problems().get(0).field());
        ValidationException twice = assertThrows(ValidationException.class, () -> FactValues.normalise(
                IdentityFact.PARENTS, Map.of("parents", List.of(link("MOTHER", MOTHER, null, null),
                        link("ADOPTIVE_PARENT", MOTHER, null, null))), "value.", TODAY));
        assertEquals("duplicate", twice.problems().get(0).code());
        ValidationException twoFathers = assertThrows(ValidationException.class, () -> FactValues.normalise(
                IdentityFact.PARENTS, Map.of("parents", List.of(link("FATHER", FATHER, null, null),
                        link("CO_MOTHER", null, "Claes, Els", null))), "value.", TODAY));
        assertEquals("too-many-by-birth", twoFathers.problems().get(0).code());
        // two parents by birth and two adoptive parents (a simple adoption keeps the first): allowed
        FactValues.normalise(IdentityFact.PARENTS, Map.of("parents", List.of(link("MOTHER", MOTHER, null, null),
                link("FATHER", FATHER, null, null), link("ADOPTIVE_PARENT", null, "A", null),
                link("ADOPTIVE_PARENT", null, "B", null))), "value.", TODAY);
        ValidationException five = assertThrows(ValidationException.class, () -> FactValues.normalise(
                IdentityFact.PARENTS, Map.of("parents", List.of(link("MOTHER", MOTHER, null, null),
                        link("FATHER", FATHER, null, null), link("ADOPTIVE_PARENT", null, "A", null),
                        link("ADOPTIVE_PARENT", null, "B", null), link("ADOPTIVE_PARENT", null, "C", null))),
                "value.", TODAY));
        assertEquals("too-many", five.problems().get(0).code());
    }

    @Test
    void theStoredValueReadsBackAsLinksWithTheirAct() {
        Map<String, Object> v = FactValues.normalise(IdentityFact.PARENTS, Map.of("parents", List.of(
                link("MOTHER", MOTHER, "Peeters, An", "2026/BIRTH/000001"),
                link("FATHER", null, "Maes, Jan", null))), "", TODAY);
        List<ParentLink> links = PersonReadModel.parentLinks(v);
        assertEquals(List.of(new ParentLink("MOTHER", UUID.fromString(MOTHER), "Peeters, An", "2026/BIRTH/000001"),
                new ParentLink("FATHER", null, "Maes, Jan", null)), links);
        assertTrue(PersonReadModel.parentLinks(null).isEmpty(), "none recorded");
    }
}
