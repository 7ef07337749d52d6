package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.HouseholdPosition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which parent a newborn follows into the registers, and in what position. */
class BirthHomesTest {
    static final LocalDate BORN = LocalDate.of(2026, 3, 7);
    static final UUID MOTHER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID FATHER = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void theChildFollowsTheFirstParentLivingHereSinceTheBirth() {
        BirthHomes.Parent mother = new BirthHomes.Parent(MOTHER, "REGISTERED", BORN.minusYears(2), BORN.minusYears(2), "01");
        BirthHomes.Parent father = new BirthHomes.Parent(FATHER, "REGISTERED", BORN.minusYears(1), BORN.minusYears(1), "02");
        assertEquals(MOTHER, BirthHomes.choose(List.of(mother, father), BORN).orElseThrow().personId());

        BirthHomes.Parent motherAbroad = new BirthHomes.Parent(MOTHER, "EMIGRATED", null, null, null);
        assertEquals(FATHER, BirthHomes.choose(List.of(motherAbroad, father), BORN).orElseThrow().personId());
        BirthHomes.Parent notKnown = new BirthHomes.Parent(MOTHER, null, null, null, null);
        assertEquals(FATHER, BirthHomes.choose(List.of(notKnown, father), BORN).orElseThrow().personId());
        assertTrue(BirthHomes.choose(List.of(motherAbroad, notKnown), BORN).isEmpty());
    }

    @Test
    void aParentWhoMovedInAfterTheBirthOrDiedIsNoHome() {
        assertTrue(BirthHomes.livesHereSince(new BirthHomes.Parent(MOTHER, "REGISTERED", BORN, BORN, "01"), BORN),
                "since the birth day itself");
        assertFalse(BirthHomes.livesHereSince(new BirthHomes.Parent(MOTHER, "REGISTERED", BORN.plusDays(1),
                BORN.minusYears(1), "01"), BORN), "moved after the birth");
        assertFalse(BirthHomes.livesHereSince(new BirthHomes.Parent(MOTHER, "REGISTERED", BORN.minusYears(1),
                BORN.plusDays(1), "01"), BORN), "joined the household after the birth");
        assertFalse(BirthHomes.livesHereSince(new BirthHomes.Parent(MOTHER, "DECEASED", null, null, null), BORN));
        assertFalse(BirthHomes.livesHereSince(new BirthHomes.Parent(MOTHER, "REGISTERED", null, BORN, "01"), BORN),
                "no open residence");
    }

    @Test
    void thePositionFollowsTheParentsPositionRelativeToTheReferencePerson() {
        assertEquals(HouseholdPosition.CHILD, BirthHomes.childPosition(HouseholdPosition.REFERENCE_PERSON));
        assertEquals(HouseholdPosition.CHILD, BirthHomes.childPosition(HouseholdPosition.SPOUSE_OR_PARTNER));
        assertEquals(HouseholdPosition.GRANDCHILD, BirthHomes.childPosition(HouseholdPosition.CHILD));
        assertEquals(HouseholdPosition.GRANDCHILD, BirthHomes.childPosition(HouseholdPosition.CHILD_IN_LAW));
        assertEquals(HouseholdPosition.SIBLING, BirthHomes.childPosition(HouseholdPosition.PARENT));
        assertEquals(HouseholdPosition.NOT_RELATED, BirthHomes.childPosition(HouseholdPosition.NOT_RELATED));
        assertEquals(HouseholdPosition.OTHER_RELATIVE, BirthHomes.childPosition(HouseholdPosition.SIBLING));
    }
}
