package be.burgerzaken.training.api;

import java.time.LocalDate;

/** An exemption to grant: the course or declaration code, the last day, and why. */
public record ExemptionInput(String itemCode, LocalDate validUntil, String reason) {
}
