package be.burgerzaken.training.persistence;

import be.burgerzaken.training.api.ItemKind;
import be.burgerzaken.training.api.ItemStatus;
import be.burgerzaken.training.api.RoleCompliance;
import be.burgerzaken.training.domain.ExemptionGrant;
import be.burgerzaken.training.domain.RequirementEvaluator;
import be.burgerzaken.training.domain.RequirementRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An exemption ended early covers until the day before its end, never beyond the granted last day. */
class ExemptionRowTest {
    static final LocalDate GRANTED = LocalDate.of(2026, 11, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    private static ExemptionRow row() {
        return new ExemptionRow().itemCode("PRIVACY-NR").validFrom(GRANTED).validUntil(UNTIL);
    }

    @Test
    void notEndedRunsToItsLastDay() {
        assertEquals(UNTIL, row().effectiveUntil());
    }

    @Test
    void endedCoversUntilTheDayBeforeTheEnd() {
        assertEquals(LocalDate.of(2026, 11, 28), row().end(LocalDate.of(2026, 11, 29), "admin", "moved").effectiveUntil());
        assertEquals(GRANTED.minusDays(1), row().end(GRANTED, "admin", "granted by mistake").effectiveUntil(),
                "ended on its first day: it never covered");
    }

    @Test
    void anEndAfterTheLastDayChangesNothing() {
        assertEquals(UNTIL, row().end(UNTIL.plusDays(1), "admin", "late").effectiveUntil());
        assertEquals(UNTIL.minusDays(1), row().end(UNTIL, "admin", "on the last day").effectiveUntil());
    }

    @Test
    void theGateSeesTheEndTheDayItIsEnded() {
        RequirementRule privacy = new RequirementRule("clerk", ItemKind.COURSE, "PRIVACY-NR", 14,
                LocalDate.of(2020, 1, 1), null);
        ExemptionRow ended = row().end(LocalDate.of(2026, 11, 29), "admin", "moved to the back office");
        ExemptionGrant grant = new ExemptionGrant(ended.itemCode(), ended.validFrom(), ended.effectiveUntil());
        RoleCompliance before = RequirementEvaluator.evaluate(Set.of("clerk"), List.of(privacy), List.of(), List.of(grant),
                List.of(), LocalDate.of(2026, 11, 28), 30).get("clerk");
        RoleCompliance on = RequirementEvaluator.evaluate(Set.of("clerk"), List.of(privacy), List.of(), List.of(grant),
                List.of(), LocalDate.of(2026, 11, 29), 30).get("clerk");
        assertEquals(ItemStatus.EXEMPTED, before.items().get(0).status());
        assertEquals(ItemStatus.MISSING, on.items().get(0).status());
        assertTrue(before.effective());
        assertFalse(on.effective(), "blocked from the day it is ended");
    }
}
