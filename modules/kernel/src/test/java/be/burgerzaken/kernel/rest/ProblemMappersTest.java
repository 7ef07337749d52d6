package be.burgerzaken.kernel.rest;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which database failures mean "someone changed the same records at the same time" (answered 409, not 500). */
class ProblemMappersTest {
    @Test
    void aDeadlockOrASerialisationFailureDeepInTheCausesIsAConcurrentChange() {
        assertTrue(ProblemMappers.concurrencyFailure(new PersistenceException("flush failed",
                new RuntimeException("database", new SQLException("ERROR: deadlock detected", "40P01")))));
        assertTrue(ProblemMappers.concurrencyFailure(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(ProblemMappers.concurrencyFailure(new PersistenceException("flush failed",
                new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(ProblemMappers.concurrencyFailure(new SQLException("connection refused", "08001")));
        assertFalse(ProblemMappers.concurrencyFailure(new IllegalStateException("no SQL at all")));
    }
}
