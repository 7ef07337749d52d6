package be.burgerzaken.training.api;

import java.time.LocalDate;

/** One run of the expiry warnings: staff members checked, warnings stored, batches. */
public record WarningRun(LocalDate day, int checked, int created, int batches, boolean complete) {
}
