package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;

import java.time.LocalDate;

/**
 * A transfer of a registered resident to another register (overgang naar een ander register / passage vers un autre
 * registre, IT 210): e.g. from the waiting register to the foreigners register after recognition, from the foreigners
 * register to the population register (settlement), or to the population register on becoming Belgian. The current
 * register period ends on {@code date} and the new one starts that day; the residence and household are unchanged.
 *
 * @param registerType the new register; a Belgian only in POPULATION
 * @param date         the day the new register applies (not in the future, after the current period began)
 * @param basis        legal basis; default DECISION (e.g. the recognition or the residence permit's reference)
 */
public record RegisterTransfer(RegisterType registerType, LocalDate date, Basis basis) {
}
