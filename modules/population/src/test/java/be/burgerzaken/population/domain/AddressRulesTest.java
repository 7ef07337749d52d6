package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressRulesTest {

    @Test
    void acceptsBelgianHouseNumbersAndNormalisesOneLetter() {
        List<FieldProblem> problems = new ArrayList<>();
        assertEquals("12A", AddressRules.check("1020", "12a", null, "address.", problems).houseNumber());
        assertEquals("12bis", AddressRules.check("1020", "12bis", " ", "address.", problems).houseNumber());
        assertEquals("12-14", AddressRules.check("1020", "12-14", "0101", "address.", problems).houseNumber());
        assertEquals("", AddressRules.check("1020", "3", "", "address.", problems).box());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void refusesHouseNumberWithoutStreet() {
        List<FieldProblem> problems = new ArrayList<>();
        assertNull(AddressRules.check(" ", "12", null, "address.", problems));
        assertEquals(List.of(new FieldProblem("address.streetCode", "required-with-house-number",
                "house number 12 needs a street: give the street code")), problems);
    }

    @Test
    void namesEveryBadField() {
        List<FieldProblem> problems = new ArrayList<>();
        AddressRules.check(null, "A12", "far too long box", "", problems);
        assertEquals(List.of("streetCode/required-with-house-number", "houseNumber/invalid", "box/invalid"),
                problems.stream().map(p -> p.field() + "/" + p.code()).toList());
    }
}
