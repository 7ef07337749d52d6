package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.population.api.AddressChangeStatus;
import be.burgerzaken.population.api.AddressChangeStep;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressChangeLifecycleTest {
    static final AddressChangeDeadlines DEADLINES = AddressChangeDeadlines.standard(List.of(),
            be.burgerzaken.kernel.api.calendar.WorkingDayCalendar.belgian());

    @Test
    void declaredWaitsForTheCheckOrARefusal() {
        assertEquals(List.of(AddressChangeStep.RECORD_CHECK, AddressChangeStep.REFUSE),
                AddressChangeLifecycle.allowed(AddressChangeStatus.DECLARED, null));
    }

    @Test
    void approvalNeedsAPositiveCheck() {
        ConflictException before = assertThrows(ConflictException.class,
                () -> AddressChangeLifecycle.next(AddressChangeStatus.DECLARED, null, AddressChangeStep.APPROVE));
        assertTrue(before.getMessage().contains("not recorded yet"), before.getMessage());
        assertEquals(409, before.status());
        ConflictException negative = assertThrows(ConflictException.class,
                () -> AddressChangeLifecycle.next(AddressChangeStatus.CHECKED, false, AddressChangeStep.APPROVE));
        assertTrue(negative.getMessage().contains("negative"), negative.getMessage());
        assertEquals(AddressChangeStatus.APPROVED,
                AddressChangeLifecycle.next(AddressChangeStatus.CHECKED, true, AddressChangeStep.APPROVE));
        assertEquals(AddressChangeStatus.REFUSED,
                AddressChangeLifecycle.next(AddressChangeStatus.CHECKED, false, AddressChangeStep.REFUSE));
    }

    @Test
    void decidedIsFinal() {
        for (AddressChangeStatus s : List.of(AddressChangeStatus.APPROVED, AddressChangeStatus.REFUSED)) {
            assertTrue(AddressChangeLifecycle.allowed(s, true).isEmpty());
            for (AddressChangeStep step : AddressChangeStep.values()) {
                ConflictException e = assertThrows(ConflictException.class,
                        () -> AddressChangeLifecycle.next(s, true, step));
                assertTrue(e.getMessage().contains("final"), e.getMessage());
            }
        }
    }

    @Test
    void aCheckCannotBeRecordedTwice() {
        assertThrows(ConflictException.class,
                () -> AddressChangeLifecycle.next(AddressChangeStatus.CHECKED, true, AddressChangeStep.RECORD_CHECK));
    }

    @Test
    void theProcedureCarriesItsDeadlinesAndDueDate() {
        LocalDate move = LocalDate.of(2026, 3, 2);
        LocalDate declared = LocalDate.of(2026, 3, 20); // after 12 March: late
        AddressChange c = new AddressChange(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                null, move, declared, DEADLINES, Instant.EPOCH, "clerk", "COUNTER", null);
        assertTrue(c.late());
        assertEquals(LocalDate.of(2026, 3, 12), c.declarationDeadline());
        assertEquals(LocalDate.of(2026, 4, 1), c.checkDue());
        assertEquals(c.checkDue(), c.dueDate());
        c.recordCheck(true, declared.plusDays(3), "seen", "PV 2026/17", Instant.EPOCH, "police");
        assertEquals(AddressChangeStatus.CHECKED, c.status());
        assertEquals("PV 2026/17", c.checkReference());
        assertEquals(LocalDate.of(2026, 4, 9), c.dueDate());
        c.decide(AddressChangeStep.APPROVE, null, Instant.EPOCH, "population");
        assertEquals(AddressChangeStatus.APPROVED, c.status());
        assertNull(c.dueDate());
    }

    // --- population (issue 3, task M) ---
    @Test
    void aWithdrawnProcedureIsFinalAndKeepsItsReason() {
        AddressChange c = new AddressChange(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), DEADLINES, Instant.EPOCH, "clerk", "COUNTER",
                null);
        c.withdraw("withdrawn: person x left for abroad on 2026-03-05", Instant.EPOCH, "population");
        assertEquals(AddressChangeStatus.WITHDRAWN, c.status());
        assertNull(c.dueDate(), "no longer due");
        assertTrue(AddressChangeLifecycle.allowed(AddressChangeStatus.WITHDRAWN, null).isEmpty());
        ConflictException approve = assertThrows(ConflictException.class,
                () -> AddressChangeLifecycle.next(AddressChangeStatus.WITHDRAWN, true, AddressChangeStep.APPROVE));
        assertTrue(approve.getMessage().contains("final status"), approve.getMessage());
        assertThrows(IllegalStateException.class, () -> c.withdraw("again", Instant.EPOCH, "population"));
    }

    @Test
    void aProvisionalApprovalKeepsItsReasonAndNeedsAPositiveCheck() {
        AddressChange c = AddressChange.arrival(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), DEADLINES, Instant.EPOCH, "population", "COUNTER",
                "11002", "POPULATION", "DECLARATION", null);
        assertTrue(c.arrival());
        assertNull(c.fromHouseholdId());
        assertThrows(ConflictException.class, () -> c.approveProvisionally("no conformity certificate", Instant.EPOCH,
                "population"));
        c.recordCheck(true, LocalDate.of(2026, 3, 4), null, null, Instant.EPOCH, "demo-integrator");
        c.approveProvisionally("no conformity certificate", Instant.EPOCH, "population");
        assertEquals(AddressChangeStatus.APPROVED, c.status());
        assertEquals("no conformity certificate", c.provisionalReason());
    }
}
