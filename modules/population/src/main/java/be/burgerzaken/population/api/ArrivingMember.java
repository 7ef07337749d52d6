package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.NewPerson;

import java.util.UUID;

/**
 * A member of the family who arrives with the declaring person in one arrival declaration (aangifte van
 * aankomst / déclaration d'arrivée, domain.md section 3: one adult declares for the household): a person known to
 * the kernel ({@code personId}) or a new identity ({@code person}, needs WRITE_PERSON), and the position they take
 * in the household at the new address (required; never REFERENCE_PERSON when the household already has one).
 */
public record ArrivingMember(UUID personId, NewPerson person, HouseholdPosition position) {
    public static ArrivingMember known(UUID personId, HouseholdPosition position) {
        return new ArrivingMember(personId, null, position);
    }
}
