package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.NewPerson;

import java.time.LocalDate;
import java.util.UUID;

/**
 * First registration (inschrijving / inscription) of a person in one of the registers, at an address of the
 * municipality, from a date. The person is either already known to the kernel ({@code personId}) or new
 * ({@code person}: registered in the kernel in the same transaction, with a national number allocated when
 * asked).
 *
 * @param date      the day the registration takes effect (never in the future)
 * @param household the household joined or started; null = a new household with the person as reference person
 * @param basis     legal basis, e.g. DECLARATION with the declaration's reference
 */
public record FirstRegistration(UUID personId, NewPerson person, AddressInput address, RegisterType registerType,
                                LocalDate date, Origin origin, HouseholdChoice household, Basis basis) {
}
