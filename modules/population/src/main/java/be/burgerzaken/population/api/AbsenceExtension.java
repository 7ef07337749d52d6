package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;

import java.time.LocalDate;

/**
 * The extension (verlenging / prolongation) of a temporary absence to a later planned end: allowed once, by at most
 * the rule's extension (default 1 year beyond the current planned end).
 */
public record AbsenceExtension(LocalDate plannedEnd, Basis basis) {
}
