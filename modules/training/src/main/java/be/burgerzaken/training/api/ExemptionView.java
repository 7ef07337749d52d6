package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.util.UUID;

/** A granted exemption. */
public record ExemptionView(UUID id, UUID staffId, String itemCode, LocalDate validFrom, LocalDate validUntil, String reason, String grantedBy) {
}
