package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;

import java.time.LocalDate;

/**
 * A return from abroad (terugkeer uit het buitenland / retour de l'étranger), or the registration again of a
 * person removed ex officio: a person with status EMIGRATED or REMOVED is registered at an address of the city,
 * in a new household or one at that address, in a register, from {@code date}.
 *
 * @param country   where the person comes back from (ISO alpha-2, not BE); default the country of the emigration,
 *                  none for a removed person (origin OTHER)
 * @param household null = a new household with the person as reference person
 * @param basis     legal basis; default DECLARATION
 */
public record ReturnFromAbroad(AddressInput address, RegisterType registerType, LocalDate date,
                               HouseholdChoice household, String country, Basis basis) {
}
