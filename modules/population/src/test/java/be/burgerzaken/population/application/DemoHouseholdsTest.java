package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import be.burgerzaken.population.api.HouseholdPosition;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoHouseholdsTest {
    final SyntheticPopulation population = new SyntheticPopulation(42);
    final List<SyntheticPerson> persons = population.persons(2000).toList();
    final List<DemoHouseholds.Household> plan = DemoHouseholds.plan(persons, 87, 42, population.referenceDate());

    @Test
    void everyoneLivesInExactlyOneHouseholdWithOneReferencePerson() {
        Set<Object> housed = new HashSet<>();
        for (DemoHouseholds.Household h : plan) {
            assertEquals(1, h.members().stream().filter(m -> m.position() == HouseholdPosition.REFERENCE_PERSON).count());
            h.members().forEach(m -> assertTrue(housed.add(m.person().id()), "housed twice: " + m.person().id()));
            h.members().forEach(m -> assertTrue(!m.from().isAfter(population.referenceDate())));
        }
        assertEquals(persons.size(), housed.size());
    }

    @Test
    void householdSizesLookBelgianAndAddressesAreUnique() {
        List<DemoHouseholds.Household> regular = plan.stream().filter(h -> !h.collective()).toList();
        double average = regular.stream().mapToInt(h -> h.members().size()).average().orElseThrow();
        assertTrue(average > 1.8 && average < 2.8, "average household size " + average);
        long singles = regular.stream().filter(h -> h.members().size() == 1).count();
        assertTrue(singles > regular.size() / 4, "many people live alone: " + singles + " of " + regular.size());
        assertTrue(plan.stream().filter(DemoHouseholds.Household::collective).count() >= 1, "a care home");
        assertEquals(plan.size(), plan.stream().map(DemoHouseholds.Household::address).distinct().count());
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertEquals(plan, DemoHouseholds.plan(population.persons(2000).toList(), 87, 42, population.referenceDate()));
    }
}
