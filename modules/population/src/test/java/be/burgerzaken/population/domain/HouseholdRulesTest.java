package be.burgerzaken.population.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HouseholdRulesTest {
    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final UUID MOTHER = UUID.randomUUID();
    static final UUID FATHER = UUID.randomUUID();
    static final UUID CHILD = UUID.randomUUID();

    static HouseholdMembership member(UUID person, String position, String from, String to) {
        HouseholdMembership m = new HouseholdMembership(UUID.randomUUID(), HOUSEHOLD, person, position,
                LocalDate.parse(from), Instant.EPOCH, "test");
        if (to != null) {
            m.close(LocalDate.parse(to), Instant.EPOCH, "test");
        }
        return m;
    }

    final List<HouseholdMembership> history = List.of(
            member(CHILD, "03", "2015-06-01", null),
            member(FATHER, "02", "2010-01-01", "2020-03-01"),
            member(MOTHER, "01", "2010-01-01", null));

    @Test
    void compositionAsOfADateHasTheMembersOfThatDayReferencePersonFirst() {
        assertEquals(List.of(MOTHER, FATHER), persons(LocalDate.of(2012, 1, 1)));
        assertEquals(List.of(MOTHER, FATHER, CHILD), persons(LocalDate.of(2020, 2, 29)));
        assertEquals(List.of(MOTHER, CHILD), persons(LocalDate.of(2020, 3, 1)));
        assertEquals(List.of(), persons(LocalDate.of(2009, 12, 31)));
    }

    @Test
    void theReferencePositionIsTakenWhileTheReferencePersonIsThere() {
        assertTrue(HouseholdRules.referencePersonTaken(history, LocalDate.of(2026, 1, 1)));
        List<HouseholdMembership> left = List.of(member(MOTHER, "01", "2010-01-01", "2020-01-01"));
        assertFalse(HouseholdRules.referencePersonTaken(left, LocalDate.of(2020, 1, 1)));
        assertTrue(HouseholdRules.referencePersonTaken(left, LocalDate.of(2019, 12, 31)));
    }

    private List<UUID> persons(LocalDate day) {
        return HouseholdRules.membersOn(history, day).stream().map(HouseholdMembership::personId).toList();
    }
}
