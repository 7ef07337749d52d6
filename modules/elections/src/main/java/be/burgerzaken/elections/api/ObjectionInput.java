package be.burgerzaken.elections.api;

import java.time.LocalDate;

/**
 * The correction of the voter list after an objection (bezwaar / réclamation): {@code action} REMOVE (a voter who
 * should not be on it) or ADD (a person wrongly left out, or removed before), the reason (the decision), and the day
 * the objection was received (by the objection deadline, the 12th day before the election).
 */
public record ObjectionInput(String personId, String action, String reason, LocalDate receivedOn) {
}
