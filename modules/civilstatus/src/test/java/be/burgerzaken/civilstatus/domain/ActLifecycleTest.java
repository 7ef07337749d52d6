package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActStep;
import be.burgerzaken.civilstatus.api.ActType;
import be.burgerzaken.kernel.api.problem.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActLifecycleTest {

    @Test
    void theWayToRegistration() {
        assertEquals(ActStatus.READY_FOR_SIGNATURE, ActLifecycle.next(ActStatus.DRAFT, ActStep.SUBMIT));
        assertEquals(ActStatus.DRAFT, ActLifecycle.next(ActStatus.READY_FOR_SIGNATURE, ActStep.BACK_TO_DRAFT));
        assertEquals(ActStatus.REGISTERED, ActLifecycle.next(ActStatus.READY_FOR_SIGNATURE, ActStep.REGISTER));
        assertEquals(ActStatus.ABANDONED, ActLifecycle.next(ActStatus.DRAFT, ActStep.ABANDON));
        assertEquals(ActStatus.ABANDONED, ActLifecycle.next(ActStatus.READY_FOR_SIGNATURE, ActStep.ABANDON));
        assertEquals(ActStatus.DRAFT, ActLifecycle.next(ActStatus.DRAFT, ActStep.EDIT));
    }

    @Test
    void stepsTheStatusDoesNotAllowAreConflictsNamingTheAllowedSteps() {
        ConflictException direct = assertThrows(ConflictException.class,
                () -> ActLifecycle.next(ActStatus.DRAFT, ActStep.REGISTER));
        assertEquals(409, direct.status());
        assertEquals("illegal-transition", direct.type());
        assertTrue(direct.getMessage().contains("DRAFT") && direct.getMessage().contains("SUBMIT"), direct.getMessage());
        assertThrows(ConflictException.class, () -> ActLifecycle.next(ActStatus.READY_FOR_SIGNATURE, ActStep.EDIT));
        for (ActStep step : ActStep.values()) {
            if (step != ActStep.AMEND) {
                assertThrows(ConflictException.class, () -> ActLifecycle.next(ActStatus.REGISTERED, step), step.name());
            }
            ConflictException none = assertThrows(ConflictException.class,
                    () -> ActLifecycle.next(ActStatus.ABANDONED, step));
            assertTrue(none.getMessage().contains("none"), none.getMessage());
        }
    }

    @Test
    void everyStatusListsItsSteps() {
        assertEquals(List.of(ActStep.EDIT, ActStep.SUBMIT, ActStep.ABANDON), ActLifecycle.allowed(ActStatus.DRAFT));
        assertEquals(List.of(ActStep.BACK_TO_DRAFT, ActStep.ABANDON, ActStep.REGISTER),
                ActLifecycle.allowed(ActStatus.READY_FOR_SIGNATURE));
        assertEquals(List.of(ActStep.AMEND), ActLifecycle.allowed(ActStatus.REGISTERED));
        assertEquals(List.of(), ActLifecycle.allowed(ActStatus.ABANDONED));
    }

    @Test
    void anActRecordsItsRegistrationAndItsAbandonment() {
        Instant t = Instant.parse("2026-03-10T09:00:00Z");
        Act act = new Act(UUID.randomUUID(), ActType.BIRTH, null, "24062", t, "clerk");
        assertEquals(ActStatus.DRAFT, act.status());
        assertThrows(ConflictException.class, () -> act.register("BIRTH", 2026, 1, "2026/BIRTH/1",
                LocalDate.of(2026, 3, 10), "registrar", "Demo registrar", t, "h"));
        assertNull(act.number(), "a refused registration leaves no number");
        act.take(ActStep.SUBMIT, t, "clerk");
        act.register("BIRTH", 2026, 1, "2026/BIRTH/1", LocalDate.of(2026, 3, 10), "registrar", "Demo registrar", t, "h");
        assertEquals(ActStatus.REGISTERED, act.status());
        assertEquals("registrar", act.officerUser());
        assertEquals(1, act.sequence());
        Act other = new Act(UUID.randomUUID(), ActType.DEATH, null, "24062", t, "clerk");
        other.abandon("declared twice", t, "clerk");
        assertEquals(ActStatus.ABANDONED, other.status());
        assertEquals("declared twice", other.abandonReason());
    }
}
