package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The end of a reference address (einde van het referentieadres / fin de l'adresse de référence): the person has a
 * fixed residence in the city again, at {@code address} from {@code date}, in a new household or one at that address.
 * (A departure abroad, a removal or an approved change of address also end it.)
 *
 * @param household null = a new household with the person as reference person
 * @param basis     legal basis; default DECLARATION
 */
public record ReferenceAddressEnd(LocalDate date, AddressInput address, HouseholdChoice household,
                                  UUID newReferencePersonId, Basis basis) {
}
