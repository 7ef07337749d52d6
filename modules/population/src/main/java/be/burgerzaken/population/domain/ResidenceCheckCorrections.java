package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.AddressChangeStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may correct a police residence check posted by mistake (verbetering van de woonstvaststelling /
 * rectification de l'enquête de résidence), issue 3 task E: only while the change of address is undecided with a
 * check recorded (CHECKED); the population officer at any time until the decision; the police client only its own
 * check and within the configured window after posting it (the window's length is UNVERIFIED practice:
 * configuration, not law).
 */
public final class ResidenceCheckCorrections {
    /** Why a correction is refused. */
    public enum Refusal {
        /** No check recorded yet (DECLARED): record one. */
        NO_CHECK,
        /** Decided or withdrawn. */
        CHECK_CLOSED,
        /** The police client tries to correct a check someone else recorded. */
        NOT_OWN_CHECK,
        /** The police client's window after posting its check has passed. */
        WINDOW_PASSED
    }

    private ResidenceCheckCorrections() {
    }

    /**
     * @param officer   the actor is a population officer
     * @param actor     the actor's name
     * @param checkedBy who recorded the current check
     * @param checkedAt when the current check was recorded
     * @param window    how long after posting the police may still correct its own check
     * @return the refusal, empty when the actor may correct the check now
     */
    public static Optional<Refusal> refusal(AddressChangeStatus status, boolean officer, String actor,
                                            String checkedBy, Instant checkedAt, Duration window, Instant now) {
        if (status == AddressChangeStatus.DECLARED) {
            return Optional.of(Refusal.NO_CHECK);
        }
        if (status != AddressChangeStatus.CHECKED) {
            return Optional.of(Refusal.CHECK_CLOSED);
        }
        if (officer) {
            return Optional.empty();
        }
        if (actor == null || !actor.equals(checkedBy)) {
            return Optional.of(Refusal.NOT_OWN_CHECK);
        }
        if (checkedAt == null || now.isAfter(checkedAt.plus(window))) {
            return Optional.of(Refusal.WINDOW_PASSED);
        }
        return Optional.empty();
    }
}
