package be.burgerzaken.kernel.api.event;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A death was recorded for a person (overlijden / décès). Published as a synchronous CDI event inside the
 * transaction that records it, so consistency-critical reactions (ending a residence, a household membership,
 * a voter registration) commit or roll back together with the death.
 *
 * @param dateOfDeath the first day the death may have happened on (the death date may be partial)
 * @param basisKind   the legal basis of the record (ACT for a death act, COURT_DECISION, ...)
 * @param basisRef    e.g. the act number
 */
public record PersonDied(UUID personId, LocalDate dateOfDeath, String basisKind, String basisRef) {
}
