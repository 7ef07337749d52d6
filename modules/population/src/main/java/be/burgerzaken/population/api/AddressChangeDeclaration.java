package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A declaration of a change of address (aangifte van adreswijziging / déclaration de changement d'adresse): an
 * adult of the household ({@code declarantId}) declares that some or all members of their current household
 * moved to {@code address} in the city on {@code moveDate} (not in the future). The declaration date is today.
 *
 * @param householdId join this household at the new address; null = the movers form a new household there
 */
public record AddressChangeDeclaration(UUID declarantId, List<MovingMember> members, AddressInput address,
                                       LocalDate moveDate, UUID householdId) {
}
