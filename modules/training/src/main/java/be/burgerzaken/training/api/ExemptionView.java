package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A granted exemption (vrijstelling / dispense); {@code endedOn} (with who and why) when an administrator ended it
 * early, {@code active} whether it covers today, {@code version} its ETag for ending it.
 */
public record ExemptionView(UUID id, UUID staffId, String itemCode, LocalDate validFrom, LocalDate validUntil, String reason, String grantedBy,
                            LocalDate endedOn, String endedBy, String endReason, boolean active, long version) {
}
