package be.burgerzaken.training.api;

import java.time.LocalDate;

/** A requirement of a role: the item (COURSE or DECLARATION and its code), grace days, valid from/to. */
public record RequirementInput(String role, ItemKind itemKind, String itemCode, Integer graceDays, LocalDate validFrom, LocalDate validTo) {
}
