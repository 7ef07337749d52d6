package be.burgerzaken.app.demo;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.BirthContent;
import be.burgerzaken.civilstatus.api.MarriageContent;
import be.burgerzaken.civilstatus.api.Parent;
import be.burgerzaken.civilstatus.domain.ActRules;
import be.burgerzaken.civilstatus.domain.ActValidator;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import be.burgerzaken.kernel.api.synthetic.SyntheticPerson;
import be.burgerzaken.kernel.api.synthetic.SyntheticPopulation;
import be.burgerzaken.population.api.HouseholdComposition;
import be.burgerzaken.population.api.HouseholdMember;
import be.burgerzaken.population.application.DemoHouseholds;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo acts planned for the demo population as the population's demo data houses it. */
class CivilStatusDemoPlanTest {
    static final long SEED = 42;
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void theDemoActsRecordTheDemoFamiliesAndTheSameSeedPlansTheSameActs() {
        List<CivilStatusDemoPlan.PlannedAct> plan = plan();
        assertEquals(plan, plan(), "deterministic for the seed");
        Map<String, Long> byStatusAndType = new HashMap<>();
        plan.forEach(a -> byStatusAndType.merge(a.target() + " " + a.draft().content().actType(), 1L, Long::sum));
        assertEquals(Map.of("REGISTERED BIRTH", 6L, "REGISTERED MARRIAGE", 3L, "REGISTERED NAME_CHANGE", 1L,
                "READY_FOR_SIGNATURE BIRTH", 1L, "READY_FOR_SIGNATURE DEATH", 1L,
                "READY_FOR_SIGNATURE MARRIAGE_DECLARATION", 1L, "DRAFT BIRTH", 1L, "DRAFT MARRIAGE", 1L), byStatusAndType);
        assertEquals(1, plan.stream().filter(a -> a.correction() != null).count(), "one birth is corrected");

        Map<UUID, HouseholdComposition> households = households();
        for (CivilStatusDemoPlan.PlannedAct a : plan) {
            if (a.target() == ActStatus.REGISTERED && a.draft().content() instanceof BirthContent b) {
                assertNotNull(b.childPersonId(), "a registered birth is of a demo child: " + a.label());
                assertEquals("24062", b.birthPlace().municipalityNis());
                assertTrue(b.birthDate().isAfter(TODAY.minusYears(CivilStatusDemoPlan.YEARS_BACK + 1)));
                Set<UUID> home = new HashSet<>();
                households.get(b.childPersonId()).members().forEach(m -> home.add(m.personId()));
                for (Parent p : b.parents()) {
                    assertTrue(home.contains(p.person().personId()), "the parents live with the child: " + a.label());
                }
                assertEquals("MOTHER", b.parents().get(0).role().name());
            }
            if (a.target() == ActStatus.REGISTERED && a.draft().content() instanceof MarriageContent m) {
                UUID one = m.spouses().get(0).personId();
                assertEquals(households.get(one).householdId(),
                        households.get(m.spouses().get(1).personId()).householdId(), "spouses live together");
                assertFalse(m.marriageDate().isAfter(TODAY));
            }
        }
    }

    @Test
    void everyActToSignOrRegisterIsCompleteAndEveryDraftConsistent() {
        ActValidator validator = new ActValidator(ActRules.DEFAULTS, ReferenceCatalog.load());
        for (CivilStatusDemoPlan.PlannedAct a : plan()) {
            ActValidator.Level level = a.target() == ActStatus.DRAFT ? ActValidator.Level.DRAFT
                    : ActValidator.Level.COMPLETE;
            assertEquals(List.of(), validator.check(a.draft(), TODAY, level), a.label());
            if (a.correction() != null) {
                ActContent corrected = a.correction().corrected();
                assertEquals(ActType.BIRTH, corrected.actType());
                assertEquals(List.of(), validator.checkContent(corrected, "corrected.", TODAY,
                        ActValidator.Level.COMPLETE), a.label());
                assertFalse(corrected.equals(a.draft().content()), "the correction changes something");
            }
        }
    }

    static List<CivilStatusDemoPlan.PlannedAct> plan() {
        Map<UUID, HouseholdComposition> households = households();
        return new CivilStatusDemoPlan(persons(), households::get, TODAY, "24062", SEED).plan();
    }

    static List<SyntheticPerson> persons() {
        return new SyntheticPopulation(SEED).persons(2000).toList();
    }

    /** Who lives with whom, as the population's demo data houses them. */
    static Map<UUID, HouseholdComposition> households() {
        SyntheticPopulation population = new SyntheticPopulation(SEED);
        Map<UUID, HouseholdComposition> byPerson = new HashMap<>();
        int n = 0;
        for (DemoHouseholds.Household h : DemoHouseholds.plan(persons(), 400, SEED, population.referenceDate())) {
            UUID id = UUID.nameUUIDFromBytes(("household-" + n++).getBytes());
            List<HouseholdMember> members = h.members().stream().map(m -> new HouseholdMember(m.person().id(),
                    m.position(), m.position().code(), m.from(), null)).toList();
            HouseholdComposition c = new HouseholdComposition(id, null, h.collective(), TODAY, members, 0);
            members.forEach(m -> byPerson.put(m.personId(), c));
        }
        return byPerson;
    }
}
