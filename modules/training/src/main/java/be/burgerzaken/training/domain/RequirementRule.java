package be.burgerzaken.training.domain;

import be.burgerzaken.training.api.ItemKind;

import java.time.LocalDate;

/** One dated requirement row: holders of {@code role} need the item from {@code validFrom} to {@code validTo}. */
public record RequirementRule(String role, ItemKind kind, String code, int graceDays, LocalDate validFrom,
                              LocalDate validTo) {
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
