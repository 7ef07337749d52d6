package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;

import java.time.LocalDate;

/**
 * A temporary absence (tijdelijke afwezigheid / absence temporaire, IT 026): the person is away from
 * {@code from} and plans to be back on {@code plannedEnd} (exclusive: the first day back), at most the rule's
 * maximum (default 1 year) later. The person keeps their main residence.
 *
 * @param reason one of {@link AbsenceReason} (text, so an unknown value is a field problem)
 * @param basis  legal basis; default DECLARATION
 */
public record TemporaryAbsenceDeclaration(String reason, LocalDate from, LocalDate plannedEnd, String remarks,
                                          Basis basis) {
}
