package be.burgerzaken.frontoffice.domain;

import be.burgerzaken.frontoffice.api.ActFor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActForRuleTest {
    final UUID citizen = UUID.randomUUID();
    final UUID child = UUID.randomUUID();
    final UUID neighbour = UUID.randomUUID();

    @Test
    void selfAlways() {
        assertEquals(Optional.of("SELF"), ActForRule.relation(citizen, citizen, ActFor.SELF, List.of()));
    }

    @Test
    void householdMemberOnlyWhereTheProductAllowsIt() {
        List<UUID> household = List.of(citizen, child);
        assertEquals(Optional.of("HOUSEHOLD_MEMBER"), ActForRule.relation(citizen, child, ActFor.HOUSEHOLD, household));
        assertEquals(Optional.empty(), ActForRule.relation(citizen, child, ActFor.SELF, household));
        assertEquals(Optional.empty(), ActForRule.relation(citizen, neighbour, ActFor.HOUSEHOLD, household));
        assertEquals(Optional.empty(), ActForRule.relation(citizen, child, ActFor.HOUSEHOLD, List.of(child)),
                "the citizen must be in that household themself");
    }
}
