package be.burgerzaken.population.domain;

import java.time.LocalDate;

/**
 * A card's validity: from the application date to {@code validUntil}, the last day it is valid, computed as
 * the application date plus the rule's period (same calendar day; the exact end-day convention printed on the
 * card is UNVERIFIED and changes here only).
 */
public record Validity(LocalDate validFrom, LocalDate validUntil, ValidityRule rule) {
}
