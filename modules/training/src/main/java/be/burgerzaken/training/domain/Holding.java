package be.burgerzaken.training.domain;

import be.burgerzaken.training.api.ItemKind;

import java.time.LocalDate;

/** A course passed or a declaration signed: valid from {@code obtainedOn} to {@code validUntil} (null: no expiry). */
public record Holding(ItemKind kind, String code, LocalDate obtainedOn, LocalDate validUntil) {
    public boolean validOn(LocalDate day) {
        return !day.isBefore(obtainedOn) && (validUntil == null || !day.isAfter(validUntil));
    }
}
