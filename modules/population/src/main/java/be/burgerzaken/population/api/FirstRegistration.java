package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;
import be.burgerzaken.kernel.api.person.NewPerson;

import java.time.LocalDate;
import java.util.List;
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
 * @param members   only for an arrival from another Belgian municipality: the family arriving with the person
 *                  (who declares for them and must be an adult), in one declaration, approved or refused together;
 *                  null or empty = the person arrives alone
 */
public record FirstRegistration(UUID personId, NewPerson person, AddressInput address, RegisterType registerType,
                                LocalDate date, Origin origin, HouseholdChoice household, Basis basis,
                                List<ArrivingMember> members) {
    /** A registration of one person (no family members). */
    public FirstRegistration(UUID personId, NewPerson person, AddressInput address, RegisterType registerType,
                             LocalDate date, Origin origin, HouseholdChoice household, Basis basis) {
        this(personId, person, address, registerType, date, origin, household, basis, null);
    }

    /** The canonical constructor is the one JSON-B uses (a record with two constructors needs it named). */
    @jakarta.json.bind.annotation.JsonbCreator
    public FirstRegistration {
    }
}
