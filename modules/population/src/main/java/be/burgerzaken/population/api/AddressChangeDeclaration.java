package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A declaration of a change of address (aangifte van adreswijziging / déclaration de changement d'adresse): an
 * adult of the household ({@code declarantId}) declares that some or all members of their current household
 * moved to {@code address} in the city on {@code moveDate} (not in the future).
 *
 * @param householdId          join this household at the new address; null = the movers form a new household there
 * @param declaredOn           the declaration date (datum van aangifte / date de la déclaration), on which the
 *                             registration takes effect; null = today; not in the future, not before the move
 * @param newReferencePersonId when the household's reference person moves out and adults stay behind: the adult
 *                             who stays and becomes reference person of the remaining household (required then)
 * @param channel              how the citizen declared: COUNTER, WRITTEN or ELECTRONIC ({@link DeclarationChannel});
 *                             null = COUNTER from the screens, ELECTRONIC over REST
 */
public record AddressChangeDeclaration(UUID declarantId, List<MovingMember> members, AddressInput address,
                                       LocalDate moveDate, UUID householdId, LocalDate declaredOn,
                                       UUID newReferencePersonId, String channel) {
}
