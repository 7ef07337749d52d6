package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A departure for abroad of several members of one household in one declaration (vertrek naar het buitenland /
 * départ à l'étranger, model 8, for the household): an adult member of the household ({@code declarantId}, who
 * leaves too or stays) declares that {@code members} leave for {@code country} on {@code date}. Applied to every
 * member as the single departure is, all or nothing.
 *
 * @param declarantId          an adult current member of the household (leaving or staying)
 * @param members              the current members of the household who leave (at least one, each once)
 * @param country              the destination country, ISO 3166-1 alpha-2, not BE
 * @param foreignAddress       the address abroad as free text, when known
 * @param date                 the day of departure (not in the future, not before a leaving member's residence began)
 * @param newReferencePersonId when the reference person leaves and members stay: the adult who stays and becomes
 *                             reference person (required then; only minors staying behind is refused)
 * @param basis                legal basis; default DECLARATION
 */
public record HouseholdEmigration(UUID declarantId, List<UUID> members, String country, String foreignAddress,
                                  LocalDate date, UUID newReferencePersonId, Basis basis) {
}
