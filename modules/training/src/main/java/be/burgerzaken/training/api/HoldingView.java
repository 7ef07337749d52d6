package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.util.UUID;

/** What a staff member holds: a course passed or a declaration signed, valid until (null: no expiry). */
public record HoldingView(ItemKind kind, String code, String title, LocalDate obtainedOn, LocalDate validUntil, UUID enrolmentId, String certificateCode) {
}
