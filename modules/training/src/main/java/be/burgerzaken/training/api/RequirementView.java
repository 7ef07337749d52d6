package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.util.UUID;

/** A requirement row. */
public record RequirementView(UUID id, String role, ItemKind itemKind, String itemCode, int graceDays, LocalDate validFrom, LocalDate validTo, long version) {
}
