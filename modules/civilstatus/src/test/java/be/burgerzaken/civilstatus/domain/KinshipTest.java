package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.civilstatus.api.RequesterRelation;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.api.SubjectRole;
import be.burgerzaken.civilstatus.domain.Kinship.ActFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations confirmed by the registered acts: the person, parents and grandparents, children and grandchildren
 * (birth, recognition, adoption), spouses until a divorce, the surviving spouse of a death act, the legal
 * representative of a minor; never heirs, notaries or lawyers.
 */
class KinshipTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    final UUID grandma = UUID.randomUUID();
    final UUID mother = UUID.randomUUID();
    final UUID father = UUID.randomUUID();
    final UUID child = UUID.randomUUID();
    final UUID baby = UUID.randomUUID();
    final UUID adopted = UUID.randomUUID();
    final UUID stranger = UUID.randomUUID();
    final UUID exSpouse = UUID.randomUUID();
    final List<ActFacts> acts = new ArrayList<>();

    ActFacts act(ActType type, LocalDate drawnUp, LocalDate event, Object... personsAndRoles) {
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < personsAndRoles.length; i += 2) {
            subjects.add(new Subject((UUID) personsAndRoles[i], (SubjectRole) personsAndRoles[i + 1]));
        }
        ActFacts f = new ActFacts(UUID.randomUUID(), type, drawnUp, event, subjects);
        acts.add(f);
        return f;
    }

    Kinship kinship() {
        return new Kinship(p -> acts.stream().filter(a -> a.subjects().stream().anyMatch(s -> s.personId().equals(p)))
                .toList());
    }

    Optional<RequesterRelation> verify(UUID requester, RequesterRelation stated, ActFacts act) {
        return kinship().verify(requester, stated, act, TODAY);
    }

    @Test
    void parentsAndGrandparentsAreAscendantsChildrenAndGrandchildrenDescendants() {
        act(ActType.BIRTH, LocalDate.of(1965, 3, 3), LocalDate.of(1965, 3, 1), mother, SubjectRole.CHILD, grandma,
                SubjectRole.MOTHER);
        ActFacts birth = act(ActType.BIRTH, LocalDate.of(1995, 5, 5), LocalDate.of(1995, 5, 4), child, SubjectRole.CHILD,
                mother, SubjectRole.MOTHER);
        act(ActType.RECOGNITION, LocalDate.of(1996, 1, 1), null, child, SubjectRole.CHILD, father,
                SubjectRole.RECOGNISING_PARENT, mother, SubjectRole.MOTHER);
        ActFacts marriage = act(ActType.MARRIAGE, LocalDate.of(2020, 9, 9), LocalDate.of(2020, 9, 9), child,
                SubjectRole.SPOUSE, stranger, SubjectRole.SPOUSE);

        assertEquals(Optional.of(RequesterRelation.SELF), verify(child, RequesterRelation.SELF, birth));
        assertEquals(Optional.empty(), verify(mother, RequesterRelation.SELF, birth), "the mother is not the child");
        assertEquals(Optional.of(RequesterRelation.ASCENDANT), verify(mother, RequesterRelation.ASCENDANT, birth));
        assertEquals(Optional.of(RequesterRelation.ASCENDANT), verify(father, RequesterRelation.ASCENDANT, birth),
                "recognition makes the father a parent");
        assertEquals(Optional.of(RequesterRelation.ASCENDANT), verify(grandma, RequesterRelation.ASCENDANT, birth),
                "a grandparent is an ascendant");
        assertEquals(Optional.of(RequesterRelation.ASCENDANT), verify(grandma, RequesterRelation.ASCENDANT, marriage),
                "of each spouse");
        assertEquals(Optional.empty(), verify(stranger, RequesterRelation.ASCENDANT, birth));
        assertEquals(Set.of(mother, father), kinship().parents(child));
        assertEquals(Set.of(child, mother), kinship().descendants(grandma));
        assertEquals(Set.of(mother, grandma, father), kinship().ancestors(child));

        // the grandmother's death act: her daughter and grandson are descendants
        ActFacts death = act(ActType.DEATH, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), grandma,
                SubjectRole.DECEASED);
        assertEquals(Optional.of(RequesterRelation.DESCENDANT), verify(child, RequesterRelation.DESCENDANT, death));
        assertEquals(Optional.empty(), verify(father, RequesterRelation.DESCENDANT, death));
        assertEquals(Optional.empty(), verify(child, RequesterRelation.ASCENDANT, death), "the stated relation is checked");
    }

    @Test
    void aBirthActMakesItsParentsAscendantsAndRepresentativesOfAChildNotInTheRegister() {
        ActFacts birth = act(ActType.BIRTH, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 8), mother,
                SubjectRole.MOTHER, father, SubjectRole.FATHER);
        assertEquals(Optional.of(RequesterRelation.ASCENDANT), verify(mother, RequesterRelation.ASCENDANT, birth));
        assertEquals(Optional.of(RequesterRelation.LEGAL_REPRESENTATIVE),
                verify(father, RequesterRelation.LEGAL_REPRESENTATIVE, birth));
        assertEquals(Optional.empty(), verify(mother, RequesterRelation.SELF, birth));
        assertEquals(Optional.empty(), verify(stranger, RequesterRelation.ASCENDANT, birth));
        ActFacts old = act(ActType.BIRTH, LocalDate.of(2000, 3, 10), LocalDate.of(2000, 3, 8), mother,
                SubjectRole.MOTHER);
        assertEquals(Optional.empty(), verify(mother, RequesterRelation.LEGAL_REPRESENTATIVE, old), "an adult child");
        ActFacts death = act(ActType.DEATH, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 8), stranger,
                SubjectRole.DECEASED, mother, SubjectRole.SPOUSE);
        assertEquals(Optional.empty(), verify(mother, RequesterRelation.ASCENDANT, death), "only filiation acts");
    }

    @Test
    void anAdoptionMakesTheAdoptersParents() {
        ActFacts adoption = act(ActType.ADOPTION, LocalDate.of(2024, 1, 1), null, adopted, SubjectRole.ADOPTEE, mother,
                SubjectRole.ADOPTER);
        ActFacts birth = act(ActType.BIRTH, LocalDate.of(2015, 9, 9), LocalDate.of(2015, 9, 9), adopted,
                SubjectRole.CHILD);
        assertEquals(Optional.of(RequesterRelation.ASCENDANT), verify(mother, RequesterRelation.ASCENDANT, birth));
        assertEquals(Optional.of(RequesterRelation.SELF), verify(mother, RequesterRelation.SELF, adoption),
                "an adopter is a person of the adoption act");
        assertEquals(Optional.of(RequesterRelation.LEGAL_REPRESENTATIVE),
                verify(mother, RequesterRelation.LEGAL_REPRESENTATIVE, birth), "parent of a child of 10");
    }

    @Test
    void spousesUntilARegisteredDivorce() {
        ActFacts birth = act(ActType.BIRTH, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 1), child, SubjectRole.CHILD);
        act(ActType.MARRIAGE, LocalDate.of(2015, 6, 6), LocalDate.of(2015, 6, 6), child, SubjectRole.SPOUSE, exSpouse,
                SubjectRole.SPOUSE, stranger, SubjectRole.WITNESS);
        assertEquals(Optional.of(RequesterRelation.SPOUSE_OR_COHABITANT),
                verify(exSpouse, RequesterRelation.SPOUSE_OR_COHABITANT, birth));
        assertEquals(Optional.empty(), verify(stranger, RequesterRelation.SPOUSE_OR_COHABITANT, birth),
                "a witness is no spouse");
        act(ActType.DIVORCE, LocalDate.of(2022, 2, 2), LocalDate.of(2022, 1, 20), child, SubjectRole.SPOUSE, exSpouse,
                SubjectRole.SPOUSE);
        assertEquals(Optional.empty(), verify(exSpouse, RequesterRelation.SPOUSE_OR_COHABITANT, birth),
                "divorced: no longer a spouse");
        act(ActType.MARRIAGE, LocalDate.of(2024, 6, 6), LocalDate.of(2024, 6, 6), child, SubjectRole.SPOUSE, exSpouse,
                SubjectRole.SPOUSE);
        assertEquals(Optional.of(RequesterRelation.SPOUSE_OR_COHABITANT),
                verify(exSpouse, RequesterRelation.SPOUSE_OR_COHABITANT, birth), "married again after the divorce");
    }

    @Test
    void theSurvivingSpouseOfADeathActIsConfirmedByThatAct() {
        ActFacts death = act(ActType.DEATH, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), father,
                SubjectRole.DECEASED, mother, SubjectRole.SPOUSE);
        assertEquals(Optional.of(RequesterRelation.SPOUSE_OR_COHABITANT),
                verify(mother, RequesterRelation.SPOUSE_OR_COHABITANT, death));
        assertEquals(Optional.empty(), verify(mother, RequesterRelation.SELF, death), "the spouse is not the deceased");
    }

    @Test
    void aLegalRepresentativeIsAParentOfAMinorOnly() {
        ActFacts babyBirth = act(ActType.BIRTH, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 8), baby,
                SubjectRole.CHILD, mother, SubjectRole.MOTHER);
        ActFacts adultBirth = act(ActType.BIRTH, LocalDate.of(2008, 6, 2), LocalDate.of(2008, 6, 1), child,
                SubjectRole.CHILD, mother, SubjectRole.MOTHER);
        assertEquals(Optional.of(RequesterRelation.LEGAL_REPRESENTATIVE),
                verify(mother, RequesterRelation.LEGAL_REPRESENTATIVE, babyBirth));
        assertEquals(Optional.empty(), verify(mother, RequesterRelation.LEGAL_REPRESENTATIVE, adultBirth),
                "18 years old on the day of the request");
        assertTrue(kinship().minor(child, LocalDate.of(2026, 5, 31)), "the day before the 18th birthday");
    }

    @Test
    void heirsNotariesLawyersAndUnknownRequestersAreNeverVerified() {
        ActFacts death = act(ActType.DEATH, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), father,
                SubjectRole.DECEASED);
        for (RequesterRelation r : List.of(RequesterRelation.HEIR, RequesterRelation.NOTARY, RequesterRelation.LAWYER,
                RequesterRelation.NONE)) {
            assertEquals(Optional.empty(), verify(child, r, death), r.name());
        }
        assertEquals(Optional.empty(), verify(null, RequesterRelation.SELF, death), "no person: nothing to check");
    }

    @Test
    void theActsPrincipalsAreThePersonsItIsAbout() {
        List<Subject> marriage = List.of(new Subject(mother, SubjectRole.SPOUSE), new Subject(father, SubjectRole.SPOUSE),
                new Subject(stranger, SubjectRole.WITNESS));
        assertEquals(Set.of(mother, father), Kinship.principals(ActType.MARRIAGE, marriage));
        List<Subject> birth = List.of(new Subject(child, SubjectRole.CHILD), new Subject(mother, SubjectRole.MOTHER));
        assertEquals(Set.of(child), Kinship.principals(ActType.BIRTH, birth));
        assertEquals(Set.of(mother), Kinship.principals(ActType.NAME_CHANGE, List.of(new Subject(mother,
                SubjectRole.PERSON))));
    }
}
