package be.burgerzaken.elections.api;

import java.time.LocalDate;

/**
 * A non-Belgian voter request and the college's decision (status REQUESTED, APPROVED, REFUSED, RENOUNCED), the
 * objection window and the verification code of the notification letter; {@code name} is the person's name.
 */
public record NonBelgianRequestView(String id, String personId, String name, String citizenship, LocalDate requestedOn,
                                    LocalDate residenceSince, boolean declarationSigned, String status,
                                    LocalDate decidedOn, String decisionReason, LocalDate objectionUntil,
                                    String notificationCode, long version) {
}
