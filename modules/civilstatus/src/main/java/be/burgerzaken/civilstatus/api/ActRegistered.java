package be.burgerzaken.civilstatus.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An act was registered (signed and numbered). Fired as a synchronous CDI event inside the registering
 * transaction, after the act number is allocated and before the protocol-log entry and the commit: an observer
 * that throws rolls the whole registration back, number included (no gap). This is where the effects on the
 * registers attach (birth: person and household; death: end of residence; ...).
 *
 * @param content     the act's content (for an amended act: the amended content, with the corrected content)
 * @param amendsActId for an amended act, the original
 */
public record ActRegistered(UUID actId, ActType type, String number, LocalDate drawnUpOn, String officer,
                            ActContent content, List<Subject> subjects, UUID amendsActId) {
}
