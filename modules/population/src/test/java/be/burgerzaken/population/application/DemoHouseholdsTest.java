package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import be.burgerzaken.population.api.HouseholdPosition;
import org.junit.jupiter.api.Test;

import java.time.Period;
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

    // --- demo realism (issue 3, task I) ---

    @Test
    void parentsArePlausiblyOlderThanTheirChildrenAndFamiliesShareAName() {
        int families = 0;
        int named = 0;
        int compatriots = 0;
        for (DemoHouseholds.Household h : plan) {
            List<DemoHouseholds.Member> kids = h.members().stream()
                    .filter(m -> m.position() == HouseholdPosition.CHILD).toList();
            if (kids.isEmpty()) {
                continue;
            }
            families++;
            List<DemoHouseholds.Member> parents = h.members().stream()
                    .filter(m -> m.position() != HouseholdPosition.CHILD).toList();
            for (DemoHouseholds.Member parent : parents) {
                for (DemoHouseholds.Member kid : kids) {
                    int gap = Period.between(parent.person().birthDate().earliestPossible(),
                            kid.person().birthDate().earliestPossible()).getYears();
                    assertTrue(gap >= DemoHouseholds.MIN_PARENT_GAP && gap <= DemoHouseholds.MAX_PARENT_GAP,
                            "parent " + gap + " years older: " + h);
                }
            }
            String name = kids.get(0).person().familyName();
            assertTrue(kids.stream().allMatch(k -> k.person().familyName().equals(name)), "siblings share a name: " + h);
            if (parents.stream().anyMatch(p -> p.person().familyName().equals(name))) {
                named++;
            } else {
                String nationality = kids.get(0).person().nationalities().get(0);
                assertTrue(parents.size() <= 1, "a parent of another name lives alone with the children: " + h);
                if (parents.stream().anyMatch(p -> p.person().nationalities().get(0).equals(nationality))) {
                    compatriots++;
                }
            }
        }
        assertTrue(families > 100, "families with children: " + families);
        // bounded by the kernel's synthetic names: about 56% of the children have an adult of their name at a
        // plausible age; the others live with a single parent, mostly of their nationality
        assertTrue(named * 100 >= families * 45, "children take a parent's name: " + named + " of " + families);
        assertTrue((named + compatriots) * 100 >= families * 75, "name or nationality shared: " + named + " + "
                + compatriots + " of " + families);
    }

    @Test
    void partnersAreOfPlausibleAges() {
        long couples = 0;
        for (DemoHouseholds.Household h : plan) {
            List<DemoHouseholds.Member> pair = h.members().stream()
                    .filter(m -> m.position() == HouseholdPosition.REFERENCE_PERSON
                            || m.position() == HouseholdPosition.SPOUSE_OR_PARTNER).toList();
            if (h.collective() || pair.size() != 2) {
                continue;
            }
            couples++;
            int gap = Math.abs(Period.between(pair.get(0).person().birthDate().earliestPossible(),
                    pair.get(1).person().birthDate().earliestPossible()).getYears());
            assertTrue(gap <= DemoHouseholds.PARTNER_GAP, "partners " + gap + " years apart: " + h);
        }
        assertTrue(couples > 150, "couples: " + couples);
    }

    @Test
    void someHouseholdsMovedWithinTheCityBefore() {
        List<DemoHouseholds.Household> moved = plan.stream().filter(h -> h.earlier() != null).toList();
        assertTrue(moved.size() * 10 > plan.size(), "households with an earlier address: " + moved.size());
        Set<DemoHouseholds.PlannedAddress> all = new HashSet<>();
        for (DemoHouseholds.Household h : plan) {
            assertTrue(all.add(h.address()));
            if (h.earlier() != null) {
                assertTrue(all.add(h.earlier()), "an earlier address is nobody's current address");
                assertTrue(h.earlierFrom().isBefore(h.members().get(0).from()), h.toString());
                assertTrue(h.members().get(0).person().birthDate().earliestPossible().isBefore(h.earlierFrom()));
            }
        }
    }
}
