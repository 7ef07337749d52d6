package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.AddressChangeStatus;
import be.burgerzaken.population.domain.ResidenceCheckCorrections.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResidenceCheckCorrectionsTest {
    static final Instant POSTED = Instant.parse("2026-11-02T09:00:00Z");
    static final Duration WINDOW = Duration.ofHours(72);

    private static Optional<Refusal> police(AddressChangeStatus status, String checkedBy, Instant now) {
        return ResidenceCheckCorrections.refusal(status, false, "demo-integrator", checkedBy, POSTED, WINDOW, now);
    }

    @Test
    void thePoliceCorrectsItsOwnCheckUpToTheEndOfTheWindowAndNotAfter() {
        assertEquals(Optional.empty(), police(AddressChangeStatus.CHECKED, "demo-integrator", POSTED));
        assertEquals(Optional.empty(), police(AddressChangeStatus.CHECKED, "demo-integrator", POSTED.plus(WINDOW)));
        assertEquals(Optional.of(Refusal.WINDOW_PASSED),
                police(AddressChangeStatus.CHECKED, "demo-integrator", POSTED.plus(WINDOW).plusSeconds(1)));
    }

    @Test
    void thePoliceCannotCorrectAnotherOnesCheck() {
        assertEquals(Optional.of(Refusal.NOT_OWN_CHECK), police(AddressChangeStatus.CHECKED, "population", POSTED));
    }

    @Test
    void theOfficerCorrectsAnyCheckAtAnyTimeBeforeTheDecision() {
        Instant later = POSTED.plus(Duration.ofDays(30));
        assertEquals(Optional.empty(), ResidenceCheckCorrections.refusal(AddressChangeStatus.CHECKED, true,
                "population", "demo-integrator", POSTED, WINDOW, later));
        for (AddressChangeStatus decided : new AddressChangeStatus[] {AddressChangeStatus.APPROVED,
                AddressChangeStatus.REFUSED, AddressChangeStatus.WITHDRAWN}) {
            assertEquals(Optional.of(Refusal.CHECK_CLOSED), ResidenceCheckCorrections.refusal(decided, true,
                    "population", "demo-integrator", POSTED, WINDOW, later));
        }
    }

    @Test
    void withoutACheckThereIsNothingToCorrect() {
        assertEquals(Optional.of(Refusal.NO_CHECK), ResidenceCheckCorrections.refusal(AddressChangeStatus.DECLARED,
                true, "population", null, null, WINDOW, POSTED));
    }
}
